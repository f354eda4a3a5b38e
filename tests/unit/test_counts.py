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
    ("Tổ chức 15 lượt làm việc trực tiếp", [(15, "lượt làm việc", "15 lượt làm việc")]),
    ("ban hành 05 văn bản¹ chỉ đạo", [(5, "văn bản", "05 văn bản")]),  # footnote marker after the noun
    ("đã xây dựng 2.993.927 thửa đất", [(2993927, "thửa đất", "2.993.927 thửa đất")]),
    ("Năm 2022, 2023 Trung tâm tổ chức 03 Hội nghị tập huấn", [(3, "hội nghị", "03 Hội nghị")]),
    ("trong đó cấp tỉnh 60 TTHC.", [(60, "tthc", "60 TTHC")]),
    ("Có 3 con trâu và 2 chiếc xe", [(3, "con trâu", "3 con trâu"), (2, "chiếc xe", "2 chiếc xe")]),
    # the counted noun as printed: a compound is kept whole, a glued or trailing word is not taken
    ("thông tin 8.081 tàu cá (gồm: 8.081 chủ tàu/chủ tàu kiêm thuyền trưởng",
     [(8081, "tàu cá", "8.081 tàu cá"), (8081, "chủ tàu", "8.081 chủ tàu")]),
    ("đã phát sinh 6.317 hồ sơ cấp phiếu Lý lịch tư pháp", [(6317, "hồ sơ", "6.317 hồ sơ")]),
    ("đến nay đã đăng tải 162 bài viết trên chuyên mục", [(162, "bài viết", "162 bài viết")]),
    ("Cập nhật 84.605 tờ khai với thông tin 96.799 phương tiện lên hệ thống",
     [(84605, "tờ khai", "84.605 tờ khai"), (96799, "phương tiện", "96.799 phương tiện")]),
    ("phục vụ khoảng 2.000 người dùng thường xuyên", [(2000, "người dùng", "2.000 người dùng")]),
    ("rà soát, làm sạch dữ liệu 20.901 người có công.", [(20901, "người", "20.901 người")]),
    ("Tổ chức 02 kỳ bình chọn sản phẩm", [(2, "kỳ bình chọn", "02 kỳ bình chọn")]),
    ("đã công bố 68 Quyết định danh mục TTHC; trong đó", [(68, "quyết định", "68 Quyết định")]),
    ("tỉnh đã công bố 598 TTHC nội bộ thuộc phạm vi", [(598, "tthc", "598 TTHC")]),
    ("Cập nhật thông tin các hội: 56.920 hội viên hội người cao tuổi", [(56920, "hội viên", "56.920 hội viên")]),
    ("Hình thành mới 05 Khu công nghiệp, nâng tổng số lên 12 KCN",
     [(5, "khu công nghiệp", "05 Khu công nghiệp"), (12, "kcn", "12 KCN")]),
    ("bảo đảm chính quyền địa phương 02 cấp vận hành ổn định", [(2, "cấp", "02 cấp")]),
    ("mô hình tổ chức chính quyền địa phương 02 cấp tỉnh Lâm Đồng;", [(2, "cấp", "02 cấp")]),
    ("đã chuyển nguyên trạng 1.376 các đơn vị sự nghiệp", [(1376, "đơn vị", "1.376 các đơn vị")]),
    ("giải quyết 360.414 hồ sơ trực tuyến/370.320 tổng hồ sơ tiếp nhận",
     [(360414, "hồ sơ", "360.414 hồ sơ"), (370320, "tổng hồ sơ", "370.320 tổng hồ sơ")]),
    # after a name, a count goes on with a common noun; the name's own number is followed by another name
    ("khuyến công trên Báo Tuyên Quang 36 tin bài (01 tin bài/tháng)", [(36, "tin bài", "36 tin bài")]),
    ("của Báo và Phát thanh, Truyền hình Lâm Đồng 22 Chương trình “Đối thoại”",
     [(22, "chương trình", "22 Chương trình")]),
    ("Kho bạc Nhà nước khu vực XVI 11 TTHC; Công an tỉnh 167 TTHC",
     [(11, "tthc", "11 TTHC"), (167, "tthc", "167 TTHC")]),
    ("nhân sự được bố trí cho Trung tâm 841 cán bộ, công chức", [(841, "cán bộ", "841 cán bộ")]),
    ("trên địa bàn 63 tỉnh, thành phố", [(63, "tỉnh", "63 tỉnh")]),
    ("bộ máy của 03 tỉnh Lâm Đồng, Bình Thuận, Đắk Nông", [(3, "tỉnh", "03 tỉnh")]),
    ("Chè Tân Thái Dương 168 Hợp tác xã Chè Tân Thái", []),
    ("do Công ty TNHH Sản xuất và Thương mại 186 Yên Bái đề xuất", []),
    ("triển khai Công điện 232 của Thủ tướng", []),
    ("Tổ 5 khu phố 3 phường 12", []),
    ("Đội 3 thôn Tân Lập", []),
    # a document or body head names a number only when capitalised; in lower case it is a verb or a plain noun
    ("Sở đã báo cáo 05 nội dung chính", [(5, "nội dung", "05 nội dung")]),
    ("Ủy ban nhân dân tỉnh quyết định 05 dự án trọng điểm", [(5, "dự án", "05 dự án")]),
    ("thành lập 05 tổ công tác", [(5, "tổ công tác", "05 tổ công tác")]),
    ("thực hiện Chương trình 135 giai đoạn hai", []),
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
    ("Xây dựng 01 mô hình. Trung tâm Khuyến công và Tư vấn phát triển công nghiệp 1 trực thuộc Cục",
     [(1, "mô hình", "01 mô hình")]),
    # ... but a bare digit that closes no name still counts
    ("HĐND tỉnh đã thông qua 08 nghị quyết; HĐND tỉnh đã thông qua 6 nghị quyết",
     [(8, "nghị quyết", "08 nghị quyết"), (6, "nghị quyết", "6 nghị quyết")]),
    ("Có 02 cấp; khi thực hiện chính quyền địa phương 2 cấp đến các sở", [(2, "cấp", "02 cấp"), (2, "cấp", "2 cấp")]),
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
    ("kiểm đếm 59/76 hộ; chi trả cho 18/76 hộ", []),
    ("Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2", []),  # values of a code, not counts
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
    # provincial report forms (generalisation audit)
    # administrative reform
    ("Trong kỳ, tiếp nhận 1.234 hồ sơ, giải quyết 1.200 hồ sơ trước và đúng hạn",
     [(1234, "hồ sơ", "1.234 hồ sơ"), (1200, "hồ sơ", "1.200 hồ sơ")]),
    ("cấp 85 giấy phép xây dựng cho các hộ gia đình", [(85, "giấy phép", "85 giấy phép")]),
    ("hướng dẫn, tiếp 35 lượt công dân đến kiến nghị", [(35, "lượt công dân", "35 lượt công dân")]),
    # education
    ("Toàn tỉnh có 45 trường đạt chuẩn quốc gia với 1.200 học sinh",
     [(45, "trường", "45 trường"), (1200, "học sinh", "1.200 học sinh")]),
    ("sáp nhập 3 điểm trường lẻ vào trường chính", [(3, "điểm trường", "3 điểm trường")]),
    ("tuyển mới 320 học sinh vào lớp 1 năm học 2025-2026", [(320, "học sinh", "320 học sinh")]),
    ("Trường Tiểu học số 2 có 450 học sinh", [(450, "học sinh", "450 học sinh")]),
    # health
    ("khám bệnh cho 1.500 lượt người, trong đó 300 trẻ em dưới 6 tuổi",
     [(1500, "lượt người", "1.500 lượt người"), (300, "trẻ em", "300 trẻ em")]),
    ("Phòng khám số 3 tiếp nhận 45 bệnh nhân", [(45, "bệnh nhân", "45 bệnh nhân")]),
    # agriculture
    ("hỗ trợ 250 hộ xây dựng 12 mô hình chăn nuôi", [(250, "hộ", "250 hộ"), (12, "mô hình", "12 mô hình")]),
    ("tổng đàn 3.000 con gia súc; tiêm phòng cho 12.500 con gia cầm",
     [(3000, "con gia súc", "3.000 con gia súc"), (12500, "con gia cầm", "12.500 con gia cầm")]),
    ("Trong năm 2025, toàn tỉnh có 15 xã đạt chuẩn nông thôn mới", [(15, "xã", "15 xã")]),
    # inspection
    ("kiểm tra 14 cơ sở, phát hiện 3 cơ sở vi phạm", [(14, "cơ sở", "14 cơ sở"), (3, "cơ sở", "3 cơ sở")]),
    ("xử phạt 2 trường hợp với số tiền 15 triệu đồng", [(2, "trường hợp", "2 trường hợp")]),
    ("Đoàn kiểm tra 20 cơ sở kinh doanh thực phẩm", [(20, "cơ sở", "20 cơ sở")]),
    # meetings
    ("tổ chức 5 hội nghị với 300 lượt người tham dự",
     [(5, "hội nghị", "5 hội nghị"), (300, "lượt người", "300 lượt người")]),
    ("Ngày 15/3/2025, Sở tổ chức 1 hội nghị sơ kết", [(1, "hội nghị", "1 hội nghị")]),
    ("2. Kết quả thực hiện 10 nhiệm vụ trọng tâm", [(10, "nhiệm vụ", "10 nhiệm vụ")]),
    # look-alikes: addresses
    ("Hộ ông Nguyễn Văn An, thôn 12, xã Hòa Bình có 5 nhân khẩu", [(5, "nhân khẩu", "5 nhân khẩu")]),
    ("Trụ sở tại số 5 đường Lê Lợi, phòng 201 tầng 2", []),
    ("sửa chữa đoạn từ km 15 đến km 20 Quốc lộ 3", []),
    ("sinh hoạt tại Tổ dân phố 2, phường Tân Hà", []),
    ("Chi bộ tổ 10 họp định kỳ", []),
    # names
    ("sản phẩm chè của Hợp tác xã Tân Thái 168 được công nhận", []),
    ("Trung tâm Khuyến nông 1 tổ chức 02 lớp tập huấn", [(2, "lớp tập huấn", "02 lớp tập huấn")]),
    ("ảnh hưởng của dịch Covid-19 đến 120 doanh nghiệp", [(120, "doanh nghiệp", "120 doanh nghiệp")]),
    # grades, durations, rates, ratios, percentages, years, dates, money, references
    ("công nhận sản phẩm đạt hạng II và cơ sở loại 1", []),
    ("mỗi buổi kéo dài 15 phút, thời gian thực hiện 2 năm", []),
    ("đăng 02 bài/tuần trên cổng thông tin", []),
    ("có 26.770/47.826 hộ được cấp nước sạch; 12/63 tỉnh, thành phố", []),
    ("đạt 98,5% hồ sơ đúng hạn", []),
    ("từ ngày 01/7/2025 đến Quý 3 năm 2025", []),
    ("với tổng kinh phí 1.500 triệu đồng, hỗ trợ 200 nghìn đồng/người", []),
    ("theo Kế hoạch số 123/KH-UBND ngày 10/01/2025", []),
    ("quy định tại Điều 5, khoản 2 Nghị định; Mục 1 Chương III", []),
    ("lao động trên 60 tuổi", []),
    # measurements, times, ordinals, named resolutions
    ("diện tích 3.052,81 ha đất rừng", []),
    ("xây dựng 20 km đường giao thông nông thôn", []),
    ("xây mới 500 m2 nhà lớp học", []),
    ("thu gom 10 tấn rác thải", []),
    ("bắt đầu từ 8 giờ sáng", []),
    ("Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh", []),
    ("quán triệt Nghị quyết Đại hội XIII của Đảng", []),
    ("triển khai Nghị quyết 57 về phát triển khoa học", []),
    ("tổ chức 3 lớp bồi dưỡng cho 150 học viên",
     [(3, "lớp bồi dưỡng", "3 lớp bồi dưỡng"), (150, "học viên", "150 học viên")]),
    ("phát hiện 3 vụ vi phạm, thu giữ 120 kg hàng hóa", [(3, "vụ vi phạm", "3 vụ vi phạm")]),
    ("Nghị định gồm 5 chương, 40 điều", [(5, "chương", "5 chương"), (40, "điều", "40 điều")]),
    ("Tổ 5 họp với 20 hộ dân; Khu phố 3 có 120 hộ", [(20, "hộ dân", "20 hộ dân"), (120, "hộ", "120 hộ")]),
    ("thời hạn 05 ngày làm việc, bắt đầu lúc 08 giờ 30 phút", []),
    ("sửa chữa mặt đường tại Km 15+200 Quốc lộ 3B", []),  # a chainage
]

