"""fix_ocr_text, fix_stacked_marks: OCR's predictable misreadings repaired, words and look-alikes
left as printed."""

from __future__ import annotations

import pytest

from extract.read.ocr_fixes import fix_ocr_text, fix_stacked_marks

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
    # a word's marks misread: respelled where exactly one reading makes a dictionary word with a neighbour
    ("Chính phú quy định chi tiết", "Chính phủ quy định chi tiết"),  # hook read as acute
    ("của Bộ Giáo đục và Đào tạo", "của Bộ Giáo dục và Đào tạo"),  # stroke seen on d
    ("Giấy phép vận chuyền hàng hóa", "Giấy phép vận chuyển hàng hóa"),  # hook read as grave
    ("tiếp nhận hô sơ, thẩm định", "tiếp nhận hồ sơ, thẩm định"),  # tone on a circumflex lost
    ("sửa đổi, bố sung một số điều", "sửa đổi, bổ sung một số điều"),
    ("và được sửa đồi, bồ sung thuộc", "và được sửa đổi, bổ sung thuộc"),
    ("V/v triên khai thực hiện", "V/v triển khai thực hiện"),
    ("hướng dẫn, tô chức thực hiện", "hướng dẫn, tổ chức thực hiện"),
    ("cho các tô chức/cá nhân", "cho các tổ chức/cá nhân"),
    ("người dân đôi với dịch vụ", "người dân đối với dịch vụ"),
    ("phê duyệt Đê án", "phê duyệt Đề án"),
    ("Khoa Tài chính - Kê toán", "Khoa Tài chính - Kế toán"),
    ("có đê nghị của Trung tâm", "có đề nghị của Trung tâm"),
    ("phân cáp cho Ủy ban", "phân cấp cho Ủy ban"),  # hat lost
    ("THÀNH PHÓ HÒ CHÍ MINH", "THÀNH PHỐ HÒ CHÍ MINH"),  # a name is in no dictionary: HÒ stays
    ("phạm vi chúc năng quản lý", "phạm vi chức năng quản lý"),  # horn lost
    ("hoặc chỉ nhánh trên địa bàn", "hoặc chi nhánh trên địa bàn"),  # dot of i read as a tone
    ("Đối tượng và phạm vì khảo sát", "Đối tượng và phạm vi khảo sát"),
    ("địch vụ giáo đục công", "dịch vụ giáo dục công"),
    ("Công ty Cổ phẩn", "Công ty Cổ phần"),  # a syllable the dictionary does not know: any one mark
    ("Khoản 1 Điều § Thông tư", "Khoản 1 Điều 8 Thông tư"),
    ("theo khoản § Điều 3", "theo khoản 8 Điều 3"),
    ("Quyết định số 595§/QĐ-BVT ngày", "Quyết định số 5958/QĐ-BVT ngày"),  # `§` beside digits
    ("ngày 27 tháng 9 năm 202!", "ngày 27 tháng 9 năm 2021"),
    ("Quyết định số 5959//QĐ-BVT ngày", "Quyết định số 5959/QĐ-BVT ngày"),  # stray marks inside a symbol
    ("Nghị quyết số 05-:NQ/TU ngày", "Nghị quyết số 05-NQ/TU ngày"),
    ("Kế hoạch số 12/.KH-UBND", "Kế hoạch số 12/KH-UBND"),
    ("- Bộ trưởng (đê b/c);", "- Bộ trưởng (để b/c);"),
    ("- Cục Cảnh sát giao thông (đê p/h);", "- Cục Cảnh sát giao thông (để p/h);"),
    # must NOT change: right words, names, acronyms, codes, words with two readings
    ("cấp tỉnh, cụ thể", "cấp tỉnh, cụ thể"),  # `cấp tính` is a word, but an acute is no misread hook
    ("phía Bắc năm 2024", "phía Bắc năm 2024"),
    ("xã Đông Thọ, Sơn Dương", "xã Đông Thọ, Sơn Dương"),
    ("Dao làm phở", "Dao làm phở"),
    ("thực hiện để kịp thời", "thực hiện để kịp thời"),
    ("hướng dẫn các sở, ban, ngành", "hướng dẫn các sở, ban, ngành"),
    ("chính công tỉnh", "chính công tỉnh"),  # `chính cống`: a rare syllable is no reading of a common one
    ("ông Hoàng Đức Tiến", "ông Hoàng Đức Tiến"),
    ("tỉnh Đắk Lắk", "tỉnh Đắk Lắk"),
    ("Trương Thanh Hoài", "Trương Thanh Hoài"),
    ("Phó Giám đốc Sở", "Phó Giám đốc Sở"),
    ("Lưu: VT, ATMT.", "Lưu: VT, ATMT."),
    ("Trung tâm QLCL; các khoa", "Trung tâm QLCL; các khoa"),
    ("số 2637/BGDĐT-VP", "số 2637/BGDĐT-VP"),
    ("(Đề án 06)", "(Đề án 06)"),
    ("ký hiệu § 3", "ký hiệu § 3"),
    ("Tuyệt vời! Năm 2021", "Tuyệt vời! Năm 2021"),
    ("đạt 100%! Tiếp", "đạt 100%! Tiếp"),
    ("ngày 12/3/2025, ông", "ngày 12/3/2025, ông"),  # a date is no symbol
    ("mã 12-/A", "mã 12-/A"),
    ("đê điều", "đê điều"),
    ("vận chuyển hàng hóa", "vận chuyển hàng hóa"),
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
    # a pair the dictionary does not know: only a tone the variant lost is put back
    (["chọn mẫu", "chọn mẫu", "chọn mẫu", "chọn mâu ngẫu nhiên"], ["chọn mẫu", "chọn mẫu", "chọn mẫu", "chọn mẫu ngẫu nhiên"]),
    (["nhân dân các", "nhân dân các", "nhân dân các", "hướng dẫn các sở"],
     ["nhân dân các", "nhân dân các", "nhân dân các", "hướng dẫn các sở"]),
    # a lower-case word the dictionary does not know, as the document usually prints it
    (["cấp lại", "cấp mới", "cấp tỉnh", "thủ tục câp"], ["cấp lại", "cấp mới", "cấp tỉnh", "thủ tục cấp"]),
    (["Cấp lại", "cấp mới", "cấp tỉnh", "được câp, đọc"], ["Cấp lại", "cấp mới", "cấp tỉnh", "được cấp, đọc"]),
    # NOT changed: a name (capitalised), a word printed as often as the usual one
    (["nguyên nhân", "nguyên tắc", "nguyên liệu", "ông Nguyễn Văn A"],
     ["nguyên nhân", "nguyên tắc", "nguyên liệu", "ông Nguyễn Văn A"]),
    (["cấp lại", "câp mới", "cấp tỉnh", "thủ tục câp"], ["cấp lại", "câp mới", "cấp tỉnh", "thủ tục câp"]),
    ([], []),
]


@pytest.mark.parametrize(("lines", "expected"), STACKED_CASES)
def test_fix_stacked_marks(lines: list[str], expected: list[str]) -> None:
    assert fix_stacked_marks(lines) == expected
