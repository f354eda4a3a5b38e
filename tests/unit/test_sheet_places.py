"""A spreadsheet cell's place (sheet and address) carried from the reader to every item that stands in it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from extract.normalise import normalise
from extract.pipeline import extract_record
from extract.read.sheet import Sheet, SheetCell, cell_address, workbook_document


@pytest.mark.parametrize("row, column, address", [
    (0, 0, "A1"), (11, 2, "C12"), (0, 25, "Z1"), (0, 26, "AA1"), (9, 701, "ZZ10"), (1_048_575, 16_383, "XFD1048576"),
])
def test_cell_addresses(row: int, column: int, address: str) -> None:
    assert cell_address(row, column) == address


def _doc():
    cells = {
        (0, 1): SheetCell("BÁO CÁO THU NGÂN SÁCH"),
        (2, 0): SheetCell("STT"), (2, 1): SheetCell("Nội dung"), (2, 2): SheetCell("Số tiền"),
        (3, 0): SheetCell("A"), (3, 1): SheetCell("Tổng thu"), (3, 2): SheetCell("1.500", number=True),
        (4, 0): SheetCell("1"), (4, 1): SheetCell("Thuế"), (4, 2): SheetCell("1.500", number=True),
    }
    return normalise(workbook_document([Sheet("Thu 2004", cells)], "xlsx", Counter()))


def test_every_table_cell_knows_its_address() -> None:
    doc = _doc()
    [table] = doc.tables
    assert table.sheet == "Thu 2004"
    assert {doc.text[c.start:c.end]: c.address for c in table.cells if c.row == 1} == {
        "A": "A4", "Tổng thu": "B4", "1.500": "C4"}


def test_an_offset_finds_its_cell_and_only_inside_one() -> None:
    doc = _doc()
    second = doc.text.index("1.500", doc.text.index("Thuế"))  # the same figure twice: each has its own cell
    assert doc.cell_at(second) == ("Thu 2004", "C5")
    assert doc.cell_at(doc.text.index("1.500")) == ("Thu 2004", "C4")
    assert doc.cell_at(doc.text.index("BÁO CÁO")) == ("Thu 2004", "B1")  # a title row above the table: its cell too
    assert doc.cell_at(doc.text.index(" | ")) is None  # the separator between two cells is in neither


def test_cells_of_a_row_outside_the_table_each_have_their_place() -> None:
    cells = {(0, 0): SheetCell("UBND HUYỆN A"), (0, 3): SheetCell("Mẫu số 23"), (2, 2): SheetCell("ĐVT: 1000 đồng")}
    doc = normalise(workbook_document([Sheet("Sheet1", cells)], "xls", Counter()))
    assert [(doc.text[p.start:p.end], p.address) for p in doc.cell_places] == [
        ("UBND HUYỆN A", "A1"), ("Mẫu số 23", "D1"), ("ĐVT: 1000 đồng", "C3")]


def test_a_unit_conflict_in_a_workbook_is_recorded_with_both_cells(tmp_path: Path) -> None:
    """An `.xlsx` whose title rows say triệu đồng while the note over the figures says 1000 đồng: the amounts are
    read in 1000 đồng, and the record says so, with both cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "QT 2004"
    for address, value in {"B1": "QUYẾT TOÁN THU NGÂN SÁCH", "B2": "Đơn vị tính: triệu đồng", "C4": "ĐVT: 1000 đồng",
                           "A5": "STT", "B5": "Nội dung", "C5": "Quyết toán", "A6": "1", "B6": "Thuế", "C6": 1500,
                           "A7": "2", "B7": "Phí", "C7": 250}.items():
        sheet[address] = value
    path = tmp_path / "quyet_toan.xlsx"
    book.save(path)
    record, _ = extract_record(path, "quyet_toan", path.name)
    assert [(a.value_vnd, a.cell) for a in record.amounts] == [(1_500_000, "C6"), (250_000, "C7")]
    [warning] = record.warnings
    assert (warning.kind, warning.table) == ("unit_conflict", 0)
    assert (warning.applied.text, warning.applied.sheet, warning.applied.cell) == ("ĐVT: 1000 đồng", "QT 2004", "C4")
    assert [(p.text, p.cell) for p in warning.overridden] == [("Đơn vị tính: triệu đồng", "B2")]
