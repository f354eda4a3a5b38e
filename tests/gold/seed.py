"""The seed report (../shared/seed/000_3bfc41f83deee874.txt, copied as corpus/seed.txt), written by hand
from reading it, not from the parsers' output: header, references, amounts, counts, footnote items.

Counts decided against the GUIDE's rules: `15 phút/chuyên mục` (a duration), `01 tin bài/tháng` (a
rate), `Covid-19`, `loại 1`, `thôn 12`, `tổ dân phố 2`, `Rượu 9 chum`, `Tân Thái 168`, `công nghiệp 1`,
years (`Năm 2022, 2023`), list numbers and the footnote lists are not counts.
"""

from datetime import date

# the header and closing as printed; the seed starts at `BÁO CÁO`: no issuer, number, place or date
HEADER: dict[str, object] = {
    "parent_issuer": None, "issuer": None,
    "number": None, "number_blank": False, "symbol": None,
    "place": None, "issued_on": None, "date_blank": False,
    "doc_type": "Báo cáo",
    "title": "Kết quả thực hiện Chương trình khuyến công địa phương giai đoạn 2021 - 2025 theo Quyết định số "
             "587/QĐ-UBND ngày 24/9/2021 của Uỷ ban nhân dân tỉnh Tuyên Quang",
    "recipients": ["Ủy ban nhân dân tỉnh Tuyên Quang"],
    "distribution": ["Như trên", "Lãnh đạo Sở", "Lưu VT, CN, VA"],
    "authority": "KT. GIÁM ĐỐC", "signer_title": "PHÓ GIÁM ĐỐC", "signer": "Hoàng Đức Tiến",
    "province": "Tuyên Quang",
}

QD_587 = date(2021, 9, 24)
UBND_TQ = "Ủy ban nhân dân tỉnh Tuyên Quang"

