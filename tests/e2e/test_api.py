"""The Python API gives the record `baocao run` writes, and says plainly when a document cannot be processed."""

from __future__ import annotations

from pathlib import Path

import pytest

import extract
from tests.e2e.conftest import SEED, without_source


def test_api_gives_the_record_of_baocao_run(seed_run_record: dict):
    record = extract.extract_document(SEED)
    assert without_source(record.model_dump(mode="json")) == without_source(seed_run_record)


def test_api_raises_document_error_for_a_broken_file(tmp_path: Path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    with pytest.raises(extract.DocumentError):
        extract.extract_document(broken)
    with pytest.raises(FileNotFoundError):
        extract.extract_document(tmp_path / "absent.pdf")
