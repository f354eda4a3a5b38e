"""The budget form of corpus/ (budget_form.xls, written by tools/render_office.py from BUDGET_ROWS):
every figure an amount in the unit the sheet states over them, cells in VNI, TCVN3 and Unicode fonts
decoded, codes and labels kept as table cells, the helper figure beside the table and the empty
second sheet left out, and the totals checked against their groups."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extract.pipeline import extract_record
from schemas.models import Record
from tools.render_office import BUDGET_ROWS

FORM = Path(__file__).resolve().parents[2] / "corpus" / "budget_form.xls"
MILLION = 10**6


@lru_cache(maxsize=1)
def _extracted() -> tuple[Record, str]:
    if not FORM.is_file():
        pytest.skip(f"{FORM} is missing: build the corpus (python -m tools.make_corpus)")
    record, doc = extract_record(FORM, "budget_form_xls", FORM.name)
    return record, doc.text


def _record() -> Record:
    return _extracted()[0]


def test_every_figure_is_an_amount_in_the_stated_unit() -> None:
    expected = [value * MILLION for _, _, planned, spent in BUDGET_ROWS for value in (planned, spent)]
    assert [amount.value_vnd for amount in _record().amounts] == expected
    assert {amount.unit for amount in _record().amounts} == {"triệu đồng"}


def test_one_page_one_table_of_codes_labels_and_figures() -> None:
    record = _record()
    assert record.pages == 1, "the empty second sheet is not a page"
    [table] = record.tables
    rows: dict[int, list[str]] = {}
    for cell in table.cells:
        rows.setdefault(cell.row, []).append(cell.text)
    assert ["STT", "Nội dung", "Dự toán", "Thực hiện", "Ghi chú"] in rows.values()
    assert ["II", "Khuyến công địa phương", "3.340", "3.340"] in [cells[:4] for cells in rows.values()]
    assert all(len(cells) <= 5 for cells in rows.values()), "the helper figure in column G is no column"
    assert "400" not in {cell.text for cell in table.cells}


def test_titles_and_signature_decoded_by_their_fonts() -> None:
    text = _extracted()[1]
    assert "KINH PHÍ KHUYẾN CÔNG NĂM 2023" in text  # Unicode font
    assert "ĐVT: triệu đồng" in text  # VNI
    assert "Người lập biểu" in text and "GIÁM ĐỐC" in text  # TCVN3; .VnTimeH shows its codes as capitals


def test_totals_add_up() -> None:
    sums = [check for check in _record().checks if check.check == "table_sum"]
    assert len(sums) >= 2 and all(check.status == "pass" for check in sums)


def test_each_amount_and_table_cell_keeps_its_sheet_and_address() -> None:
    """Hand-checked with xlrd on the file: the figures fill C8:D15 of sheet `Biểu 01` (Dự toán in C, Thực hiện
    in D, one budget line per row from row 8), the header is row 7, `Khuyến công địa phương` is B12."""
    record = _record()
    assert [(a.sheet, a.cell) for a in record.amounts] == [
        ("Biểu 01", f"{column}{row}") for row in range(8, 16) for column in "CD"
    ]
    [table] = record.tables
    assert table.sheet == "Biểu 01"
    cells = {cell.cell: cell.text for cell in table.cells}
    assert (cells["A7"], cells["B12"], cells["C12"], cells["D14"]) == ("STT", "Khuyến công địa phương", "3.340", "440")
    total = next(check for check in record.checks if check.check == "table_sum" and check.stated == "7440000000")
    assert [(f.role, f.cell) for f in total.figures] == [("stated", "C8"), ("part", "C9"), ("part", "C12")]
