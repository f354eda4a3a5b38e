"""The eight documents of ../shared/archive (old Word, Excel 97, a TCVN3 PDF text layer, a scan, a page
image) through the command line, with values checked by hand.

Hand-checked (the .doc files rendered to page images by LibreOffice and read there, VNI and TCVN3 byte
soup read by eye; the .xls from its cells, which its transcript agrees with):
- vb03 (Unicode .doc), p. 1: công văn số 6601/BTP-TTLLTPQG ngày 18/11/2024; Thông tư số 244/2016/TT-BTC
  ngày 11/11/2016; Quyết định số 33/2020/QĐ-TTg ngày 12/11/2020; p. 7: "35,4 tỷ đồng", "932 tỷ đồng",
  "792 tỷ đồng ... 513 tỷ đồng ... 199 tỷ đồng ... 80 tỷ đồng", Thông tư số 157/2016/TT-BTC ngày
  24/10/2016; p. 4: "200.000 đồng/lần/người".
- vc07 (VNI .doc), p. 1: Nghị định 130/2005/NĐ-CP ngày 17/10/2005, Thông tư Liên tịch số
  03/2006/TTLT-BTC-BNV ngày 17/01/2006; p. 8: "100.000đ/máy/tháng" and "250.000đ/máy/tháng" glued to đ;
  p. 10: "54.000.000đ/năm".
- vc03 (TCVN3 .doc), p. 1: QUYẾT ĐỊNH, Số: 256/2004/QĐ-UB, ngày 01 tháng 7 năm 2004; Quyết định số 136/2001/QĐ-TTg ngày 17/9/2001; Kết luận
  số 06-KL/TU ngày 19/5/2004.
- vc11 (VNI .xls): ĐVT: 1000 đồng over the figures; rows A 12974745, I 12726570, 6 3107304, B 151479527.
  Cell places read with xlrd on the file (sheet `Sheet1`): codes in column A, labels in B, figures in C; A = C12
  (12974745), I = C13 (12726570), II = C32 (248175), 6 = C24 (3107304), a = C25 (89344), B = C33 (151479527);
  A's total is I + II (12726570 + 248175 = 12974745).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import PROJECT
from tests.contract import assert_contract, read_table
from tools.transcript_match import compare, transcript_pairs

MIN_TRANSCRIPT_SHARE = 0.99


@pytest.fixture(scope="module")
def out(archive_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    result = subprocess.run([sys.executable, "-m", "extract", "run", str(archive_dir), "--out", str(folder)],
                            cwd=PROJECT, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr
    return folder


def _doc_id(out: Path, prefix: str) -> str:
    """The doc_id of the archive document whose name starts with `prefix` (its transcript aside)."""
    documents = read_table(out, "documents")
    [doc_id] = [doc_id for doc_id, source in zip(documents.doc_id, documents.source)
                if Path(source).name.startswith(prefix) and Path(source).parent.name != "transcripts"]
    return doc_id


def _rows(out: Path, table: str, prefix: str) -> pd.DataFrame:
    frame = read_table(out, table)
    return frame[frame.doc_id == _doc_id(out, prefix)]


def test_every_archive_file_is_accounted_for(out: Path, archive_dir: Path) -> None:
    documents = assert_contract(out)
    assert set(documents.status) == {"ok"}, documents[["doc_id", "error"]]
    names = {Path(source).name for source in documents.source}
    skipped = {Path(source).name: reason for source, reason in zip(*read_table(out, "skipped").values.T)}
    found = {path.name for path in archive_dir.rglob("*") if path.is_file()}
    assert names | set(skipped) == found
    for document in [path for path in archive_dir.iterdir() if path.suffix in (".doc", ".xls", ".pdf", ".png")]:
        assert document.name in names
    assert skipped == {"SOURCES.md": "not a document type we read (.md)"}


@pytest.mark.parametrize("prefix, canonical, issued_on", [
    ("vb03", "6601/BTP-TTLLTPQG", "2024-11-18"),
    ("vb03", "244/2016/TT-BTC", "2016-11-11"),
    ("vb03", "33/2020/QĐ-TTg", "2020-11-12"),
    ("vb03", "157/2016/TT-BTC", "2016-10-24"),
    ("vc07", "130/2005/NĐ-CP", "2005-10-17"),
    ("vc07", "03/2006/TTLT-BTC-BNV", "2006-01-17"),
    ("vc03", "136/2001/QĐ-TTg", "2001-09-17"),
    ("vc03", "06-KL/TU", "2004-05-19"),
])
def test_references(out: Path, prefix: str, canonical: str, issued_on: str) -> None:
    references = _rows(out, "references", prefix)
    assert issued_on in set(references[references.canonical == canonical].issued_on)


@pytest.mark.parametrize("prefix, value_vnd, text", [
    ("vb03", 35_400_000_000, "35,4 tỷ đồng"),
    ("vb03", 932_000_000_000, "932 tỷ đồng"),
    ("vb03", 513_000_000_000, "513 tỷ đồng"),
    ("vb03", 80_000_000_000, "80 tỷ đồng"),
    ("vb03", 200_000, "200.000 đồng"),
    ("vc07", 100_000, "100.000đ"),
    ("vc07", 250_000, "250.000đ"),
    ("vc07", 54_000_000, "54.000.000đ"),
    ("vc11", 12_974_745_000, "12.974.745"),
    ("vc11", 3_107_304_000, "3.107.304"),
    ("vc11", 151_479_527_000, "151.479.527"),
])
def test_amounts(out: Path, prefix: str, value_vnd: int, text: str) -> None:
    amounts = _rows(out, "amounts", prefix)
    assert text in set(amounts[amounts.value_vnd == str(value_vnd)].text)


def test_word_files_keep_the_pages_word_counted(out: Path) -> None:
    """LibreOffice's .docx export drops the page count; the .doc's own summary gives it back (23 and 8 pages, as
    Word counted them), and the hand-checked pages of vb03 come out where they are printed."""
    documents = read_table(out, "documents").set_index("doc_id")
    assert documents.pages[_doc_id(out, "vb01")] == "23"
    assert documents.pages[_doc_id(out, "vb03")] == "8"
    amounts, references = _rows(out, "amounts", "vb03"), _rows(out, "references", "vb03")
    assert set(amounts[amounts.text == "35,4 tỷ đồng"].page) == {"7"}
    assert set(amounts[amounts.text == "200.000 đồng"].page) == {"4"}
    assert "1" in set(references[references.canonical == "6601/BTP-TTLLTPQG"].page)
    assert set(references[references.canonical == "157/2016/TT-BTC"].page) == {"7"}


def test_header_of_a_tcvn3_word_file(out: Path) -> None:
    [row] = _rows(out, "documents", "vc03").to_dict("records")
    assert (row["doc_type"], row["canonical"], row["issued_on"]) == ("Quyết định", "256/2004/QĐ-UB", "2004-07-01")


def test_spreadsheet_rows_keep_codes_labels_and_figures(out: Path) -> None:
    text = (out / "text" / f"{_doc_id(out, 'vc11')}.txt").read_text(encoding="utf-8")
    for row in ("A | Tổng các khoản thu cân đối NSNN | 12.974.745", "6 | Các khoản thu về nhà, đất | 3.107.304",
                "a | Thuế nhà đất | 89.344", " | _ Thuế môn bài | 366.190", "B | Thu ngân sách huyện | 151.479.527"):
        assert row in text
    assert "2 | _Thu phân phân chia theo tỷ lệ phân trăm ( %) | 1.899.060\n" in text  # the helper cell beside it left out
    checks = _rows(out, "checks", "vc11")
    sums = checks[checks.check == "table_sum"]
    assert set(sums.status) <= {"pass"}, sums


@pytest.mark.parametrize("text, cell", [
    ("12.974.745", "C12"), ("12.726.570", "C13"), ("3.107.304", "C24"), ("89.344", "C25"), ("248.175", "C32"),
    ("151.479.527", "C33"),
])
def test_spreadsheet_amounts_keep_their_cell(out: Path, text: str, cell: str) -> None:
    amounts = _rows(out, "amounts", "vc11")
    assert set(zip(*amounts[amounts.text == text][["sheet", "cell"]].values.T)) == {("Sheet1", cell)}


def test_spreadsheet_checks_and_table_cells_keep_their_cells(out: Path) -> None:
    checks = _rows(out, "checks", "vc11")
    [total] = checks[(checks.check == "table_sum") & (checks.stated == "12974745000")].to_dict("records")
    assert (total["sheet"], total["cell"]) == ("Sheet1", "C12")
    assert total["figure_cells"] == "stated Sheet1!C12; part Sheet1!C13; part Sheet1!C32"
    record = json.loads((out / "json" / f"{_doc_id(out, 'vc11')}.json").read_text(encoding="utf-8"))
    [table] = record["tables"]
    cells = {cell["cell"]: cell["text"] for cell in table["cells"]}
    assert table["sheet"] == "Sheet1"
    assert (cells["A12"], cells["A33"], cells["B33"], cells["C33"]) == ("A", "B", "Thu ngân sách huyện", "151.479.527")


def test_legacy_files_decode_to_their_transcripts(out: Path, archive_dir: Path) -> None:
    for document, transcript in transcript_pairs(archive_dir):
        doc_id = _doc_id(out, document.name.split("_")[0])
        ours = (out / "text" / f"{doc_id}.txt").read_text(encoding="utf-8")
        match = compare(ours, transcript.read_text(encoding="utf-8"))
        assert match.share >= MIN_TRANSCRIPT_SHARE, (document.name, match.share, match.differences[:20])
