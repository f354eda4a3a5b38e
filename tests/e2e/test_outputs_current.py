"""The committed outputs/ are exactly what the pipeline writes for corpus/: a change in output shows in the diff."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, PROJECT
from tests.contract import assert_contract, assert_typed_formats_match_csv

pytestmark = pytest.mark.slow  # the whole corpus, its scan OCR'd

COMMITTED = PROJECT / "outputs"


@pytest.fixture(scope="module")
def fresh_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    result = subprocess.run(
        [sys.executable, "-m", "extract", "run", "corpus", "--out", str(out), "--format", "csv,parquet,sqlite"],
        cwd=PROJECT, capture_output=True, text=True, timeout=1200,
    )
    assert result.returncode == 0, result.stderr
    return out


TYPED = ("parquet/", "baocao.sqlite")  # written by --format; `make run` commits the CSV files only


def _files(folder: Path) -> dict[str, Path]:
    """The outputs, without the batch's own bookkeeping (.baocao/: lock and notes for resuming)."""
    files = (p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return {name: folder / name for name in files if not name.startswith(TYPED + (".baocao/",))}


def test_every_corpus_document_is_ok(fresh_outputs: Path):
    documents = assert_contract(fresh_outputs)
    assert len(documents) == len([p for p in CORPUS.iterdir() if p.suffix in (".pdf", ".docx", ".txt")])
    assert set(documents.status) == {"ok"}, documents[["doc_id", "error"]]


def test_typed_formats_hold_the_csv_rows(fresh_outputs: Path):
    assert_typed_formats_match_csv(fresh_outputs)


def test_committed_outputs_are_current(fresh_outputs: Path):
    fresh, committed = _files(fresh_outputs), _files(COMMITTED)
    assert sorted(fresh) == sorted(committed), "files differ: run `make run` and commit outputs/"
    changed = [name for name in fresh if fresh[name].read_bytes() != committed[name].read_bytes()]
    assert not changed, f"outputs differ from a fresh run (run `make run`, review the diff, commit): {changed}"
