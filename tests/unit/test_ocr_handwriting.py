"""What handwriting and pen strokes leave in OCR'd lines: cleared, never read as a figure; look-alikes kept."""

from __future__ import annotations

import pytest

from extract.read.ocr_handwriting import clear_handwriting

CASES = [
    ("Só:56ŸS /BCA-C04", "Số: /BCA-C04"),  # label misread, handwritten number garbled
    ("Số: 2 6 ŸBCT-ATMT", "Số: 2 6 ŸBCT-ATMT"),  # no slash before the code: left to the header parser
    ("Số: 6191/BVT-TCKT", "Số: 6191/BVT-TCKT"),  # a printed number stays
    ("Số:5689/BCA-C04", "Số:5689/BCA-C04"),
    ("Hà Nội, ngày |6 tháng 12 năm 2025", "Hà Nội, ngày tháng 12 năm 2025"),
    ("Hà Nội, ngày} thángh năm 2026", "Hà Nội, ngày thángh năm 2026"),
    ("Bắc Ninh, ngày 27 tháng 9 năm 2021", "Bắc Ninh, ngày 27 tháng 9 năm 2021"),
    ("-_ đến năm 2030", "đến năm 2030"),
    ("“ -GIÁM ĐỐC", "GIÁM ĐỐC"),
    ("~ Khảo sát được triển khai", "– Khảo sát được triển khai"),
    # must not change
    ("- Như trên;", "- Như trên;"),
    ("- UBND tỉnh", "- UBND tỉnh"),
    ("(Kèm theo Công văn số: 5689/BCA-C04)", "(Kèm theo Công văn số: 5689/BCA-C04)"),
    ("“Bán thanh lý tài sản", "“Bán thanh lý tài sản"),
    ("Số lượng: 12", "Số lượng: 12"),
    ("So: 12", "So: 12"),
]


@pytest.mark.parametrize(("line", "expected"), CASES)
def test_clear_handwriting(line: str, expected: str) -> None:
    assert clear_handwriting(line) == expected
