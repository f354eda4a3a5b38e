"""References to other documents: every printed form, and the look-alikes that are not references."""

from datetime import date

import pytest

from extract.normalise import from_text, normalise
from extract.parse.references import find_references
from extract.read.model import RawDocument, RawLine, RawPage

D = date

MENTION_CASES = [
    # (text, [(quoted text, kind, canonical, issued_on, issuer)])
    (
        "Căn cứ Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Uỷ ban nhân dân tỉnh phê duyệt Chương trình",
        [("Quyết định số 587/QĐ-UBND ngày 24/9/2021", "Quyết định", "587/QĐ-UBND", D(2021, 9, 24),
          "Ủy ban nhân dân tỉnh Tuyên Quang")],
    ),
    (
        "Thực hiện Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;",
        [("Nghị định số 45/2012/NĐ-CP ngày 21/5/2012", "Nghị định", "45/2012/NĐ-CP", D(2012, 5, 21), "Chính phủ")],
    ),
    (
        "Quyết định số 1881/QĐ-TTg ngày 20/11/2020 của Thủ tướng Chính phủ phê duyệt Chương trình",
        [("Quyết định số 1881/QĐ-TTg ngày 20/11/2020", "Quyết định", "1881/QĐ-TTg", D(2020, 11, 20),
          "Thủ tướng Chính phủ")],
    ),
    (
        "Thông tư số 64/2024/TT-BTC ngày 28/8/2024 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung",
        [("Thông tư số 64/2024/TT-BTC ngày 28/8/2024", "Thông tư", "64/2024/TT-BTC", D(2024, 8, 28),
          "Bộ trưởng Bộ Tài chính")],
    ),
    (
        "Văn bản nghiệm thu số 38/NT-PCCC ngày 18 tháng 6 năm 2026 của phòng Cảnh sát PCCC và CHCN - Công an tỉnh Yên Bái.",
        [("Văn bản nghiệm thu số 38/NT-PCCC ngày 18 tháng 6 năm 2026", "Công văn", "38/NT-PCCC", D(2026, 6, 18),
          "phòng Cảnh sát PCCC và CHCN - Công an tỉnh Yên Bái")],
    ),
    # party documents, a comma before the date, the generic word giving way to the type code
    (
        "Thực hiện Nghị quyết số 34-NQ/TU ngày 27/12/2025 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 134/KH-UBND ngày 26/3/2026 của UBND tỉnh,",
        [("Nghị quyết số 34-NQ/TU ngày 27/12/2025", "Nghị quyết", "34-NQ/TU", D(2025, 12, 27), "Ban Thường vụ Tỉnh ủy"),
         ("Kế hoạch số 134/KH-UBND ngày 26/3/2026", "Kế hoạch", "134/KH-UBND", D(2026, 3, 26),
          "Ủy ban nhân dân tỉnh Tuyên Quang")],
    ),
    (
        "Kế hoạch số 13-KH/TU, ngày 15/9/2025 về triển khai",
        [("Kế hoạch số 13-KH/TU, ngày 15/9/2025", "Kế hoạch", "13-KH/TU", D(2025, 9, 15), None)],
    ),
    (
        "tại Văn bản số 312/GM-VPUBND ngày 17/6/2026, trong đó",
        [("Văn bản số 312/GM-VPUBND ngày 17/6/2026", "Giấy mời", "312/GM-VPUBND", D(2026, 6, 17), None)],
    ),
    (
        "Công văn số 2887/SCT-CN ngày 21/5/2026 đôn đốc",
        [("Công văn số 2887/SCT-CN ngày 21/5/2026", "Công văn", "2887/SCT-CN", D(2026, 5, 21), None)],
    ),
    # laws: a name between the kind word and the number, even one that ends in "số"
    (
        "Căn cứ Luật Điện lực số 61/2024/QH15 ngày 30/11/2024;",
        [("Luật Điện lực số 61/2024/QH15 ngày 30/11/2024", "Luật", "61/2024/QH15", D(2024, 11, 30), None)],
    ),
    (
        "Căn cứ Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025;",
        [("Luật Công nghiệp công nghệ số số 71/2025/QH15 ngày 14/6/2025", "Luật", "71/2025/QH15", D(2025, 6, 14), None)],
    ),
    # no "số", decimals in the number, "số:" with a colon, a long descriptive name
    (
        "Kế hoạch 113/KH-UBND và Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ quy định cắt giảm",
        [("Kế hoạch 113/KH-UBND", "Kế hoạch", "113/KH-UBND", None, None),
         ("Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025", "Nghị quyết", "66.7/2025/NQ-CP", D(2025, 11, 15), "Chính phủ")],
    ),
    (
        "- Kế hoạch ứng cứu khẩn cấp số: 01/KH- GTYB ngày 01/7/2025.",
        [("Kế hoạch ứng cứu khẩn cấp số: 01/KH-GTYB ngày 01/7/2025", "Kế hoạch", "01/KH-GTYB", D(2025, 7, 1), None)],
    ),
    (
        "Giấy phép sử dụng vật liệu nổ công nghiệp số 507/GP-UBND ngày 25/02/2026 của Ủy ban nhân dân tỉnh Lào Cai, có",
        [("Giấy phép sử dụng vật liệu nổ công nghiệp số 507/GP-UBND ngày 25/02/2026", "Giấy phép", "507/GP-UBND",
          D(2026, 2, 25), "Ủy ban nhân dân tỉnh Lào Cai")],
    ),
    # upper-case heading; OCR spacing; ASCII fallback; bare symbols, kind from the type code
    ("II. KẾT QUẢ THỰC HIỆN THEO QUYẾT ĐỊNH SỐ 587/QĐ-UBND", [("QUYẾT ĐỊNH SỐ 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", None, None)]),
    ("Số hiệu 2463 /QĐ - UBND", [("2463/QĐ-UBND", "Quyết định", "2463/QĐ-UBND", None, None)]),
    ("theo Nghị định 45/2012/ND-CP", [("Nghị định 45/2012/ND-CP", "Nghị định", "45/2012/NĐ-CP", None, None)]),
    ("theo 587/QĐ-UBND", [("587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", None, None)]),
    ("kèm 72/2025/QH15", [("72/2025/QH15", "Luật", "72/2025/QH15", None, None)]),
    ("và 301- KL/TU", [("301-KL/TU", "Kết luận", "301-KL/TU", None, None)]),
    ("gửi 2265/BCT-ATMT", [("2265/BCT-ATMT", "Công văn", "2265/BCT-ATMT", None, None)]),
    ("xem 1413/CAT- PC04", [("1413/CAT-PC04", "Công văn", "1413/CAT-PC04", None, None)]),
    ("và 12/TTr-UBND, 5/TB-VPUBND, 9/HD-SCT, 3/CT-TTg", [
        ("12/TTr-UBND", "Tờ trình", "12/TTr-UBND", None, None),
        ("5/TB-VPUBND", "Thông báo", "5/TB-VPUBND", None, None),
        ("9/HD-SCT", "Hướng dẫn", "9/HD-SCT", None, None),
        ("3/CT-TTg", "Chỉ thị", "3/CT-TTg", None, None),
    ]),
    ("Chương trình hành động số 102-CTr/TU ngày 21/02/2025 của Ban Thường vụ Tỉnh ủy (Khóa XIV) thực hiện",
     [("Chương trình hành động số 102-CTr/TU ngày 21/02/2025", "Chương trình", "102-CTr/TU", D(2025, 2, 21),
       "Ban Thường vụ Tỉnh ủy")]),
    ("Công điện số 22/CĐ-TTg ngày 09/3/2025 của Thủ tướng Chính phủ;",
     [("Công điện số 22/CĐ-TTg ngày 09/3/2025", "Công điện", "22/CĐ-TTg", D(2025, 3, 9), "Thủ tướng Chính phủ")]),
    # a lower-case word far from the number is no kind word
    ("theo quy định tại 587/QĐ-UBND", [("587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", None, None)]),
    ("theo quyết định số 587/QĐ-UBND", [("quyết định số 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", None, None)]),
    # a symbol cut at a separator that ends its line takes nothing from the lines below it
    ("Quyết định số 117/QĐ-\n2.1. Tổng số\nNgười\n9.976\nghi chú", [("Quyết định số 117/QĐ", "Quyết định", "117/QĐ", None, None)]),
    # a PDF table cell, its printed lines (`19/NQ-` / `HĐND ngày` / `28/8/2025`) joined by a space
    ("Nghị quyết 19/NQ- HĐND ngày 28/8/2025",
     [("Nghị quyết 19/NQ-HĐND ngày 28/8/2025", "Nghị quyết", "19/NQ-HĐND", D(2025, 8, 28), None)]),
    # generalisation audit: forms of other provinces, ministries and party bodies
    ("Căn cứ Thông tư liên tịch số 12/2015/TTLT-BTC-BKHĐT ngày 12/3/2015 của Bộ Tài chính và Bộ Kế hoạch và Đầu tư;",
     [("Thông tư liên tịch số 12/2015/TTLT-BTC-BKHĐT ngày 12/3/2015", "Thông tư liên tịch", "12/2015/TTLT-BTC-BKHĐT",
       D(2015, 3, 12), "Bộ Tài chính và Bộ Kế hoạch và Đầu tư")]),
    ("Căn cứ Nghị quyết số 19/2025/NQ-HĐND ngày 10/7/2025 của Hội đồng nhân dân tỉnh;",  # provincial normative act
     [("Nghị quyết số 19/2025/NQ-HĐND ngày 10/7/2025", "Nghị quyết", "19/2025/NQ-HĐND", D(2025, 7, 10),
       "Hội đồng nhân dân tỉnh Tuyên Quang")]),
    ("Căn cứ Luật số 72/2025/QH15 ngày 19/02/2025;", [("Luật số 72/2025/QH15 ngày 19/02/2025", "Luật", "72/2025/QH15",
                                                        D(2025, 2, 19), None)]),
    ("Nghị quyết số 120/2020/QH14 ngày 19 tháng 6 năm 2020 của Quốc hội",  # a Quốc hội resolution keeps its word
     [("Nghị quyết số 120/2020/QH14 ngày 19 tháng 6 năm 2020", "Nghị quyết", "120/2020/QH14", D(2020, 6, 19), "Quốc hội")]),
    ("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị;",
     [("Chỉ thị số 05-CT/TW ngày 15/5/2016", "Chỉ thị", "05-CT/TW", D(2016, 5, 15), "Bộ Chính trị")]),
    ("Thực hiện Kết luận số 132-KL/TW ngày 18/3/2025 của Bộ Chính trị;",
     [("Kết luận số 132-KL/TW ngày 18/3/2025", "Kết luận", "132-KL/TW", D(2025, 3, 18), "Bộ Chính trị")]),
    ("Thực hiện Công văn số 1234/UBND-KT ngày 05/3/2025 của UBND tỉnh;",
     [("Công văn số 1234/UBND-KT ngày 05/3/2025", "Công văn", "1234/UBND-KT", D(2025, 3, 5), "Ủy ban nhân dân tỉnh Tuyên Quang")]),
    ("theo Văn bản số 456/SNV-TCBC ngày 5/3/2025 của Sở Nội vụ",
     [("Văn bản số 456/SNV-TCBC ngày 5/3/2025", "Công văn", "456/SNV-TCBC", D(2025, 3, 5), "Sở Nội vụ")]),
    ("Quyết định số 2212/QĐ-UBND ngày 05-3-2025 của UBND tỉnh",  # date with hyphens
     [("Quyết định số 2212/QĐ-UBND ngày 05-3-2025", "Quyết định", "2212/QĐ-UBND", D(2025, 3, 5), "Ủy ban nhân dân tỉnh Tuyên Quang")]),
    ("Căn cứ Nghị định số\n07/2021/NĐ-CP ngày 27/01/2021 của Chính phủ;",  # wrapped after `số`
     [("Nghị định số\n07/2021/NĐ-CP ngày 27/01/2021", "Nghị định", "07/2021/NĐ-CP", D(2021, 1, 27), "Chính phủ")]),
    ("Quyết định số 15/2014/QÐ-UBND ngày 10/6/2014",  # look-alike Ð in a normative number
     [("Quyết định số 15/2014/QÐ-UBND ngày 10/6/2014", "Quyết định", "15/2014/QĐ-UBND", D(2014, 6, 10), None)]),
    ("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương",  # party rule code `QĐi`
     [("Quy định số 08-QĐi/TW ngày 25/10/2018", "Quy định", "08-QĐi/TW", D(2018, 10, 25), "Ban Chấp hành Trung ương")]),
    ("Pháp lệnh số 02/2022/UBTVQH15 ngày 24/12/2022",
     [("Pháp lệnh số 02/2022/UBTVQH15 ngày 24/12/2022", "Pháp lệnh", "02/2022/UBTVQH15", D(2022, 12, 24), None)]),
    # a kind word in the name gives way to the one the type code names
    ("Thông báo kết luận số 25-TB/TU ngày 3/3/2025 của Thường trực Tỉnh ủy",
     [("Thông báo kết luận số 25-TB/TU ngày 3/3/2025", "Thông báo", "25-TB/TU", D(2025, 3, 3), "Thường trực Tỉnh ủy")]),
    ("Quyết định phê duyệt Đề án số 12/QĐ-UBND ngày 5/3/2025",
     [("Quyết định phê duyệt Đề án số 12/QĐ-UBND ngày 5/3/2025", "Quyết định", "12/QĐ-UBND", D(2025, 3, 5), None)]),
    ("Văn bản hợp nhất số 08/VBHN-BTC ngày 15/3/2024 của Bộ Tài chính",
     [("Văn bản hợp nhất số 08/VBHN-BTC ngày 15/3/2024", "Văn bản hợp nhất", "08/VBHN-BTC", D(2024, 3, 15), "Bộ Tài chính")]),
    # an abbreviation's dot inside the issuer
    ("Quyết định số 1234/QĐ-UBND ngày 5/3/2025 của UBND TP. Hồ Chí Minh",
     [("Quyết định số 1234/QĐ-UBND ngày 5/3/2025", "Quyết định", "1234/QĐ-UBND", D(2025, 3, 5), "Ủy ban nhân dân TP. Hồ Chí Minh")]),
    # lists: the issuer after the last document of one symbol is that of the others; dates are not shared
    ("các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND của UBND tỉnh",
     [("Quyết định số 12/QĐ-UBND", "Quyết định", "12/QĐ-UBND", None, "Ủy ban nhân dân tỉnh Tuyên Quang"),
      ("13/QĐ-UBND", "Quyết định", "13/QĐ-UBND", None, "Ủy ban nhân dân tỉnh Tuyên Quang")]),
    ("Nghị định số 45/2012/NĐ-CP và Nghị định số 17/2018/NĐ-CP của Chính phủ",
     [("Nghị định số 45/2012/NĐ-CP", "Nghị định", "45/2012/NĐ-CP", None, "Chính phủ"),
      ("Nghị định số 17/2018/NĐ-CP", "Nghị định", "17/2018/NĐ-CP", None, "Chính phủ")]),
    ("Quyết định số 12/QĐ-UBND ngày 5/3/2025 và Quyết định số 13/QĐ-UBND ngày 6/3/2025 của Chủ tịch UBND tỉnh",
     [("Quyết định số 12/QĐ-UBND ngày 5/3/2025", "Quyết định", "12/QĐ-UBND", D(2025, 3, 5),
       "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang"),
      ("Quyết định số 13/QĐ-UBND ngày 6/3/2025", "Quyết định", "13/QĐ-UBND", D(2025, 3, 6),
       "Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang")]),
    ("Quyết định số 12/QĐ-UBND và số 13/QĐ-UBND ngày 05/3/2025",
     [("Quyết định số 12/QĐ-UBND", "Quyết định", "12/QĐ-UBND", None, None),
      ("13/QĐ-UBND ngày 05/3/2025", "Quyết định", "13/QĐ-UBND", D(2025, 3, 5), None)]),
    # ... but not across documents of other symbols
    ("Nghị định số 45/2012/NĐ-CP và Quyết định số 1881/QĐ-TTg của Thủ tướng Chính phủ",
     [("Nghị định số 45/2012/NĐ-CP", "Nghị định", "45/2012/NĐ-CP", None, None),
      ("Quyết định số 1881/QĐ-TTg", "Quyết định", "1881/QĐ-TTg", None, "Thủ tướng Chính phủ")]),
    # no number, no reference (by definition: a reference is found by its number and symbol)
    ("Căn cứ Hiến pháp năm 2013; Luật Tổ chức chính quyền địa phương ngày 19/6/2015;", []),
    # not references
    ("ngày 24/9/2021, tỷ lệ 12/63, đạt 26.770/47.826 lượt", []),
    ("điện thoại 0214.3822.345, 0214/3822345", []),
    ("đại dịch Covid-19, V/v báo cáo, 60 km/h, 100 kg/lần, 1.604kg/11 lần", []),
    ("địa chỉ số 12/3 đường Trần Phú, số 12/A, nhà 5/7B", []),
    ("Mẫu số 01/BC, Biểu 02/KH, Phụ lục 03/TT kèm theo", []),
    ("theo QCVN 01:2019/BCT; tháng 3/2026; quý I/2026; 13/19 nhiệm vụ; 24/24 giờ", []),
    ("giai đoạn 2021 - 2025 và 2026-2030; Km26+793 ÷ Km30+00", []),
    ("Đề án số 08 và Công điện 232 của Thủ tướng", []),
]


