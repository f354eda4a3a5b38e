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
    (  # Roman-numbered groups: only the groups are parts of the total; a group against its sub-rows
        "TT | Nội dung | Số lượng\nI | Nhóm A | 30\n1 | A1 | 10\n2 | A2 | 20\nII | Nhóm B | 12\nCộng | Cộng | 42",
        6,
        [("table_sum", "30", "30", "0", "", "pass"), ("table_sum", "42", "42", "0", "", "pass")],
    ),
    (  # a budget form: A over I over 1 over bullets, unit note '1000 đồng'; an empty sub-row is no part
        "ĐVT: 1000 đồng | |\nSTT | Nội dung | Quyết toán\nA | Tổng thu | 1.500\nI | Thu nội địa | 1.200\n"
        "1 | Thu thuế | 700\n_ | Thuế A | 400\n_ | Thuế B | \n_ | Thuế C | 300\n2 | Phí | 500\n"
        "II | Viện trợ | 300",
        10,
        [("table_sum", "1500000", "1500000", "0", "đồng", "pass"), ("table_sum", "1200000", "1200000", "0", "đồng", "pass"),
         ("table_sum", "700000", "700000", "0", "đồng", "pass")],
    ),
    (  # the unit note heads the value column itself: that column holds values, not units
        "STT | Nội dung | ĐVT: 1000 đồng\nA | Tổng thu | 300\nI | Thu thuế | 100\nII | Thu phí | 200",
        4,
        [("table_sum", "300000", "300000", "0", "đồng", "pass")],
    ),
    (  # decimal outline with a unit column: a 'Tổng số' group fails; a rate row over its part and whole
        "STT | Chỉ tiêu | Đơn vị tính | Số liệu\n1. | Tổng số hồ sơ | Hồ sơ | 100\n1.1. | Cấp tỉnh | Hồ sơ | 60\n"
        "1.2. | Cấp xã | Hồ sơ | 30\n2. | Tỷ lệ đúng hạn | % | 99,10\n2.1. | Tổng số hồ sơ đã giải quyết | Hồ sơ | 195.197\n"
        "2.2. | Số hồ sơ đúng hạn | Hồ sơ | 193.457",
        7,
        [("table_sum", "100", "90", "10", "", "fail"), ("rate", "99.1", "99.11", "-0.01", "%", "fail")],
    ),
    (  # a 'Tổng số' row first of its level over the rows after it; a unit-coded row and a second total are not
        "STT | Chỉ tiêu | Đơn vị tính | Số liệu\n1. | Tự chủ | | 1.647\n1.1. | Tổng số đơn vị | Đơn vị | 271\n"
        "1.2. | Tự bảo đảm | Đơn vị | 83\n1.3. | Nhà nước bảo đảm | Đơn vị | 188\n2. | Biên chế | |\n"
        "2.1. | Tổng số được giao | Người | 90\n2.2. | Tổng số có mặt | Người | 80\n2.3. | Hợp đồng | Người | 5\n"
        "2.4. | Tinh giản | Người | 3\n3. | Khảo sát | Có = 1; Không = 0 | 1\n3.1. | Số phiếu | Phiếu | 250\n"
        "3.2. | Hình thức | Trực tuyến = 0 | 0",
        13,
        [("table_sum", "271", "271", "0", "", "pass")],
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
    # a column-numbering row under the header is not a group row
    ("STT | Nội dung | Năm 2024 | Năm 2025\nA | B | 1 | 2\n1 | Thu A | 10 | 12\n2 | Thu B | 20 | 22", 4, []),
    # a group of rates is not summed; a group with one sub-row holding a number is no breakdown
    ("STT | Chỉ tiêu | Số liệu\n1 | Tỷ lệ chung (%) | 95\na | Tỷ lệ A (%) | 90\nb | Tỷ lệ B (%) | 100\n"
     "2 | Số cơ sở | 12\na | Cơ sở A | 12\nb | Cơ sở B | -", 7, []),
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
