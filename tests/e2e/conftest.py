"""Fixtures shared by the end-to-end tests."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, PROJECT

SEED = CORPUS / "seed.txt"


@pytest.fixture(scope="session")
def seed_run_record(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The JSON record `baocao run corpus/seed.txt` writes, to compare the API and the service with."""
    out = tmp_path_factory.mktemp("seed_run")
    subprocess.run([sys.executable, "-m", "extract", "run", str(SEED), "--out", str(out)], cwd=PROJECT, check=True,
                   capture_output=True, timeout=600)
    return json.loads((out / "json" / "seed_txt.json").read_text(encoding="utf-8"))


def without_source(record: dict) -> dict:
    """A record without its source name, which says where the file was given from (a path, an upload's name)."""
    return {key: value for key, value in record.items() if key != "source"}