def _mentions(text, **kwargs):
    refs, _ = find_references(from_text(text), province="Tuyên Quang", **kwargs)
    return refs


@pytest.mark.parametrize("text, expected", MENTION_CASES)
def test_mentions(text, expected):
    refs = _mentions(text)
    assert [(r.text, r.kind, r.canonical, r.issued_on, r.issuer) for r in refs] == expected


@pytest.mark.parametrize("text, expected", MENTION_CASES)
def test_quotes_point_into_the_text(text, expected):
    doc = from_text(text)
    for ref in find_references(doc)[0]:
        assert doc.text[ref.start : ref.end] == ref.text


FIELD_CASES = [
    # (text, index of the mention, field, expected value)
    ("Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công; Quyết định", 0, "subject", "về khuyến công"),
    (
        "Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Uỷ ban nhân dân tỉnh phê duyệt Chương trình khuyến công tỉnh giai đoạn 2021-2025 (viết tắt)",
        0, "subject", "phê duyệt Chương trình khuyến công tỉnh giai đoạn 2021-2025",
    ),
    (
        "Thông tư số 64/2024/TT-BTC ngày 28/8/2024 của Bộ trưởng Bộ Tài chính sửa đổi, bổ sung một số điều của Thông tư số 28/2018/TT-BTC",
        0, "subject", "sửa đổi, bổ sung một số điều",
    ),
    ("Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ: Phê duyệt Đề án phát triển (sau đây)", 0, "subject", "Phê duyệt Đề án phát triển"),
    ("Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ: Phê duyệt Đề án", 0, "issuer", "Thủ tướng Chính phủ"),
    ("Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ.", 0, "subject", None),
    ("theo Khoản 2 Điều 3 Thông tư số 15/2026/TT-BCT", 0, "clause", "Khoản 2 Điều 3"),
    ("quy định tại điểm a khoản 1 Điều 5 của Nghị định số 32/2024/NĐ-CP", 0, "clause", "điểm a khoản 1 Điều 5"),
    ("theo Điều 12 Luật số 13/2008/QH12", 0, "clause", "Điều 12"),
    ("Nghị định số 32/2024/NĐ-CP", 0, "clause", None),
    # a list of parts
    ("theo quy định tại điểm a, điểm c khoản 2, khoản 5 Điều 12 Nghị định số 32/2024/NĐ-CP", 0, "clause",
     "điểm a, điểm c khoản 2, khoản 5 Điều 12"),
    ("theo khoản 1 và khoản 3 Điều 7 của Luật số 13/2008/QH12", 0, "clause", "khoản 1 và khoản 3 Điều 7"),
    ("tại Điều 3. Khoản 2 Thông tư số 15/2026/TT-BCT", 0, "clause", "Khoản 2"),  # a full stop ends the list
    ("Nghị định số 45/2012/NĐ-CP", 0, "number", "45"),
    ("Nghị định số 45/2012/NĐ-CP", 0, "year", 2012),
    ("Nghị định số 45/2012/NĐ-CP", 0, "symbol", "NĐ-CP"),
    ("Nghị quyết số 34-NQ/TU ngày 27/12/2025", 0, "symbol", "NQ/TU"),
    ("Nghị quyết số 34-NQ/TU ngày 27/12/2025", 0, "year", 2025),  # from the date: no year in the symbol
    ("Quyết định số 587/QĐ-UBND", 0, "year", None),
    ("Thông báo số 67/TB-VPUBND ngày 15/12/2025 của Văn phòng UBND tỉnh, giao", 0, "issuer",
     "Văn phòng Ủy ban nhân dân tỉnh Tuyên Quang"),
    ("Giấy chứng nhận số 149.01/GCN-CĐ1 ngày 28/01/2026 của Phòng Cảnh sát QLHC về TTXH", 0, "canonical", "149.01/GCN-CĐ1"),
    ("hộ chiếu nổ mìn số 01/01/2026/HCNM - G16 nổ mìn", 0, "canonical", "01/01/2026/HCNM-G16"),
    ("hộ chiếu nổ mìn số 01/01/2026/HCNM - G16 nổ mìn", 0, "year", 2026),
    ("Quyết định số 117/QĐ-\nUBND ngày 17/01/2025", 0, "canonical", "117/QĐ-UBND"),
    ("Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương (sau đây)", 0, "issuer", "Giám đốc Sở Công Thương"),
    ("Báo cáo số 15/BC-SKHCN ngày 20/01/2026 của Sở Khoa học và Công nghệ).", 0, "issuer", "Sở Khoa học và Công nghệ"),
    ("Công văn số 64/CAT-PA05 ngày 07/1/2026 của Công an tỉnh Lâm Đồng.", 0, "issuer", "Công an tỉnh Lâm Đồng"),
    ("Kế hoạch số 31-KH/TU ngày 28/01/2026 của Ban Thường vụ Tỉnh ủy và đang phối hợp", 0, "issuer", "Ban Thường vụ Tỉnh ủy"),
]


