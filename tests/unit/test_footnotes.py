"""Footnote parser: markers linked to footnotes, and lists inside footnotes split into items with
product / producer / address. Tables of footnote texts → expected items."""

from __future__ import annotations

import pytest

from extract.normalise import normalise
from extract.parse.footnotes import parse_footnotes
from extract.read.model import RawDocument, RawLine, RawPage


def _doc(body: str, footnotes: dict[str, str]):
    """A one-page document: body lines (markers as superscripts) and footnotes by label."""
    lines = [RawLine(text=line, new_paragraph=True) for line in body.split("\n")]
    lines += [RawLine(text=text, kind="footnote", footnote_label=label) for label, text in footnotes.items()]
    return normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="txt"))


def _items(text: str) -> list[tuple]:
    _, footnotes = parse_footnotes(_doc("Công nhận 05 sản phẩm¹.", {"1": text}))
    return [(i.item, i.product, i.producer, i.address, i.producer_shared) for i in footnotes[0].items]


SHARED = True
ITEMS = [
    # producer after a comma-less product, address with level words
    ("1. Bổ gan Tuệ Tâm Công ty TNHH Thảo dược Tuệ Tâm, thôn 12, xã Kim Phú, thành phố Tuyên Quang; "
     "2. Chuối sấy giòn Hợp tác xã An Quang, tổ dân phố Tân Thịnh, thị trấn Sơn Dương.",
     [(1, "Bổ gan Tuệ Tâm", "Công ty TNHH Thảo dược Tuệ Tâm", "thôn 12, xã Kim Phú, thành phố Tuyên Quang", False),
      (2, "Chuối sấy giòn", "Hợp tác xã An Quang", "tổ dân phố Tân Thịnh, thị trấn Sơn Dương", False)]),
    # address starting at a capitalised level word without a comma; last part without level word
    ("1. Chè Shan Tuyết Công ty TNHH Việt Dũng Tuyên Quang Tổ 9, thị trấn Na Hang; "
     "2. Siro Chanh Hợp tác xã Minh Thảo Thôn 1, Mỏ Nghiều, Tân Thành, Hàm Yên",
     [(1, "Chè Shan Tuyết", "Công ty TNHH Việt Dũng Tuyên Quang", "Tổ 9, thị trấn Na Hang", False),
      (2, "Siro Chanh", "Hợp tác xã Minh Thảo", "Thôn 1, Mỏ Nghiều, Tân Thành, Hàm Yên", False)]),
    # shared producer: written once for consecutive items; `13.Dầu` without a space
    ("1. Rượu 9 chum; 2. Rượu Chin Soju Công ty TNHH Thương mại Khánh Xuân, thôn Vông Vàng 2, xã Xuân Vân, Yên Sơn; "
     "3.Dầu lạc Thổ Bình Hợp tác xã Thổ Bình, thôn Nà Cọn, xã Thổ Bình, Lâm Bình",
     [(1, "Rượu 9 chum", "Công ty TNHH Thương mại Khánh Xuân", "thôn Vông Vàng 2, xã Xuân Vân, Yên Sơn", SHARED),
      (2, "Rượu Chin Soju", "Công ty TNHH Thương mại Khánh Xuân", "thôn Vông Vàng 2, xã Xuân Vân, Yên Sơn", False),
      (3, "Dầu lạc Thổ Bình", "Hợp tác xã Thổ Bình", "thôn Nà Cọn, xã Thổ Bình, Lâm Bình", False)]),
    # product set; `của` before the producer is not part of anything
    ("1. Bộ sản phẩm Chè Hồng Thái: Chè loại 1, chè loại 2 của Hợp tác xã Sơn Trà, thôn Hồng Ba, xã Hồng Thái, Na Hang; "
     "2. Bộ sản phẩm: Siro Chanh, Siro Tắc Hợp tác xã Minh Thảo, Yên Sơn",
     [(1, "Bộ sản phẩm Chè Hồng Thái: Chè loại 1, chè loại 2", "Hợp tác xã Sơn Trà",
       "thôn Hồng Ba, xã Hồng Thái, Na Hang", False),
      (2, "Bộ sản phẩm: Siro Chanh, Siro Tắc", "Hợp tác xã Minh Thảo", "Yên Sơn", False)]),
    # a commune inside the producer's name: `xã An Khang` before a hamlet is not the address
    ("1. Mật ong Hợp tác xã chăn nuôi ong Phong Thổ xã An Khang, thôn Phúc Lộc A, xã An Khang, thành phố Tuyên Quang; "
     "2. Cốt cà gai leo Công ty TNHH Nhất Tâm Đường Thôn 3, xã Lưỡng Vượng, thành phố Tuyên Quang",
     [(1, "Mật ong", "Hợp tác xã chăn nuôi ong Phong Thổ xã An Khang",
       "thôn Phúc Lộc A, xã An Khang, thành phố Tuyên Quang", False),
      (2, "Cốt cà gai leo", "Công ty TNHH Nhất Tâm Đường", "Thôn 3, xã Lưỡng Vượng, thành phố Tuyên Quang", False)]),
    # typo in the legal form, household producers, private enterprise, facility
    ("1. Chè Na Hang Công ty Cổ phẩn Chè Na Hang Tổ 4, thị trấn Na Hang; "
     "2. Ốc nhồi ống lam Hộ kinh doanh Nguyễn Văn Chiến Thôn 18, xã Kim Phú; "
     "3. Dao rèn Hộ sản xuất Đinh Lệnh Đức, thôn Tân Lập, xã Đức Ninh, Hàm Yên; "
     "4. Gạch nung Doanh nghiệp tư nhân Hưng Thịnh, bản Pác Ngòi, xã Nam Mẫu; "
     "5. Miến dong Cơ sở sản xuất Hoàng Anh, khu 3, phường Phan Thiết",
     [(1, "Chè Na Hang", "Công ty Cổ phẩn Chè Na Hang", "Tổ 4, thị trấn Na Hang", False),
      (2, "Ốc nhồi ống lam", "Hộ kinh doanh Nguyễn Văn Chiến", "Thôn 18, xã Kim Phú", False),
      (3, "Dao rèn", "Hộ sản xuất Đinh Lệnh Đức", "thôn Tân Lập, xã Đức Ninh, Hàm Yên", False),
      (4, "Gạch nung", "Doanh nghiệp tư nhân Hưng Thịnh", "bản Pác Ngòi, xã Nam Mẫu", False),
      (5, "Miến dong", "Cơ sở sản xuất Hoàng Anh", "khu 3, phường Phan Thiết", False)]),
    # producer without address; an item without producer and nothing after it to share
    ("1. Chè xanh Công ty TNHH Hương Trà; 2. Trà Ổi Bình Minh",
     [(1, "Chè xanh", "Công ty TNHH Hương Trà", None, False),
      (2, "Trà Ổi Bình Minh", None, None, False)]),
    # a list that is no product list: items only
    ("1. Kế hoạch số 22-KH/TU ngày 14/01/2026; 2. Kế hoạch số 44-KH/TU ngày 13/3/2026.",
     [(1, None, None, None, False), (2, None, None, None, False)]),
    # generalisation audit: other item labels
    ("(1) Kế hoạch số 22-KH/TU ngày 14/01/2026; (2) Kế hoạch số 44-KH/TU ngày 13/3/2026.",
     [(1, None, None, None, False), (2, None, None, None, False)]),
    ("(1) Sở Tài chính, (2) Sở Nội vụ, (3) Sở Xây dựng", [(1, None, None, None, False), (2, None, None, None, False),
                                                        (3, None, None, None, False)]),
    ("1) Chè xanh Công ty TNHH Hương Trà, xã Kim Phú; 2) Mật ong Hợp tác xã Phong Thổ, xã An Khang",
     [(1, "Chè xanh", "Công ty TNHH Hương Trà", "xã Kim Phú", False),
      (2, "Mật ong", "Hợp tác xã Phong Thổ", "xã An Khang", False)]),
    ("Chè loại (1) và chè loại (2) của Hợp tác xã Sơn Trà", []),  # labels not at item starts
    # numbering that starts again: several lists in one footnote, each item numbered as printed
    ("19 nhiệm vụ: - Đã triển khai: (1) Số hóa hộ tịch; (2) Vay tín chấp; - Đang triển khai: (1) Đánh số nhà; (2) Thu phí.",
     [(1, None, None, None, False), (2, None, None, None, False), (1, None, None, None, False),
      (2, None, None, None, False)]),
    # look-alikes: no list (numbers inside names and addresses, a single numbered sentence)
    ("Chè Shan tuyết loại 1, chè loại 2 của Hợp tác xã Sơn Trà, thôn 12, xã Kim Phú.", []),
    ("1. Thường trực Tỉnh ủy đã thành lập các đoàn công tác.", []),
    ("Gồm 2. Chè và 3. Trà", []),
]


