"""find_percentages and find_ratios: exact values, and the dates and document numbers that are not ratios."""

import pytest

from extract.normalise import from_text
from extract.parse.figures import find_percentages, find_ratios

# input text → [(value, quoted text)]
PERCENTAGES = [
    ("đạt tỷ lệ 76,3%", [("76.3", "76,3%")]),
    ("100 % hồ sơ", [("100", "100 %")]),
    ("đạt 76,3 phần trăm kế hoạch", [("76.3", "76,3 phần trăm")]),
    ("bằng 101,28% dự toán, vượt 10% so với", [("101.28", "101,28%"), ("10", "10%")]),
    ("tỷ lệ lấp đầy 29,0%", [("29.0", "29,0%")]),
    ("(chưa trừ 10% tiết kiệm)", [("10", "10%")]),
    ("đạt 8,4%).", [("8.4", "8,4%")]),
    # generalisation audit
    ("tăng 5,2% so với cùng kỳ", [("5.2", "5,2%")]),
    ("đạt 98.5% kế hoạch", [("98.5", "98.5%")]),  # ASCII decimal point
    ("tỷ lệ 15,5 % dân số", [("15.5", "15,5 %")]),
    ("tăng 12%/năm", [("12", "12%")]),
    ("tăng 5 phần trămx", []),
    ("tổng kinh phí 76,3 triệu đồng", []),
]


@pytest.mark.parametrize("text, expected", PERCENTAGES)
def test_find_percentages(text: str, expected: list[tuple[str, str]]) -> None:
    doc = from_text(text)
    found = find_percentages(doc)
    assert [(p.value, p.text) for p in found] == expected
    assert all(doc.text[p.start : p.end] == p.text for p in found)


# input text → [(numerator, denominator, quoted text)]
RATIOS = [
    ("thanh toán 26.770/47.826 lượt", [(26770, 47826, "26.770/47.826")]),
    ("kiểm tra tại 12/63 tỉnh", [(12, 63, "12/63")]),
    ("đã kiểm đếm 59/76 hộ", [(59, 76, "59/76")]),
    ("tạo lập 3.180.724/3.280.720 hồ sơ", [(3180724, 3280720, "3.180.724/3.280.720")]),
    ("triển khai 13/19 nhiệm vụ", [(13, 19, "13/19")]),
    ("kiểm tra 42 / 42 cơ quan", [(42, 42, "42 / 42")]),
    # generalisation audit
    ("có 05/05 xã đạt chuẩn", [(5, 5, "05/05")]),
    ("đạt 7/7 tiêu chí, 19/19 tiêu chí", [(7, 7, "7/7"), (19, 19, "19/19")]),
    ("năm học 2024/2025", []),  # school year
    ("niên vụ 2025/2026", []),
    ("vào ngày 14/3 hằng năm", []),
    ("tổ chức 26/3 hằng năm", []),  # a day and month before `hằng năm`
    # dates and document numbers
    ("ngày 24/9/2021", []),
    ("ngày 24/9 hằng năm", []),
    ("trong tháng 3/2026", []),
    ("khởi công trong tháng 7/2026;", []),
    ("Quyết định số 587/QĐ-UBND", []),
    ("Nghị định số 45/2012/NĐ-CP", []),
    ("Nghị quyết số 66.7/2025/NQ-CP", []),
    ("Thông tư số 12/2025 của Bộ", []),
    ("đạt 4,5/10 điểm", []),
    ("Kết luận 301- KL/TU", []),
]


@pytest.mark.parametrize("text, expected", RATIOS)
def test_find_ratios(text: str, expected: list[tuple[int, int, str]]) -> None:
    doc = from_text(text)
    found = find_ratios(doc)
    assert [(r.numerator, r.denominator, r.text) for r in found] == expected
    assert all(doc.text[r.start : r.end] == r.text for r in found)