@pytest.mark.parametrize("text, index, field, expected", FIELD_CASES)
def test_fields(text, index, field, expected):
    assert getattr(_mentions(text)[index], field) == expected


def test_mentions_of_one_document_group_and_borrow_from_the_full_mention():
    text = (
        "Căn cứ Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Uỷ ban nhân dân tỉnh phê duyệt Chương trình.\n"
        "Thực hiện Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công.\n"
        "KẾT QUẢ THỰC HIỆN QUYẾT ĐỊNH SỐ 587/QĐ-UBND\n"
        "theo Quyết định số 587/QĐ-UBND và 45/2012/ND-CP."
    )
    refs, cited = find_references(from_text(text), province="Tuyên Quang")
    assert [(c.canonical, c.mentions, c.issued_on) for c in cited] == [
        ("587/QĐ-UBND", [0, 2, 3], D(2021, 9, 24)),
        ("45/2012/NĐ-CP", [1, 4], D(2012, 5, 21)),
    ]
    assert [r.cited_id for r in refs] == [0, 1, 0, 0, 1]
    assert [r.date_from_full_mention for r in refs] == [False, False, True, True, True]
    assert refs[3].issued_on == D(2021, 9, 24) and refs[3].issuer == "Ủy ban nhân dân tỉnh Tuyên Quang"
    assert refs[3].year == 2021
    assert cited[0].subject == "phê duyệt Chương trình"


