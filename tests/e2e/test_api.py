"""The Python API gives the record `baocao run` writes, and says plainly when a document cannot be processed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import extract
from tests.conftest import CORPUS, PROJECT

SEED = CORPUS / "seed.txt"


@pytest.fixture(scope="module")
def run_record(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("run")
    subprocess.run([sys.executable, "-m", "extract", "run", str(SEED), "--out", str(out)], cwd=PROJECT, check=True,
                   capture_output=True, timeout=600)
    return json.loads((out / "json" / "seed_txt.json").read_text(encoding="utf-8"))


def _without_source(record: dict) -> dict:
    return {key: value for key, value in record.items() if key != "source"}


def test_api_gives_the_record_of_baocao_run(run_record: dict):
    record = extract.extract_document(SEED)
    assert _without_source(record.model_dump(mode="json")) == _without_source(run_record)


def test_api_raises_document_error_for_a_broken_file(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(extract.DocumentError):
        extract.extract_document(broken)
    with pytest.raises(FileNotFoundError):
        extract.extract_document(tmp_path / "absent.pdf")
