"""The committed outputs/ are exactly what the pipeline writes for corpus/: a change in output shows in the diff."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, PROJECT
from tests.contract import assert_contract

COMMITTED = PROJECT / "outputs"


@pytest.fixture(scope="module")
def fresh_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    result = subprocess.run(
        [sys.executable, "-m", "extract", "run", "corpus", "--out", str(out)],
        cwd=PROJECT, capture_output=True, text=True, timeout=1200,
    )
    assert result.returncode == 0, result.stderr
    return out


def _files(folder: Path) -> dict[str, Path]:
    """The outputs, without the batch's own bookkeeping (.baocao/: lock and notes for resuming)."""
    files = {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}
    return {name: path for name, path in files.items() if not name.startswith(".baocao/")}


def test_every_corpus_document_is_ok(fresh_outputs: Path):
    documents = assert_contract(fresh_outputs)
    assert len(documents) == len([p for p in CORPUS.iterdir() if p.suffix in (".pdf", ".docx", ".txt")])
    assert set(documents.status) == {"ok"}, documents[["doc_id", "error"]]


def test_committed_outputs_are_current(fresh_outputs: Path):
    fresh, committed = _files(fresh_outputs), _files(COMMITTED)
    assert sorted(fresh) == sorted(committed), "files differ: run `make run` and commit outputs/"
    changed = [name for name in fresh if fresh[name].read_bytes() != committed[name].read_bytes()]
    assert not changed, f"outputs differ from a fresh run (run `make run`, review the diff, commit): {changed}"