def test_party_documents_printed_with_a_slash_group_with_the_hyphen_form():
    refs, cited = find_references(from_text("Nghị quyết số 57/NQ/TW, ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 57-NQ/TW"))
    assert len(cited) == 1 and cited[0].mentions == [0, 1]


OWN_CASES = [
    # (text, own canonical, canonical ids found)
    ("SỞ CÔNG THƯƠNG\nSố: 123/BC-SCT\nBÁO CÁO\nthực hiện Quyết định số 587/QĐ-UBND", "123/BC-SCT", ["587/QĐ-UBND"]),
    ("Số: 123/BC-SCT\ntheo Quyết định số 587/QĐ-UBND", None, ["587/QĐ-UBND"]),  # the header label alone tells
    ("Trên đây là Báo cáo số 123/BC-SCT của Sở", "123/BC-SCT", []),
    ("Nghị quyết số 34-NQ/TU", "34/NQ/TU", []),  # the pipeline's form of the own number
    ("Kế hoạch ứng cứu khẩn cấp số: 01/KH-GTYB", None, ["01/KH-GTYB"]),  # lower-case "số:" is no header label
]


ATTACHED_CASES = [
    # an appendix's caption names the document itself when the symbol is its own (its number handwritten)
    ("(Kèm theo Công văn số: 5689/BCA-C04 ngày 16 tháng 12 năm 2025)", "BCA-C04", []),
    ("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 5/3/2025)", "QĐ-UBND", []),
    # another symbol, or no caption: a reference
    ("(Kèm theo Công văn số: 5689/BCA-C04 ngày 16/12/2025)", "BCA-C05", ["5689/BCA-C04"]),
    ("được ban hành kèm theo Quyết định số 555/QĐ-BCT ngày 26/3/2026", "QĐ-BCT", ["555/QĐ-BCT"]),
    ("(Kèm theo Công văn số: 5689/BCA-C04)", None, ["5689/BCA-C04"]),
]