# Known limits, kept as strict expected failures so that a fix shows up:
# - a one-syllable head before a two-syllable noun is cut (`trạm | y tế`): taking the pair would also
#   take `02 cấp vận hành`, which pyvi tags as a noun there;
# - pyvi segments `tổ hợp | tác`;
# - without leading zeros in the document a bare digit after a name still counts (`Rượu 9 chum`).
LIMITS = [
    ("Hiện có 12 trạm y tế có bác sĩ; bổ sung 15 bác sĩ cho tuyến xã",
     [(12, "trạm y tế", "12 trạm y tế"), (15, "bác sĩ", "15 bác sĩ")]),
    ("thành lập mới 04 Hợp tác xã và 2 tổ hợp tác",
     [(4, "hợp tác xã", "04 Hợp tác xã"), (2, "tổ hợp tác", "2 tổ hợp tác")]),
    ("Sản phẩm Rượu 9 chum được công nhận OCOP", []),
]


@pytest.mark.parametrize(
    "text, expected", CASES + [pytest.param(*case, marks=pytest.mark.xfail(strict=True)) for case in LIMITS]
)
def test_find_counts(text: str, expected: list[tuple[int, str, str]]) -> None:
    doc = from_text(text)
    counts = find_counts(doc)
    assert [(c.value, c.noun, c.text) for c in counts] == expected
    for count in counts:
        assert doc.text[count.start : count.end] == count.text
