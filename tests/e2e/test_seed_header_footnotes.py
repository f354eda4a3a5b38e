"""The seed report read from its text file: header, closing and both footnote lists, item by item.

Expected values were written by hand from reading ../shared/seed/000_3bfc41f83deee874.txt.
The seed starts at `BÁO CÁO`: it prints no issuer, number, place or date.
"""

from __future__ import annotations

import pytest

from extract.normalise import normalise
from extract.parse.footnotes import parse_footnotes
from extract.parse.header import infer_province, parse_header
from extract.read.text import read_text


@pytest.fixture(scope="module")
def seed_doc(seed_path):
    return normalise(read_text(seed_path))


@pytest.fixture(scope="module")
def header(seed_doc):
    return parse_header(seed_doc)


@pytest.fixture(scope="module")
def footnotes(seed_doc):
    return parse_footnotes(seed_doc)


def test_no_issuer_block(header):
    assert header.issuer is None and header.parent_issuer is None
    assert header.number is None and header.symbol is None and not header.number_blank
    assert header.place is None and header.issued_on is None and not header.date_blank


def test_type_title_recipient(header):
    assert (header.doc_type.value, header.doc_type.text) == ("Báo cáo", "BÁO CÁO")
    assert header.title.value == (
        "Kết quả thực hiện Chương trình khuyến công địa phương giai đoạn 2021 - 2025 theo Quyết định số "
        "587/QĐ-UBND ngày 24/9/2021 của Uỷ ban nhân dân tỉnh Tuyên Quang"
    )
    assert [r.value for r in header.recipients] == ["Ủy ban nhân dân tỉnh Tuyên Quang"]


def test_closing(header):
    assert [d.value for d in header.distribution] == ["Như trên", "Lãnh đạo Sở", "Lưu VT, CN, VA"]
    assert (header.authority.value, header.authority.text) == ("KT. GIÁM ĐỐC", "KT.GIÁM ĐỐC")
    assert header.signer_title.text == "PHÓ GIÁM ĐỐC"
    assert header.signer.text == "Hoàng Đức Tiến"


def test_every_field_quotes_the_text(seed_doc, header, footnotes):
    markers, notes = footnotes
    fields = [v for _, v in header if hasattr(v, "start")] + header.recipients + header.distribution
    items = [item for note in notes for item in note.items]
    for field in [*fields, *markers, *notes, *items]:
        assert seed_doc.text[field.start : field.end] == field.text


def test_province(seed_doc, header):
    assert infer_province(seed_doc, header) == "Tuyên Quang"


def test_markers_link_to_footnotes(footnotes):
    markers, notes = footnotes
    assert [m.footnote for m in markers] == ["1", "2"]
    assert [n.footnote for n in notes] == ["1", "2"]
    assert [len(n.items) for n in notes] == [38, 5]


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


@pytest.mark.parametrize("note, expected", [(0, row) for row in FOOTNOTE_1] + [(1, row) for row in FOOTNOTE_2])
def test_footnote_item(footnotes, note, expected):
    item = footnotes[1][note].items[expected[0] - 1]
    assert (item.item, item.product, item.producer, item.address, item.producer_shared) == expected
    assert item.text.startswith(f"{expected[0]}.")