# (quoted text, kind, canonical, issued_on, issuer, date borrowed from the full mention), in reading order
SEED_MENTIONS = [
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, False),  # title
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, False),  # Căn cứ
    ("Quyết định số 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # (viết tắt là ...)
    ("Nghị định số 45/2012/NĐ-CP ngày 21/5/2012", "Nghị định", "45/2012/NĐ-CP", date(2012, 5, 21), "Chính phủ", False),
    ("Quyết định số 1881/QĐ-TTg ngày 20/11/2020", "Quyết định", "1881/QĐ-TTg", date(2020, 11, 20), "Thủ tướng Chính phủ", False),
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, False),
    ("QUYẾT ĐỊNH SỐ 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # heading II
    ("QUYẾT ĐỊNH SỐ 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # heading III
    ("Thông tư số 64/2024/TT-BTC ngày 28/8/2024", "Thông tư", "64/2024/TT-BTC", date(2024, 8, 28), "Bộ trưởng Bộ Tài chính", False),
    ("Thông tư số 28/2018/TT-BTC ngày 28/3/2018", "Thông tư", "28/2018/TT-BTC", date(2018, 3, 28), "Bộ Tài chính", False),
    ("Quyết định số 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # closing sentence
]

# (canonical, kind, mentions)
SEED_CITED = [
    ("587/QĐ-UBND", "Quyết định", [0, 1, 2, 5, 6, 7, 10]),
    ("45/2012/NĐ-CP", "Nghị định", [3]),
    ("1881/QĐ-TTg", "Quyết định", [4]),
    ("64/2024/TT-BTC", "Thông tư", [8]),
    ("28/2018/TT-BTC", "Thông tư", [9]),
]

SEED_SUBJECTS = {
    3: "về khuyến công",
    4: "phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025",
    8: "sửa đổi, bổ sung một số điều",
}

# (value_vnd, quote, funding_source)
AMOUNTS = [
    (1_000_000_000, "1.000 triệu đồng", "kinh phí khuyến công quốc gia"),
    (4_100_000_000, "4.100 triệu đồng", "kinh phí khuyến công quốc gia"),
    (3_340_000_000, "3.340 triệu đồng", "kinh phí khuyến công địa phương"),
    (3_700_000_000, "3.700 triệu đồng", None),
    (470_000_000, "470 triệu đồng", "nguồn khuyến công quốc gia"),
    (90_000_000, "90 triệu đồng", None),
    (180_000_000, "180 triệu đồng", None),
    (103_700_000, "103,7 triệu đồng", None),
    (13_183_720_000, "13.183,72 triệu đồng", None),
    (5_570_000_000, "5.570 triệu đồng", "Khuyến công quốc gia"),
    (3_700_000_000, "3.700 triệu đồng", "Khuyến công quốc gia"),
    (3_913_720_000, "3.913,72 triệu đồng", "Khuyến công địa phương"),
]

# (value, noun, quote), in text order
COUNTS = [
    (1, "mô hình", "01 mô hình"),
    (37, "đề án", "37 đề án"),
    (10, "đề án", "10 đề án"),
    (14, "cơ sở", "14 cơ sở"),
    (27, "đề án", "27 đề án"),
    (36, "cơ sở", "36 cơ sở"),
    (11, "đề án", "11 đề án"),
    (1, "đề án", "01 đề án"),
    (2, "kỳ bình chọn", "02 kỳ bình chọn"),
    (38, "sản phẩm", "38 sản phẩm"),
    (5, "sản phẩm", "05 sản phẩm"),
    (3, "cơ sở", "03 cơ sở"),
    (100, "đại biểu", "100 đại biểu"),
    (4, "hợp tác xã", "04 Hợp tác xã"),
    (1, "hội thảo", "01 Hội thảo"),
    (1, "đề án", "01 đề án"),
    (4, "cơ sở", "04 cơ sở"),
    (3, "đề án", "03 đề án"),
    (9, "chuyên mục", "09 chuyên mục"),
    (36, "tin bài", "36 tin bài"),  # after a name (`Báo Tuyên Quang`), and a common noun goes on: a count
    (3, "hội nghị", "03 Hội nghị"),
    (8, "làng nghề", "08 làng nghề"),
]


TSQ = "thành phố Tuyên Quang"
# (item, product, producer, address, producer_shared)
FOOTNOTE_1 = [
    (1, "Bộ Sản phẩm Chè Shan tuyết Hồng Thái: Chè Shan tuyết Hồng Thái loại 1, chè Shan tuyết Hồng Thái "
        "loại 2, chè Shan tuyết Hồng Thái loại 3", "Hợp tác xã Sơn Trà", "thôn Hồng Ba, xã Hồng Thái, Na Hang", False),
    (2, "Chè Xanh Ngọc Thúy Nõn", "Hợp tác xã Dịch vụ Sản xuất nông nghiệp Sử Anh",
     "thôn Tân Thành, xã Mỹ Bằng, Yên Sơn", False),
    (3, "Trà túi lọc đậu đen xanh lòng Chiêm Hóa", "Hợp tác xã Nông nghiệp hữu cơ Hồng Phát",
     "thôn Ngọc Quang, xã Kim Bình, Chiêm Hóa", False),
    (4, "Rượu ngô Na Hang", "Công ty TNHH Trung Phong", "tổ dân phố 2, thị trấn Na Hang", False),
    (5, "Rượu ngô Na Hang", "Hợp tác xã Nông nghiệp và Dịch vụ Kim Long", "thôn Nặm Đường, xã Sinh Long, Na Hang",
     False),
    (6, "Rượu gạo men lá Hùng Phát", "Hợp tác xã Nông Lâm nghiệp Hùng Phát", "thôn Lục Liêu, xã Tân Thanh, Sơn Dương",
     False),
    (7, "Rượu 9 chum", "Công ty TNHH Thương mại và Sản xuất Khánh Xuân", "thôn Vông Vàng 2, xã Xuân Vân, Yên Sơn",
     True),
    (8, "Rượu Chin Soju", "Công ty TNHH Thương mại và Sản xuất Khánh Xuân", "thôn Vông Vàng 2, xã Xuân Vân, Yên Sơn",
     False),
    (9, "Bổ gan Tuệ Tâm", "Công ty TNHH Thảo dược Tuệ Tâm", f"thôn 12, xã Kim Phú, {TSQ}", False),
    (10, "Mật ong hương rừng", "Hợp tác xã chăn nuôi ong Phong Thổ xã An Khang",
     f"thôn Phúc Lộc A, xã An Khang, {TSQ}", False),
    (11, "Mỳ khô Thuật Yến", "Hợp tác xã Dịch vụ Sản xuất nông nghiệp Thuật Yến", f"thôn 22, xã Kim Phú, {TSQ}",
     False),
    (12, "Bún khô Đà Vị", "Hợp tác xã Nông nghiệp Đà Vị", "thôn Phai Khằn, xã Đà Vị, Na Hang", False),
    (13, "Dầu lạc Thổ Bình", "Hợp tác xã Nông Lâm nghiệp Thổ Bình", "thôn Nà Cọn, xã Thổ Bình, Lâm Bình", False),
    (14, "Chuối sấy giòn", "Hợp tác xã An Quang", "tổ dân phố Tân Thịnh, thị trấn Sơn Dương", False),
    (15, "Bộ sản phẩm Dao rèn Ông cụ Thắng gồm Dao phay, Dao tông, Dao bài, Dao làm phở", "Hộ sản xuất Đinh Lệnh Đức",
     "thôn Tân Lập, xã Đức Ninh, Hàm Yên", False),
    (16, "Gạch Block tự chèn", "Công ty TNHH Xây dựng và Sản xuất Thành Huy", "thôn Thái Bình, xã Thái Sơn, Hàm Yên",
     False),
    (17, "Bê tông nghệ thuật", "Công ty TNHH đầu tư và xây lắp Lưu Gia", f"tổ 10, phường Nông Tiến, {TSQ}", False),
    (18, "Trà Ngọc Thuý cấp đông", "Hợp tác xã Dịch vụ Sản xuất Nông nghiệp Sử Anh",
     "Thôn Tân Thành, xã Mỹ Bằng,Yên Sơn", False),
    (19, "Bộ sản phẩm: Chè nõn Tân Thái Dương 168, Chè Tân Thái Dương 168", "Hợp tác xã Chè Tân Thái 168",
     "Xã Tân Thành, Hàm Yên", False),
    (20, "Chè Shan Tuyết Sinh Long Việt Dũng", "Công ty TNHH Việt Dũng Tuyên Quang", "Tổ 9, thị trấn Na Hang", False),
    (21, "Chè Shan Tuyết Na Hang", "Công ty Cổ phẩn Chè Shan Tuyết Na Hang", "Tổ 4, thị trấn Na Hang", False),
    (22, "Chè Thôm Loà", "Hợp tác xã Nông lâm nghiệp và dịch vụ Tân An", "Thôn Tân Hội, xã Tân An, Chiêm Hoá", False),
    (23, "Chè xanh đặc sản Hương Trà", "Công ty TNHH Sản xuất và Thương mại Hương Trà",
     "Thôn Lập Thành, xã Mỹ Bằng, Yên Sơn", True),
    (24, "Trà thảo dược xạ đen", "Công ty TNHH Sản xuất và Thương mại Hương Trà", "Thôn Lập Thành, xã Mỹ Bằng, Yên Sơn",
     False),
    (25, "Trà túi lọc Cà gai leo, Giảo cổ lam", "Công ty TNHH Thảo Dược Phạm Trình",
     "Thôn Cầu Xi, Xã Thiện Kế, Sơn Dương", False),
    (26, "Trà túi lọc rau má đậu đen Tuệ Tâm", "Công ty TNHH Thảo dược Tuệ Tâm",
     "Thôn 12, Xã Kim Phú, Thành phố Tuyên Quang", False),
    (27, "Trà Ổi Bình Minh", "Hợp tác xã Nông sản Hữu cơ Bình Minh", "Thôn Nhùng Dàm, xã Tứ Quận, Yên Sơn", True),
    (28, "Hoa đu đủ đực ngâm mật ong Bình Minh", "Hợp tác xã Nông sản Hữu cơ Bình Minh",
     "Thôn Nhùng Dàm, xã Tứ Quận, Yên Sơn", False),
    (29, "Mật ong nhãn Bình Ca", "Hợp tác xã Dịch vụ Sản xuất Nông nghiệp Hùng Hậu", "Thôn 6, xã Thái Bình, Yên Sơn",
     False),
    (30, "Bộ sản phẩm: Siro Chanh, Siro Tắc", "Hợp tác xã nông sản và dược liệu Minh Thảo",
     "Thôn 1, Mỏ Nghiều, Tân Thành, Hàm Yên", False),
    (31, "Cốt cà gai leo Nhất Tâm Đường", "Công ty TNHH Nhất Tâm Đường", f"Thôn 3, xã Lưỡng Vượng, {TSQ}", False),
    (32, "Ốc nhồi ống lam", "Hộ kinh doanh Nguyễn Văn Chiến", f"Thôn 18, xã Kim Phú, {TSQ}", False),
    (33, "Xúc xích lợn thảo dược Sáng Nhung",
     "Hợp tác xã Sản xuất Chế biến thực phẩm an toàn Sáng Nhung Sáng Nhung", "Thôn Đông Thịnh, xã Đông Thọ, Sơn Dương",
     True),
    (34, "Bộ sản phẩm: Chả mỡ lợn, Giò bì lợn, Giò lụa lợn thảo dược",
     "Hợp tác xã Sản xuất Chế biến thực phẩm an toàn Sáng Nhung Sáng Nhung", "Thôn Đông Thịnh, xã Đông Thọ, Sơn Dương",
     False),
    (35, "Lạp Sườn hun mía", "Hộ kinh doanh Lê Quang Hải", f"Thôn 21, xã Kim Phú, {TSQ}", False),
    (36, "Thịt trâu khô Hùng Mỹ", "Hợp tác xã Nông nghiệp và Dịch vụ Thành Công", "Thôn Đình, xã Hùng Mỹ, Chiêm Hóa",
     False),
    (37, "Bộ Sản phẩm Bột rắc cơm Lâm Bình: Vị Cá lăng, Vị Lạc sen đỏ", "Hợp tác xã Nông Lâm - Ngư nghiệp Lâm Bình",
     "Tổ dân phố Nà Khà, thị trấn Lăng Can, Lâm Bình", False),
    (38, "Bộ sản phẩm: Dĩa, thìa, que kem, que khuấy, dao gỗ Hải Đăng",
     "Công ty TNHH MTV Sản xuất và Thương mại Hải Đăng", "Thôn Oăng, xã Đạo Viện, Yên Sơn", False),
]
FOOTNOTE_2 = [
    FOOTNOTE_1[0],
    FOOTNOTE_1[1],
    FOOTNOTE_1[2],
    (4, "Rượu 9 chum", "Công ty TNHH Thương mại và Sản xuất Khánh Xuân", "thôn Vông Vàng 2, xã Xuân Vân, Yên Sơn",
     False),
    (5, "Mỳ khô Thuật Yến", "Hợp tác xã Dịch vụ Sản xuất nông nghiệp Thuật Yến", f"thôn 22, xã Kim Phú, {TSQ}", False),
]
