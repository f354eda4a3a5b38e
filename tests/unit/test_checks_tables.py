"""Table columns against their total row, and tables that must not be summed."""

from __future__ import annotations

import pytest

from extract.check import run_checks
from extract.check.tables import parse_number
from extract.normalise import from_text
from tests.unit.test_checks_records import record, table

CASES = [
    (  # total row last (merged label cells repeat their text); a money unit in the header converts to đồng; the TT column is not summed
        "TT | Nội dung | Kinh phí (triệu đồng) | Số cơ sở\n1 | Đề án A | 1.200,5 | 3\n2 | Đề án B | 800 | 2\n"
        "Tổng cộng | Tổng cộng | 2.000,5 | 5",
        4,
        [("table_sum", "2000500000", "2000500000", "0", "đồng", "pass"), ("table_sum", "5", "5", "0", "", "pass")],
    ),
    (  # total row first, a difference within the rounding of the printed figures
        "Nguồn | Dự toán (tỷ đồng)\nTổng | 23.997\nĐầu tư phát triển | 22.143\nMục tiêu quốc gia | 1.855",
        4,
        [("table_sum", "23997000000000", "23998000000000", "-1000000000", "đồng", "fail")],
    ),
    (  # Roman-numbered groups: only the groups are parts of the total
        "TT | Nội dung | Số lượng\nI | Nhóm A | 30\n1 | A1 | 10\n2 | A2 | 20\nII | Nhóm B | 12\nCộng | Cộng | 42",
        6,
        [("table_sum", "42", "42", "0", "", "pass")],
    ),
    (  # a rate column is not a sum; the count column is
        "Đơn vị | Hồ sơ | Tỷ lệ đúng hạn (%)\nSở A | 100 | 99,1\nSở B | 50 | 98,0\nTổng số | 150 | 98,7",
        4,
        [("table_sum", "150", "150", "0", "", "pass")],
    ),
    # ---- look-alikes ----
    ("TT | Nội dung | Số lượng\n1 | A | 10\n2 | B | 20", 3, []),  # no total row
    ("Nội dung | Ghi chú\nA | 10\nB | đang rà soát\nTổng | 10", 4, []),  # text among the numbers
    ("Nội dung | Số lượng\nCộng | 5\nA | 2\nB | 3\nCộng | 5", 5, []),  # two total rows: subtotals, not handled
    ("Tổng mức đầu tư (tỷ đồng) | Ghi chú\n100 | A\n200 | B", 3, []),  # 'Tổng' in a header is no total row
]


@pytest.mark.parametrize("text, rows, expected", CASES)
def test_table_sums(text: str, rows: int, expected: list) -> None:
    doc = from_text(text)
    rec = record(doc, tables=[table(doc, text.split("\n")[0], rows)])
    checks = run_checks(doc, rec)
    assert [(c.check, c.stated, c.computed, c.difference, c.unit, c.status) for c in checks] == expected
    for check in checks:
        assert all(doc.text[f.start : f.end] == f.text for f in check.figures)


@pytest.mark.parametrize(
    "text, value",
    [("1.234", "1234"), ("1.234,5", "1234.5"), ("12", "12"), ("0,25", "0.25"), (" 3.000.000 ", "3000000"),
     ("1.23", None), ("12%", None), ("A1", None), ("", None), ("1,2,3", None)],
)
def test_parse_number(text: str, value) -> None:
    parsed = parse_number(text)
    assert (str(parsed[0]) if parsed else None) == value
