"""find_counts: a number and the noun it counts; the numbers that only look like counts are left alone."""

import pytest

from extract.normalise import from_text
from extract.parse.counts import find_counts

# input text → [(value, noun, quoted text)]
CASES = [
    ("Thực hiện 37 đề án ứng dụng thiết bị", [(37, "đề án", "37 đề án")]),
    ("hỗ trợ 10 đề án cho 14 cơ sở công nghiệp nông thôn", [(10, "đề án", "10 đề án"), (14, "cơ sở", "14 cơ sở")]),
    ("tư vấn cho 04 Hợp tác xã trên địa bàn tỉnh", [(4, "hợp tác xã", "04 Hợp tác xã")]),
    ("Hội thảo chuyên đề (100 đại biểu tham gia);", [(100, "đại biểu", "100 đại biểu")]),
    ("Xây dựng được 01 mô hình trình diễn", [(1, "mô hình", "01 mô hình")]),
    ("Toàn tỉnh mới có 08 làng nghề chè được công nhận", [(8, "làng nghề", "08 làng nghề")]),
    ("hình thành 56 cụm công nghiệp với tổng diện tích", [(56, "cụm công nghiệp", "56 cụm công nghiệp")]),
    ("tiếp nhận 339.133 hồ sơ, đã giải quyết", [(339133, "hồ sơ", "339.133 hồ sơ")]),
    ("trên tổng số 8.283 hồ sơ tiếp nhận", [(8283, "hồ sơ", "8.283 hồ sơ")]),
    ("Tổ chức 15 lượt làm việc trực tiếp", [(15, "lượt", "15 lượt")]),
    ("ban hành 05 văn bản¹ chỉ đạo", [(5, "văn bản", "05 văn bản")]),  # footnote marker after the noun
    ("đã xây dựng 2.993.927 thửa đất", [(2993927, "thửa đất", "2.993.927 thửa đất")]),
    ("Năm 2022, 2023 Trung tâm tổ chức 03 Hội nghị tập huấn", [(3, "hội nghị", "03 Hội nghị")]),
    ("trong đó cấp tỉnh 60 TTHC.", [(60, "tthc", "60 TTHC")]),
    ("Có 3 con trâu và 2 chiếc xe", [(3, "con trâu", "3 con trâu"), (2, "chiếc xe", "2 chiếc xe")]),
    # addresses, names and identifiers: the number follows the noun
    ("Công ty TNHH Thảo dược Tuệ Tâm, thôn 12, xã Kim Phú", []),
    ("Công ty TNHH Lưu Gia, tổ 10, phường Nông Tiến", []),
    ("Công ty TNHH Trung Phong, tổ dân phố 2, thị trấn Na Hang", []),
    ("Hợp tác xã Chè Tân Thái 168 Xã Tân Thành, Hàm Yên", []),
    ("Công ty TNHH Lâm nghiệp 888 Yên Bái; diện tích 75ha", []),
    ("chuyển đổi số và Đề án 06 tỉnh Lâm Đồng báo cáo", []),
    ("Tham mưu Ban Chỉ đạo 57 tỉnh tổ chức Hội nghị", []),
    ("Ban Quản lý dự án đầu tư xây dựng số 1 làm chủ đầu tư", []),
    ("Chè Shan tuyết Hồng Thái loại 1, chè Shan tuyết loại 2", []),
    ("ảnh hưởng của đại dịch Covid-19, tìm cơ hội", []),
    ("khởi công trong tháng 7 năm 2026", []),
    ("hồ sơ thu hồi đất giai đoạn 1 (9,5 ha)", []),
    # a single digit without its leading zero, in a document that pads counts, is a name part
    ("Xây dựng 01 mô hình. Trung tâm Tư vấn phát triển công nghiệp 1 tổ chức 01 Hội thảo",
     [(1, "mô hình", "01 mô hình"), (1, "hội thảo", "01 Hội thảo")]),
    ("Bình chọn 05 sản phẩm; 7. Rượu 9 chum; 8. Rượu Chin Soju", [(5, "sản phẩm", "05 sản phẩm")]),
    # durations, rates, measures, money, percentages, ratios, dates, references, years, list numbers
    ("thời lượng 15 phút/chuyên mục", []),
    ("trong thời gian 03 tháng", []),
    ("tuyên truyền 01 tin bài/tháng", []),
    ("cho trẻ em dưới 6 tuổi", []),
    ("tổng diện tích 338 ha", []),
    ("với kinh phí hỗ trợ 470 triệu đồng", []),
    ("đạt 56% trên tổng lượt", []),
    ("100 % hồ sơ", []),
    ("thanh toán 26.770/47.826 lượt", []),
    ("đã triển khai 13/19 nhiệm vụ", []),
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Ủy ban", []),
    ("ngày 16 tháng 6 năm 2025", []),
    ("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", []),
    ("1. Công tác tham mưu xây dựng văn bản", []),
    ("(1) Chỉ đạo, đôn đốc các sở", []),
    ("13.Dầu lạc Thổ Bình", []),
    ("kết nối từ nút giao IC18 đường cao tốc", []),
    ("chiều dài khoảng 2,6 km", []),
    ("công suất 4.758,5 MW", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find_counts(text: str, expected: list[tuple[int, str, str]]) -> None:
    doc = from_text(text)
    counts = find_counts(doc)
    assert [(c.value, c.noun, c.text) for c in counts] == expected
    for count in counts:
        assert doc.text[count.start : count.end] == count.text