@pytest.mark.parametrize("text, own_symbol, expected", ATTACHED_CASES)
def test_appendix_caption_of_the_document_itself(text, own_symbol, expected):
    refs, _ = find_references(from_text(text), own_symbol=own_symbol)
    assert [r.canonical for r in refs] == expected


@pytest.mark.parametrize("text, own, expected", OWN_CASES)
def test_own_number_is_not_a_reference(text, own, expected):
    refs, _ = find_references(from_text(text), own_canonical=own)
    assert [r.canonical for r in refs] == expected


# --- OCR'd pages -------------------------------------------------------------------------------------

def _scanned(*pages, text_layer=()):
    """A document of one paragraph per page; pages are OCR'd (confidence as given) except those whose
    1-based number is in `text_layer`."""
    raw_pages = []
    for number, (text, confidence) in enumerate(pages, start=1):
        ocr = number not in text_layer
        raw_pages.append(RawPage(number=number, lines=[RawLine(text=text, new_paragraph=True)], ocr=ocr,
                                 ocr_confidence=confidence if ocr else None))
    return normalise(RawDocument(pages=raw_pages, format="pdf"))


MISREAD_CASES = [
    # (pages as (text, OCR confidence), text-layer page numbers,
    #  [(canonical, canonical_printed, kind, issued_on, issuer, cited_id)] per mention)
    (  # one letter of the full mention misread: the two other mentions' spelling is the canonical one
        [("Căn cứ Công văn số 4521/BTC-QLCS ngày 9 tháng 4 năm 2025 của Bộ Tài chính về việc rà soát;", 90),
         ("theo yêu cầu tại Công văn số 4521/BTG-QLCS, gồm:", 90),
         ("theo Phụ lục I của Công văn số 4521/BTG-QLCS.", 90)],
        (),
        [("4521/BTG-QLCS", "4521/BTC-QLCS", "Công văn", D(2025, 4, 9), "Bộ Tài chính", 0),
         ("4521/BTG-QLCS", None, "Công văn", D(2025, 4, 9), "Bộ Tài chính", 0),
         ("4521/BTG-QLCS", None, "Công văn", D(2025, 4, 9), "Bộ Tài chính", 0)],
    ),
    (  # the misread type code takes the document's kind; the canonical mention's date and issuer win
        [("Căn cứ Quyết định số 77/QĐ-SYT ngày 2/3/2025 của Sở Y tế;", 91),
         ("thực hiện 77/QĐ-SVT và Quyết định số 77/QĐ-SYT;", 85)],
        (),
        [("77/QĐ-SYT", None, "Quyết định", D(2025, 3, 2), "Sở Y tế", 0),
         ("77/QĐ-SYT", "77/QĐ-SVT", "Quyết định", D(2025, 3, 2), "Sở Y tế", 0),
         ("77/QĐ-SYT", None, "Quyết định", D(2025, 3, 2), "Sở Y tế", 0)],
    ),
    (  # one mention each: the page of higher OCR confidence gives the canonical spelling
        [("theo Kế hoạch số 15/KH-SNV;", 72), ("theo Kế hoạch số 15/KH-SMV;", 95)],
        (),
        [("15/KH-SMV", "15/KH-SNV", "Kế hoạch", None, None, 0), ("15/KH-SMV", None, "Kế hoạch", None, None, 0)],
    ),
    (  # a spelling a text layer prints outranks OCR readings, however many
        [("theo Kế hoạch số 15/KH-SNV;", None), ("theo Kế hoạch số 15/KH-SMV; Kế hoạch số 15/KH-SMV", 95)],
        (1,),
        [("15/KH-SNV", None, "Kế hoạch", None, None, 0), ("15/KH-SNV", "15/KH-SMV", "Kế hoạch", None, None, 0),
         ("15/KH-SNV", "15/KH-SMV", "Kế hoạch", None, None, 0)],
    ),
    (  # both on text layers: two printed symbols, two documents
        [("theo Quyết định số 12/QĐ-UBND;", None), ("theo Quyết định số 12/QĐ-UBNF;", None)],
        (1, 2),
        [("12/QĐ-UBND", None, "Quyết định", None, None, 0), ("12/QĐ-UBNF", None, "Quyết định", None, None, 1)],
    ),
    (  # other numbers, other years, other dates: other documents
        [("theo Quyết định số 12/QĐ-UBND ngày 5/3/2025 và Quyết định số 13/QĐ-UBNF;", 90),
         ("Thông tư số 12/2024/TT-BTC và Thông tư số 12/2025/TT-BTG;", 90),
         ("Quyết định số 40/QĐ-UBND ngày 5/3/2025 và Quyết định số 40/QĐ-UBNF ngày 6/3/2025", 90)],
        (),
        [("12/QĐ-UBND", None, "Quyết định", D(2025, 3, 5), None, 0),
         ("13/QĐ-UBNF", None, "Quyết định", None, None, 1),
         ("12/2024/TT-BTC", None, "Thông tư", None, None, 2),
         ("12/2025/TT-BTG", None, "Thông tư", None, None, 3),
         ("40/QĐ-UBND", None, "Quyết định", D(2025, 3, 5), None, 4),
         ("40/QĐ-UBNF", None, "Quyết định", D(2025, 3, 6), None, 5)],
    ),
    (  # not one misreading: two letters, a letter for a digit, a letter more
        [("Quyết định số 12/QĐ-UBND; Quyết định số 12/QĐ-UBMF;", 90),
         ("Công văn số 7/SCT-KT1; Công văn số 7/SCT-KTI;", 90),
         ("Công văn số 8/SCT-KT; Công văn số 8/SCT-KTT;", 90)],
        (),
        [("12/QĐ-UBND", None, "Quyết định", None, None, 0), ("12/QĐ-UBMF", None, "Quyết định", None, None, 1),
         ("7/SCT-KT1", None, "Công văn", None, None, 2), ("7/SCT-KTI", None, "Công văn", None, None, 3),
         ("8/SCT-KT", None, "Công văn", None, None, 4), ("8/SCT-KTT", None, "Công văn", None, None, 5)],
    ),
]


