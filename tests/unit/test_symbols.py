"""Spacing repaired inside document numbers, and nowhere else."""

import pytest

from extract.normalise.symbols import fix_symbol_spacing

CASES = [
    # (printed, repaired)
    ("64/2024/TT- BTC", "64/2024/TT-BTC"),
    ("Số: 2463 /QĐ - UBND", "Số: 2463/QĐ-UBND"),
    ("Số:2463 /QĐ - UBND", "Số:2463/QĐ-UBND"),
    ("301- KL/TU", "301-KL/TU"),
    ("34 - NQ/TU", "34-NQ/TU"),
    ("2265 /BCT-ATMT", "2265/BCT-ATMT"),
    ("1413/CAT- PC04", "1413/CAT-PC04"),
    ("45/ 2012/ NĐ-CP", "45/2012/NĐ-CP"),
    ("72/2025/ QH15", "72/2025/QH15"),
    ("346/UBND- NC ngày 21/11/2025", "346/UBND-NC ngày 21/11/2025"),
    ("số 01/QĐ - CTY ngày 01/7/2025", "số 01/QĐ-CTY ngày 01/7/2025"),
    ("01/01/2026/HCNM - G16", "01/01/2026/HCNM-G16"),
    ("1881/QĐ -TTg", "1881/QĐ-TTg"),
    ("587/QĐ-UBND", "587/QĐ-UBND"),  # already clean
    ("Số: /BC - SCT", "Số: /BC-SCT"),  # blank number of an unnumbered draft
    ("Số:      /KH-SCT", "Số:      /KH-SCT"),
    ("Số: / ĐKT - SCT", "Số: /ĐKT-SCT"),
    # untouched: year ranges, ratios, dates, arithmetic, prose dashes
    ("giai đoạn 2021 - 2025", "giai đoạn 2021 - 2025"),
    ("giai đoạn 2021- 2025", "giai đoạn 2021- 2025"),
    ("tỷ lệ 12 / 63 xã", "tỷ lệ 12 / 63 xã"),
    ("26.770 / 47.826 lượt", "26.770 / 47.826 lượt"),
    ("ngày 24 / 9 / 2021", "ngày 24 / 9 / 2021"),
    ("5 - 3 = 2", "5 - 3 = 2"),
    ("năm 2025 - Công ty", "năm 2025 - Công ty"),
    ("587/QĐ-UBND - Ủy ban nhân dân tỉnh", "587/QĐ-UBND - Ủy ban nhân dân tỉnh"),
    ("tổ 13 / Ban quản lý", "tổ 13 / Ban quản lý"),
    ("Km0 - Km2+571", "Km0 - Km2+571"),
    ("Lào Cai - Hà Nội - Hải Phòng", "Lào Cai - Hà Nội - Hải Phòng"),
]


@pytest.mark.parametrize("printed, repaired", CASES)
def test_fix_symbol_spacing(printed, repaired):
    assert fix_symbol_spacing(printed) == repaired