@pytest.mark.parametrize("text, expected", ITEMS)
def test_footnote_items(text, expected):
    assert _items(text) == expected


def test_parenthesised_labels_are_quoted_with_the_item():
    doc = _doc("Các kế hoạch¹.", {"1": "(1) Kế hoạch A; (2) Kế hoạch B."})
    _, footnotes = parse_footnotes(doc)
    assert [i.text for i in footnotes[0].items] == ["(1) Kế hoạch A", "(2) Kế hoạch B"]


def test_a_second_list_heading_is_no_part_of_the_item_before_it():
    doc = _doc("Nhiệm vụ¹.", {"1": "- Đã xong: (1) Số hóa hộ tịch; (2) Vay tín chấp; - Đang làm: (1) Đánh số nhà; (2) Thu phí."})
    _, footnotes = parse_footnotes(doc)
    assert [i.text for i in footnotes[0].items] == [
        "(1) Số hóa hộ tịch", "(2) Vay tín chấp", "(1) Đánh số nhà", "(2) Thu phí"]


def test_item_spans_quote_the_item():
    text = "1. Rượu 9 chum; 2. Rượu Chin Công ty TNHH Khánh Xuân, thôn Vông Vàng 2, xã Xuân Vân."
    doc = _doc("Sản phẩm¹.", {"1": text})
    _, footnotes = parse_footnotes(doc)
    assert [i.text for i in footnotes[0].items] == [
        "1. Rượu 9 chum", "2. Rượu Chin Công ty TNHH Khánh Xuân, thôn Vông Vàng 2, xã Xuân Vân"]
    for item in footnotes[0].items:
        assert doc.text[item.start : item.end] == item.text


MARKERS = [
    ("Công nhận 38 sản phẩm¹, trong đó 05 sản phẩm khu vực²." , {"1": "Danh sách A.", "2": "Danh sách B."},
     [("1", "¹"), ("2", "²")], [("1", "Danh sách A."), ("2", "Danh sách B.")]),
    ("Các cấp, các ngành¹⁰.", {"10": "Thường trực Tỉnh ủy."}, [("10", "¹⁰")], [("10", "Thường trực Tỉnh ủy.")]),
    # a marker without its footnote is still reported; no marker, no footnote
    ("Kết quả³.", {}, [("3", "³")], []),
    ("Năm 2025 đạt 12/63 xã.", {}, [], []),
]


@pytest.mark.parametrize("body, notes, markers, footnotes", MARKERS)
def test_markers_and_footnotes(body, notes, markers, footnotes):
    doc = _doc(body, notes)
    found_markers, found_notes = parse_footnotes(doc)
    assert [(m.footnote, m.text) for m in found_markers] == markers
    assert [(f.footnote, f.text) for f in found_notes] == footnotes
    for item in [*found_markers, *found_notes]:
        assert doc.text[item.start : item.end] == item.text