@pytest.mark.parametrize("pages, text_layer, expected", MISREAD_CASES)
def test_one_document_misread_by_ocr(pages, text_layer, expected):
    doc = _scanned(*pages, text_layer=text_layer)
    refs, cited = find_references(doc)
    assert [(r.canonical, r.canonical_printed, r.kind, r.issued_on, r.issuer, r.cited_id) for r in refs] == expected
    for ref in refs:
        assert doc.text[ref.start : ref.end] == ref.text  # the misread mention keeps its printed text
        assert ref.canonical == cited[ref.cited_id].canonical and ref.canonical.endswith(ref.symbol)


LOST_MARK_CASES = [
    # OCR drops the tone mark on or under a circumflex: `sô`, `Quyêt`, `Kê hoạch`, `vê`, `hướng dân`, `Điêu`
    ("Phụ lục I của Công văn sô 2637/UBND-VP.", "Công văn sô 2637/UBND-VP", "Công văn", None),
    ("theo quyết định sô 587/QĐ-UBND", "quyết định sô 587/QĐ-UBND", "Quyết định", None),
    ("Căn cứ Quyêt định sô 587/QĐ-UBND ngày 24/9/2021", "Quyêt định sô 587/QĐ-UBND ngày 24/9/2021", "Quyết định", None),
    ("theo Kê hoạch số 12/KH-UBND", "Kê hoạch số 12/KH-UBND", "Kế hoạch", None),
    ("Nghị quyêt sô 34-NQ/TU", "Nghị quyêt sô 34-NQ/TU", "Nghị quyết", None),
    ("theo Khoản 2 Điêu 3 Thông tư sô 15/2026/TT-BCT", "Thông tư sô 15/2026/TT-BCT", "Thông tư", "Khoản 2 Điêu 3"),
]


