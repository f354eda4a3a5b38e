"""Every non-scanned rendition of the seed in corpus/ gives the same data as the seed's text file.

The renditions (born-digital PDF, the same signed with its number and day stamped, TCVN3 and VNI text, a Word file typed in `.VnTime` with true
footnotes) differ only in how the same report is stored, so the pipeline must find the same
references, amounts, counts, footnote items and checks in each; positions (page, offsets) may differ
and are not compared. The scan is left out: OCR is slow and has its own tests.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import CORPUS, PROJECT
from tests.contract import read_table

BASELINE = "seed.txt"
RENDITIONS = ["seed.pdf", "seed_signed.pdf", "seed_tcvn3.txt", "seed_vni.txt", "seed_vntime.docx"]

# table → the columns that say what was found (not where)
COMPARED = [
    ("references", ["canonical", "issued_on"]),
    ("amounts", ["value_vnd", "text"]),
    ("counts", ["value", "noun"]),
    ("footnote_items", ["footnote", "item", "product", "producer", "address"]),
    ("checks", ["check", "status", "stated", "computed"]),
]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("parity")
    files = [str((CORPUS / name).relative_to(PROJECT)) for name in [BASELINE, *RENDITIONS]]
    result = subprocess.run(
        [sys.executable, "-m", "extract", "run", *files, "--out", str(out)],
        cwd=PROJECT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def doc_ids(outputs: Path) -> dict[str, str]:
    """doc_id of each corpus file, by file name; every one read without error."""
    documents = read_table(outputs, "documents")
    assert set(documents.status) == {"ok"}, documents[["doc_id", "error"]]
    return {Path(source).name: doc_id for source, doc_id in zip(documents.source, documents.doc_id)}


def _rows(outputs: Path, table: str, columns: list[str], doc_id: str) -> pd.DataFrame:
    frame = read_table(outputs, table)
    return frame.loc[frame.doc_id == doc_id, columns].reset_index(drop=True)


@pytest.mark.parametrize("table, columns", COMPARED, ids=[table for table, _ in COMPARED])
@pytest.mark.parametrize("rendition", RENDITIONS)
def test_rendition_finds_what_the_text_seed_gives(outputs: Path, doc_ids: dict[str, str], rendition: str,
                                                  table: str, columns: list[str]) -> None:
    expected = _rows(outputs, table, columns, doc_ids[BASELINE])
    found = _rows(outputs, table, columns, doc_ids[rendition])
    assert not expected.empty, f"the text seed gives no {table}"
    pd.testing.assert_frame_equal(found, expected, obj=f"{table} of {rendition}")
