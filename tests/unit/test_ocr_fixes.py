"""fix_ocr_text: OCR's predictable misreadings repaired, words and look-alikes left as printed."""

from __future__ import annotations

import pytest

from extract.normalise.ocr_fixes import fix_ocr_text, fix_stacked_marks

CASES = [
    # letters read for digits inside numbers
    ("ngày 24/9/2O21", "ngày 24/9/2021"),
    ("năm 2o25", "năm 2025"),
    ("hỗ trợ 1.OOO triệu đồng", "hỗ trợ 1.000 triệu đồng"),
    ("tổ l0, phường", "tổ 10, phường"),
    ("Thực hiện 3l đề án", "Thực hiện 31 đề án"),
    ("số 45/2Ol2/NĐ-CP", "số 45/2012/NĐ-CP"),
    ("tỷ lệ 76,3% và 1O0%", "tỷ lệ 76,3% và 100%"),
    # spaces OCR puts inside an amount before its unit
    ("kinh phí 5 .570 triệu đồng", "kinh phí 5.570 triệu đồng"),
    ("tổng 13 .183,72 triệu đồng", "tổng 13.183,72 triệu đồng"),
    ("là 5. 171.344 đồng", "là 5.171.344 đồng"),
    ("được 103 ,7 triệu đồng", "được 103,7 triệu đồng"),
    # footnote markers garbled
    ("cấp tỉnh(l), trong đó", "cấp tỉnh(1), trong đó"),
    ("cấp tỉnh(I), trong đó", "cấp tỉnh(1), trong đó"),
    ("năm 2024 (|).", "năm 2024 (1)."),
    ("(2 ) 1. Bộ Sản phẩm", "(2) 1. Bộ Sản phẩm"),
    ("( 3) Rượu ngô", "(3) Rượu ngô"),
    # Đ and the Q of QĐ as Tesseract misreads them
    ("Quyết định số 3871/QĐÐ-BGDĐT", "Quyết định số 3871/QĐ-BGDĐT"),
    ("Quyết định số 555/QOĐ-BCT", "Quyết định số 555/QĐ-BCT"),
    ("Quyết định số 555/OĐ-BCT", "Quyết định số 555/QĐ-BCT"),
    ("NGHỊ ÐỊNH", "NGHỊ ĐỊNH"),
    # a list number or roman heading misread at the start of a line
    ("1, Bộ Sản phẩm Chè", "1. Bộ Sản phẩm Chè"),
    ("3, Công tác phối hợp", "3. Công tác phối hợp"),
    ("HI. ĐÁNH GIÁ KẾT QUẢ", "III. ĐÁNH GIÁ KẾT QUẢ"),
    ("Il. KẾT QUẢ", "II. KẾT QUẢ"),
    ("l. Mục tiêu", "I. Mục tiêu"),
    # must NOT change: words, roman headings, prose with numbers, valid symbols
    ("tỉnh Lào Cai", "tỉnh Lào Cai"),
    ("lô đất số 12", "lô đất số 12"),
    ("Ông Nguyễn Văn A", "Ông Nguyễn Văn A"),
    ("I. CÔNG TÁC CHỈ ĐẠO", "I. CÔNG TÁC CHỈ ĐẠO"),
    ("II. KẾT QUẢ", "II. KẾT QUẢ"),
    ("Ol đề án", "Ol đề án"),
    ("Năm 2022, 470 triệu đồng", "Năm 2022, 470 triệu đồng"),
    ("các năm 2024, 2025", "các năm 2024, 2025"),
    ("loại 1, 2, 3, 4, 9", "loại 1, 2, 3, 4, 9"),
    ("Luật số 72/2025/QH15", "Luật số 72/2025/QH15"),
    ("587/QĐ-UBND ngày 24/9/2021", "587/QĐ-UBND ngày 24/9/2021"),
    ("Covid-19 và 5G", "Covid-19 và 5G"),
    ("(I) Mục tiêu chung", "(I) Mục tiêu chung"),
    ("cấp tỉnh(1), trong đó", "cấp tỉnh(1), trong đó"),
    ("Khoa Tài chính - Kế toán | 1", "Khoa Tài chính - Kế toán | 1"),
    ("13.183,72 triệu đồng", "13.183,72 triệu đồng"),
    ("H. Văn Thụ", "H. Văn Thụ"),  # an initial, not a heading
    ("1, 2 và 3 đề án", "1, 2 và 3 đề án"),
    ("năm 2024, Sở", "năm 2024, Sở"),
    ("IV. BÀI HỌC", "IV. BÀI HỌC"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fix_ocr_text(text: str, expected: str) -> None:
    assert fix_ocr_text(text) == expected


USUAL = ["thực hiện 37 đề án", "10 đề án cho", "27 đề án cho", "các đề án khuyến công"]
STACKED_CASES = [
    # (lines of one OCR'd document, expected lines)
    (USUAL + ["thực hiện 11 để án khuyến"], USUAL + ["thực hiện 11 đề án khuyến"]),
    (USUAL + ["Để án khuyến công"], USUAL + ["Đề án khuyến công"]),  # case kept
    # NOT changed: a phrase the document does not usually print otherwise, marks not on a circumflex,
    # a variant as common as the usual one
    (USUAL + ["để hỗ trợ các cơ sở"], USUAL + ["để hỗ trợ các cơ sở"]),
    (USUAL + ["đê án mới"], USUAL + ["đề án mới"]),
    (USUAL + ["đẻ án"], USUAL + ["đẻ án"]),
    (["đề án", "để án", "đề án", "để án"], ["đề án", "để án", "đề án", "để án"]),
    ([], []),
]


@pytest.mark.parametrize(("lines", "expected"), STACKED_CASES)
def test_fix_stacked_marks(lines: list[str], expected: list[str]) -> None:
    assert fix_stacked_marks(lines) == expected