@pytest.mark.parametrize("text, quoted, kind, clause", LOST_MARK_CASES)
def test_words_with_a_lost_mark(text, quoted, kind, clause):
    # a text layer, so that the OCR repair of the normaliser (tested on its own) leaves the slip in place
    ref = find_references(from_text(text))[0][0]
    assert (ref.text, ref.kind, ref.clause) == (quoted, kind, clause)


LOST_MARK_FIELD_CASES = [
    # (text, field, expected): a lost mark in the word that ends the issuer or opens the subject
    ("Công văn số 45/SYT-NV ngày 3/4/2025 của Sở Y tế vê việc tiêm chủng;", "issuer", "Sở Y tế"),
    ("Công văn số 45/SYT-NV ngày 3/4/2025 của Sở Y tế vê việc tiêm chủng;", "subject", "vê việc tiêm chủng"),
    ("Công văn số 45/SYT-NV của Sở Y tế hướng dân khảo sát;", "issuer", "Sở Y tế"),
    ("Công văn số 45/SYT-NV của Sở Y tế hướng dân khảo sát;", "subject", "hướng dân khảo sát"),
    ("Quyết định số 45/QĐ-UBND của UBND tỉnh Hà Giang thành lâp Ban chỉ đạo", "subject", "thành lâp Ban chỉ đạo"),
]


@pytest.mark.parametrize("text, field, expected", LOST_MARK_FIELD_CASES)
def test_fields_with_a_lost_mark(text, field, expected):
    ref = find_references(from_text(text))[0][0]
    assert getattr(ref, field) == expected


def test_own_number_label_with_a_lost_mark():
    refs, _ = find_references(_scanned(("Sô: 123/BC-SCT\nthực hiện Quyết định số 587/QĐ-UBND", 90)))
    assert [r.canonical for r in refs] == ["587/QĐ-UBND"]
