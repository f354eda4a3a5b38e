"""A spreadsheet cell's place (sheet and address) carried from the reader to every item that stands in it."""

from __future__ import annotations

from collections import Counter

import pytest

from extract.normalise import normalise
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
    assert doc.cell_at(doc.text.index("BÁO CÁO")) is None  # a title row above the table is not a table cell
    assert doc.cell_at(doc.text.index(" | ")) is None  # the separator between two cells is in neither
