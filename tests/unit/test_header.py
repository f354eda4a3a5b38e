"""Header and closing parser: tables of header texts → expected fields (LexNLP style)."""

from __future__ import annotations

from datetime import date

import pytest

from extract.normalise import from_text
from extract.parse.header import infer_province, parse_header

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
BODY = "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh."


def _value(field):
    return None if field is None else field.value


def _check_quotes(doc, header) -> None:
    """Every field quotes exactly doc.text[start:end]."""
    fields = [v for _, v in header if hasattr(v, "start")]
    fields += header.recipients + header.distribution
    for field in fields:
        assert doc.text[field.start : field.end] == field.text


# --- number and symbol --------------------------------------------------------------------------
NUMBERS = [
    ("Số: 123/BC-SCT", "123", "BC-SCT", False),
    ("Số:      /BC-SCT", None, "BC-SCT", True),
    ("Số: /BC - SCT", None, "BC-SCT", True),
    ("Số 2463/QĐ-UBND", "2463", "QĐ-UBND", False),
    ("Số: 2265/BCT-ATMT", "2265", "BCT-ATMT", False),
    ("Số: 42-KH/ĐU", "42", "KH/ĐU", False),
    ("Số: 07/TTr-SCT", "07", "TTr-SCT", False),
    ("Số: /BC-UBND Lâm Đồng, ngày tháng 12 năm 2025", None, "BC-UBND", True),
    # normative documents: the year belongs to the symbol (generalisation audit)
    ("Số: 15/2014/QĐ-UBND", "15", "2014/QĐ-UBND", False),
    ("Số:15 /2014/QĐ-UBND", "15", "2014/QĐ-UBND", False),  # OCR space, no space after the colon
    ("Số: 07/2016/NQ-HĐND", "07", "2016/NQ-HĐND", False),
    ("Số: 12/2015/TTLT-BTC-BKHĐT", "12", "2015/TTLT-BTC-BKHĐT", False),
    ("Số:     /2025/QĐ-UBND", None, "2025/QĐ-UBND", True),  # unnumbered draft of a normative document
    ("Số 445-KL/TU", "445", "KL/TU", False),  # party conclusion
    ("SỐ: 12/BC-STP", "12", "BC-STP", False),  # label in capitals
    # OCR of a handwritten number: no number, the symbol read where it is legible
    ("số,2 6 ŸBCT-ATMT", None, "BCT-ATMT", True),
    ("số: $/KH-DCT", None, "KH-DCT", True),
    ("Số: 2 6/BCT-ATMT", None, "BCT-ATMT", True),
    ("số: /KH-DCT", None, "KH-DCT", True),
    # a symbol with a dot and an en dash; OCR's `Só:` for `Số:`
    ("Số :          /QĐ. BQL–VP", None, "QĐ.BQL–VP", True),
    ("Só: 5689 /BCA-C04", "5689", "BCA-C04", False),
    # look-alikes: no number line; a sentence after the symbol is not part of it
    ("Số: 12/BC-SCT. Kính gửi", "12", "BC-SCT", False),
    ("Số liệu: 26.770/47.826", None, None, False),
    ("Số lượng: 05 CCN-AB", None, None, False),
    ("số hóa dữ liệu ABC-XYZ", None, None, False),
    ("Số 12/63 xã đạt chuẩn", None, None, False),
]


@pytest.mark.parametrize("line, number, symbol, blank", NUMBERS)
def test_number_and_symbol(line, number, symbol, blank):
    doc = from_text(f"SỞ CÔNG THƯƠNG\n{line}\nBÁO CÁO\nTiêu đề\n{BODY}")
    header = parse_header(doc)
    assert (_value(header.number), _value(header.symbol), header.number_blank) == (number, symbol, blank)
    _check_quotes(doc, header)


# --- place and date -----------------------------------------------------------------------------
DATES = [
    ("Lào Cai, ngày 05 tháng 3 năm 2025", "Lào Cai", date(2025, 3, 5), False),
    ("Tuyên Quang, ngày 24 tháng 9 năm 2021", "Tuyên Quang", date(2021, 9, 24), False),
    ("Lào Cai, ngày       tháng 6 năm 2026", "Lào Cai", None, True),
    ("Lâm Đồng, ngày tháng 12 năm 2025", "Lâm Đồng", None, True),
    ("Hà Nội, ngày 2 tháng 4 năm 2026", "Hà Nội", date(2026, 4, 2), False),
    ("TP. Hồ Chí Minh, ngày 23 tháng 6 năm 2026", "TP. Hồ Chí Minh", date(2026, 6, 23), False),
    ("Bà Rịa - Vũng Tàu, ngày 01 tháng 01 năm 2024", "Bà Rịa - Vũng Tàu", date(2024, 1, 1), False),
    ("Số: /BC-UBND Lâm Đồng, ngày 3 tháng 12 năm 2025", "Lâm Đồng", date(2025, 12, 3), False),
    # the date wrapped after `ngày` (generalisation audit)
    ("Sóc Trăng, ngày\n27 tháng 09 năm 2022", "Sóc Trăng", date(2022, 9, 27), False),
    ("Tp. Nha Trang, ngày 01 tháng 02 năm 2025", "Tp. Nha Trang", date(2025, 2, 1), False),
    ("Hà Nội, ngày  tháng  năm 2025", "Hà Nội", None, True),  # day and month both blank
    # OCR of a handwritten day or month: stray characters where it goes
    ("Hà Nội, ngày} thángh năm 2026", "Hà Nội", None, True),
    ("Thành phố Hồ Chí Minh, ngày đỗ tháng 6 năm 2026", "Thành phố Hồ Chí Minh", None, True),
    ("Lào Cai, ngày ... tháng ... năm 2025", "Lào Cai", None, True),
    ("Thị xã Sa Pa, ngày 01 tháng 02 năm 2025", "Thị xã Sa Pa", date(2025, 2, 1), False),
    # a day that cannot exist is no date, but the day is not blank either
    ("Hà Nội, ngày 31 tháng 02 năm 2025", "Hà Nội", None, False),
]


@pytest.mark.parametrize("line, place, issued_on, blank", DATES)
def test_place_and_date(line, place, issued_on, blank):
    doc = from_text(f"SỞ CÔNG THƯƠNG\n{line}\nBÁO CÁO\nTiêu đề\n{BODY}")
    header = parse_header(doc)
    assert (_value(header.place), header.issued_on, header.date_blank) == (place, issued_on, blank)
    assert header.issued_on_text is not None and header.issued_on_text.text.startswith("ngày")
    _check_quotes(doc, header)


def test_body_date_is_not_the_header_date():
    doc = from_text(f"BÁO CÁO\nTiêu đề\n{BODY}\nNgày 05 tháng 3 năm 2025, Sở đã họp.")
    header = parse_header(doc)
    assert header.issued_on_text is None and header.place is None


# --- issuer and parent, in every layout --------------------------------------------------------
LAYOUTS = [
    # interleaved left/right lines (PDF)
    ("UBND TỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: 123/BC-SCT\nTuyên Quang, ngày 05 tháng 3 năm 2025", "UBND TỈNH TUYÊN QUANG", "SỞ CÔNG THƯƠNG"),
    # column after column (Word layout table flattened)
    (f"UBND TỈNH LÀO CAI\nSỞ CÔNG THƯƠNG\nSố:           /BC-SCT\n{MOTTO}\nLào Cai, ngày       tháng 6 năm 2026",
     "UBND TỈNH LÀO CAI", "SỞ CÔNG THƯƠNG"),
    # table rows `A | B`
    ("UBND TỈNH TUYÊN QUANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ CÔNG THƯƠNG | Độc lập - Tự do - Hạnh phúc\n"
     "Số: 123/BC-SCT | Tuyên Quang, ngày 05 tháng 3 năm 2025", "UBND TỈNH TUYÊN QUANG", "SỞ CÔNG THƯƠNG"),
    # the body's name over two lines, no parent
    ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "Số: /BC-UBND Lâm Đồng, ngày tháng 12 năm 2025", None, "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"),
    # a long name continued on the next line (line ends with a comma, next has no org word)
    (f"UBND TỈNH LÂM ĐỒNG\nBAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ,\nCHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06\nSố: /BC-BCĐ\n{MOTTO}",
     "UBND TỈNH LÂM ĐỒNG", "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06"),
    (f"SỞ CÔNG THƯƠNG LÀO CAI\nĐOÀN KIỂM TRA\nSố: /ĐKT-SCT\n{MOTTO}", "SỞ CÔNG THƯƠNG LÀO CAI", "ĐOÀN KIỂM TRA"),
    (f"BỘ CÔNG THƯƠNG\n{MOTTO}\nSố: 2265/BCT-ATMT", None, "BỘ CÔNG THƯƠNG"),
    # a scan, column after column, the number handwritten and not read
    (f"BỘ CÔNG THƯƠNG\nTRƯỜNG ĐẠI HỌC CÔNG THƯƠNG\nTHÀNH PHỐ HỒ CHÍ MINH\nsố: $/KH-DCT\n{MOTTO}\n"
     "Thành phố Hồ Chí Minh, ngày đỗ tháng 6 năm 2026", "BỘ CÔNG THƯƠNG", "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH"),
    # no `Số:` and no upper-case block before the type: no issuer
    ("", None, None),
]


@pytest.mark.parametrize("top, parent, issuer", LAYOUTS)
def test_issuer_and_parent(top, parent, issuer):
    doc = from_text(f"{top}\nBÁO CÁO\nKết quả công tác năm 2025\n{BODY}")
    header = parse_header(doc)
    assert (_value(header.parent_issuer), _value(header.issuer)) == (parent, issuer)
    assert _value(header.doc_type) == "Báo cáo"
    _check_quotes(doc, header)


# --- type and title -----------------------------------------------------------------------------
TYPES = [
    ("BÁO CÁO\nKết quả thực hiện Chương trình khuyến công\ngiai đoạn 2021 - 2025\nKính gửi: Sở Tài chính.",
     "Báo cáo", "Kết quả thực hiện Chương trình khuyến công giai đoạn 2021 - 2025"),
    ("QUYẾT ĐỊNH\nVề việc phê duyệt Kế hoạch năm 2026\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
     "Quyết định", "Về việc phê duyệt Kế hoạch năm 2026"),
    ("KẾ HOẠCH\nThực hiện Đề án số 08 về phát triển công nghiệp\ntheo hướng xanh\n(Ban hành kèm theo Nghị quyết số 35-NQ/TU)",
     "Kế hoạch", "Thực hiện Đề án số 08 về phát triển công nghiệp theo hướng xanh"),
    ("TỜ TRÌNH\nVề việc đề nghị hỗ trợ kinh phí\n-----------\nKính gửi: Ủy ban nhân dân tỉnh.",
     "Tờ trình", "Về việc đề nghị hỗ trợ kinh phí"),
    ("THÔNG BÁO\nKết luận của Giám đốc Sở", "Thông báo", "Kết luận của Giám đốc Sở"),
    # generalisation audit: an upper-case title ends at the issuing authority's line
    ("QUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT QUY HOẠCH THỦY LỢI\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH",
     "Quyết định", "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH THỦY LỢI"),
    ("QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC\nBỘ TRƯỞNG BỘ NỘI VỤ", "Quyết định", "BAN HÀNH QUY CHẾ LÀM VIỆC"),
    ("NGHỊ QUYẾT\nBAN HÀNH QUY ĐỊNH PHÂN BỔ VỐN\nHỘI ĐỒNG NHÂN DÂN TỈNH BÌNH PHƯỚC\nKHÓA IX, KỲ HỌP THỨ NHẤT",
     "Nghị quyết", "BAN HÀNH QUY ĐỊNH PHÂN BỔ VỐN"),
    # ... unless the line before leaves the title open
    ("QUYẾT ĐỊNH\nVỀ VIỆC THỰC HIỆN NGHỊ QUYẾT CỦA\nHỘI ĐỒNG NHÂN DÂN TỈNH VỀ CƠ CHẾ", "Quyết định",
     "VỀ VIỆC THỰC HIỆN NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH VỀ CƠ CHẾ"),
    # party and normative type lines
    ("KẾT LUẬN\nCủa Ban Thường vụ Tỉnh ủy về công tác cán bộ", "Kết luận", "Của Ban Thường vụ Tỉnh ủy về công tác cán bộ"),
    ("THÔNG TƯ LIÊN TỊCH\nHướng dẫn quản lý kinh phí", "Thông tư liên tịch", "Hướng dẫn quản lý kinh phí"),
    ("THÔNG TƯ\nQuy định chi tiết một số điều", "Thông tư", "Quy định chi tiết một số điều"),
    # the type and the title on one line, as many Quyết định print them; the title may go on below
    ("QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC SƠN", "Quyết định",
     "CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ"),
    ("QUYẾT ĐỊNH PHÊ DUYỆT ĐIỀU CHỈNH DỰ ÁN\nĐẦU TƯ XÂY DỰNG TRƯỜNG HỌC\nGIÁM ĐỐC SỞ XÂY DỰNG", "Quyết định",
     "PHÊ DUYỆT ĐIỀU CHỈNH DỰ ÁN ĐẦU TƯ XÂY DỰNG TRƯỜNG HỌC"),
    ("KẾ HOẠCH TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2025\nKính gửi: Các phòng chuyên môn.", "Kế hoạch",
     "TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2025"),
    ("THUYẾT MINH NỘI DUNG DỰ THẢO THÔNG TƯ\nTHAY THẾ THÔNG TƯ SỐ 12/2020/TT-BTC\n(Kèm theo công văn số /BTC-CST)",
     "Thuyết minh", "NỘI DUNG DỰ THẢO THÔNG TƯ THAY THẾ THÔNG TƯ SỐ 12/2020/TT-BTC"),
    # the type followed by who issues it is no title
    ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ\nV/v ban hành Chương trình công tác", "Quyết định",
     "V/v ban hành Chương trình công tác"),
    ("THÔNG TƯ LIÊN TỊCH\nHướng dẫn thu chi", "Thông tư liên tịch", "Hướng dẫn thu chi"),
    # look-alikes: a heading naming a type, a type in lower case, a type and a title in mixed case
    ("QUYẾT ĐỊNH SỐ 587/QĐ-UBND\nNội dung", None, None),
    ("QUYẾT ĐỊNH số 587/QĐ-UBND\nNội dung", None, None),
    ("Quyết định phê duyệt dự án\nNội dung", None, None),
    ("Báo cáo\nNội dung", None, None),
]


@pytest.mark.parametrize("top, doc_type, title", TYPES)
def test_type_and_title(top, doc_type, title):
    doc = from_text(f"{top}\n{BODY}")
    header = parse_header(doc)
    assert (_value(header.doc_type), _value(header.title)) == (doc_type, title)
    _check_quotes(doc, header)


CONG_VAN = [
    # a Công văn: no type printed, symbol without type code, `V/v` gives the title
    ("BỘ CÔNG THƯƠNG\nSố: 2265/BCT-ATMT\nV/v triển khai thực hiện\nủy quyền cấp giấy phép\nHà Nội, ngày 02 tháng 4 năm 2026",
     "Công văn", "triển khai thực hiện ủy quyền cấp giấy phép"),
    ("CÔNG AN TỈNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1413/CAT-PC04 | Độc lập - Tự do - Hạnh phúc\n"
     "V/v phối hợp kiểm tra", "Công văn", "phối hợp kiểm tra"),
    # no type line but the symbol has a type code: the type from the code
    ("UBND TỈNH LÀO CAI\nSố: 12/TB-UBND\nLào Cai, ngày 05 tháng 3 năm 2025", "Thông báo", None),
    # generalisation audit: `V/v:` with a colon, `Về việc` written out, the code after a year
    ("SỞ Y TẾ\nSố: 55/SYT-NVY\nV/v: tăng cường phòng chống dịch", "Công văn", "tăng cường phòng chống dịch"),
    ("SỞ Y TẾ\nSố: 55/SYT-NVY\nVề việc tăng cường phòng chống dịch", "Công văn", "tăng cường phòng chống dịch"),
    ("UBND TỈNH LÀO CAI\nSố: 12/2025/QĐ-UBND\nLào Cai, ngày 05 tháng 3 năm 2025", "Quyết định", None),
    ("TỈNH ỦY LÀO CAI\nSố 301-KL/TU\nLào Cai, ngày 05 tháng 3 năm 2025", "Kết luận", None),
    # a scan, column after column: the subject goes on over a line opening with a capital
    (f"BỘ CÔNG THƯƠNG\nsố,2 6 ŸBCT-ATMT\nV/v triển khai thực hiện thủ tục cấp\nGiấy phép vận chuyển hàng hóa nguy\n"
     f"hiểm loại 1,2,3,4,9\n{MOTTO}\n" "Hà Nội, ngày} thángh năm 2026", "Công văn",
     "triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9"),
    # ... but not after a finished sentence, nor over the motto or the date line
    ("SỞ Y TẾ\nSố: 55/SYT-NVY\nV/v tăng cường phòng chống dịch.\nHướng dẫn kèm theo", "Công văn",
     "tăng cường phòng chống dịch."),
    ("SỞ Y TẾ\nSố: 55/SYT-NVY\nV/v tăng cường phòng chống dịch\nĐộc lập - Tự do - Hạnh phúc", "Công văn",
     "tăng cường phòng chống dịch"),
    ("SỞ Y TẾ\nSố: 55/SYT-NVY\nV/v tăng cường phòng chống dịch\nLào Cai, ngày 05 tháng 3 năm 2025", "Công văn",
     "tăng cường phòng chống dịch"),
    # no V/v and no type code: unknown
    ("BỘ CÔNG THƯƠNG\nSố: 2265/BCT-ATMT", None, None),
]


@pytest.mark.parametrize("top, doc_type, title", CONG_VAN)
def test_cong_van(top, doc_type, title):
    doc = from_text(f"{top}\nKính gửi: Sở Công Thương các tỉnh.\n{BODY}")
    header = parse_header(doc)
    assert (_value(header.doc_type), _value(header.title)) == (doc_type, title)
    _check_quotes(doc, header)


# --- recipients ---------------------------------------------------------------------------------
RECIPIENTS = [
    ("Kính gửi: Ủy ban nhân dân tỉnh Tuyên Quang.", ["Ủy ban nhân dân tỉnh Tuyên Quang"]),
    ("Kính gửi: Giám đốc Sở Công Thương Lào Cai", ["Giám đốc Sở Công Thương Lào Cai"]),
    ("Kính gửi: Bộ Công Thương; Ủy ban nhân dân tỉnh.", ["Bộ Công Thương", "Ủy ban nhân dân tỉnh"]),
    ("Kính gửi:\n- Sở Tài chính;\n- Sở Nội vụ;\n- UBND các xã, phường.",
     ["Sở Tài chính", "Sở Nội vụ", "UBND các xã, phường"]),
    ("Đề nghị gửi Sở Tài chính.", []),
]


@pytest.mark.parametrize("lines, recipients", RECIPIENTS)
def test_recipients(lines, recipients):
    doc = from_text(f"BÁO CÁO\nTiêu đề\n{lines}\n{BODY}")
    header = parse_header(doc)
    assert [r.value for r in header.recipients] == recipients
    _check_quotes(doc, header)


# --- closing: distribution and signature --------------------------------------------------------
CLOSINGS = [
    ("Nơi nhận:\n- Như trên;\n- Lãnh đạo Sở;\n- Lưu VT, CN, VA.\nKT.GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHoàng Đức Tiến",
     ["Như trên", "Lãnh đạo Sở", "Lưu VT, CN, VA"], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Đức Tiến"),
    # no authority prefix: the head signs
    ("Nơi nhận:\n- Như trên;\n- Lưu: VT, CN (Trung).\nGIÁM ĐỐC\n(Đã ký)\nHoàng Chí Hiền",
     ["Như trên", "Lưu: VT, CN (Trung)"], None, "GIÁM ĐỐC", "Hoàng Chí Hiền"),
    # for a collective, with the signer's other post printed after the title
    ("Nơi nhận:\n- Văn phòng Chính phủ;\n- Lưu: VT, NC.\nTM. BAN CHỈ ĐẠO\nPHÓ TRƯỞNG BAN\n[daky]\nPHÓ CHỦ TỊCH UBND TỈNH\nNguyễn Ngọc Phúc",
     ["Văn phòng Chính phủ", "Lưu: VT, NC"], "TM. BAN CHỈ ĐẠO", "PHÓ TRƯỞNG BAN", "Nguyễn Ngọc Phúc"),
    # two prefixes in a row
    ("Nơi nhận:\n- Như trên;\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình",
     ["Như trên"], "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Bình"),
    # acting head: no title line of its own
    ("Nơi nhận:\n- Như trên;\nQ. GIÁM ĐỐC\nLê Thị Hoa", ["Như trên"], "Q. GIÁM ĐỐC", None, "Lê Thị Hoa"),
    # PDF lines interleaving both columns
    ("Nơi nhận: KT. CHỦ TỊCH\n- Bộ Nội vụ; PHÓ CHỦ TỊCH\n- Lưu: VT, NC.\nNguyễn Ngọc Phúc",
     ["Bộ Nội vụ", "Lưu: VT, NC"], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Ngọc Phúc"),
    # table row `Nơi nhận | signature`
    ("Nơi nhận: | KT. GIÁM ĐỐC\n- Tỉnh ủy (B/c); | PHÓ GIÁM ĐỐC\n- Lưu: VT. | Trịnh Văn Thành",
     ["Tỉnh ủy (B/c)", "Lưu: VT"], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trịnh Văn Thành"),
    # generalisation audit: party prefixes with a slash, no dot
    ("Nơi nhận:\n- Các đảng bộ trực thuộc;\n- Lưu Văn phòng Tỉnh ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\nLê Trường Lưu",
     ["Các đảng bộ trực thuộc", "Lưu Văn phòng Tỉnh ủy"], "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "Lê Trường Lưu"),
    ("Nơi nhận:\n- Như trên;\nT/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn Hùng", ["Như trên"], "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn Hùng"),
    # by authorisation; a ministry's deputy; a signing note in words
    ("Nơi nhận:\n- Như trên;\nTUQ. BỘ TRƯỞNG\nVỤ TRƯỞNG VỤ NGÂN SÁCH NHÀ NƯỚC\nNguyễn Văn Bình",
     ["Như trên"], "TUQ. BỘ TRƯỞNG", "VỤ TRƯỞNG VỤ NGÂN SÁCH NHÀ NƯỚC", "Nguyễn Văn Bình"),
    ("Nơi nhận:\n- Như trên;\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐã ký\nTrương Thanh Hoài",
     ["Như trên"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Thanh Hoài"),
    ("Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký và đóng dấu)\nNguyễn Thị Thu Hà",
     ["Như trên"], "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Thu Hà"),
    ("Nơi nhận:\n- Như trên;\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nNguyễn Thị Lan",
     ["Như trên"], "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thị Lan"),
    # the head of a school; the signer's name printed in capitals
    ("Nơi nhận:\n- Sở GD&ĐT (b/c);\n- Lưu VT.\nHIỆU TRƯỞNG\n(Đã ký)\nPhan Văn Hòa",
     ["Sở GD&ĐT (b/c)", "Lưu VT"], None, "HIỆU TRƯỞNG", "Phan Văn Hòa"),
    ("Nơi nhận:\n- Như trên;\nGIÁM ĐỐC\nĐÃ KÝ\nNGUYỄN VĂN AN", ["Như trên"], None, "GIÁM ĐỐC", "NGUYỄN VĂN AN"),
    # a scan: strokes of the signature or seal read before the signature lines
    ("Nơi nhận:\n- Như trên,\n- Lưu: VT, ATMT.\n_ KT. BỘ TRƯỞNG\nláic THỨ TRƯỞNG\nTrương Thanh Hoài",
     ["Như trên", "Lưu: VT, ATMT"], "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Thanh Hoài"),
    # ... but a line in mixed case keeps its words
    ("Nơi nhận:\n- Như trên;\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nđã ký Nguyễn Văn An", ["Như trên"], "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", None),
]


# --- a rank or degree before the signer's name ----------------------------------------------------
RANKS = [
    ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nThiếu tướng Nguyễn Văn An", "Thiếu tướng", "Nguyễn Văn An"),
    ("GIÁM ĐỐC\nĐại tá Trần Minh Bảo", "Đại tá", "Trần Minh Bảo"),
    ("KT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n(Đã ký)\nThượng tá Lê Thị Cúc", "Thượng tá", "Lê Thị Cúc"),
    ("HIỆU TRƯỞNG\nTS. Phạm Quốc Dũng", "TS.", "Phạm Quốc Dũng"),
    ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\nPGS.TS. Võ Thành Em", "PGS.TS.", "Võ Thành Em"),
    ("TRƯỞNG PHÒNG\nThS. Đỗ Thu Giang", "ThS.", "Đỗ Thu Giang"),
    ("GIÁM ĐỐC\nTHIẾU TƯỚNG HOÀNG VĂN HẢI", "THIẾU TƯỚNG", "HOÀNG VĂN HẢI"),
    # no rank: the name alone; a rank-like word that is part of no rank
    ("GIÁM ĐỐC\nNguyễn Văn Tá", None, "Nguyễn Văn Tá"),
    ("GIÁM ĐỐC\nTrung Văn Kiên", None, "Trung Văn Kiên"),
]


@pytest.mark.parametrize("block, rank, signer", RANKS)
def test_rank_before_the_name(block, rank, signer):
    doc = from_text(f"BÁO CÁO\nTiêu đề\n{BODY}\nTrên đây là báo cáo./.\nNơi nhận:\n- Như trên;\n{block}")
    header = parse_header(doc)
    assert (_value(header.signer_rank), _value(header.signer)) == (rank, signer)
    _check_quotes(doc, header)


# --- the document's own number where it recurs (an appendix header) ------------------------------------
OWN_NUMBER = [
    # the header's number blank: the appendix supplies it
    ("Số:      /QĐ-UBND", "PHỤ LỤC\n(Kèm theo Quyết định số 215/QĐ-UBND ngày 15/5/2026 của UBND tỉnh)", "215", False),
    ("Số:      /KH-SCT", "Biểu mẫu\n(Ban hành kèm theo Kế hoạch số 42 /KH-SCT ngày 03/4/2026)", "42", False),
    ("Số:      /2024/QĐ-UBND", "(Kèm theo Quyết định số 07/2024/QĐ-UBND)", "07", False),
    # ... agrees with it where both are printed
    ("Số: 215/QĐ-UBND", "(Kèm theo Quyết định số 215/QĐ-UBND ngày 15/5/2026)", "215", False),
    # OCR lost the tone of `số` in the appendix
    ("Số:      /BCA-C04", "(Kèm theo Công văn sô: 5689/BCA-C04 ngày 16 tháng 12 năm 2025)", "5689", False),
    # look-alikes: another document's symbol, a blank appendix number, a reference that is no appendix
    ("Số:      /QĐ-UBND", "(Kèm theo Quyết định số 98/QĐ-BCT ngày 02/01/2026 của Bộ Công Thương)", None, True),
    ("Số:      /BC-UBND", "(Kèm theo Báo cáo số /BC-UBND ngày tháng 12 năm 2025)", None, True),
    ("Số:      /QĐ-UBND", "Thực hiện Quyết định số 215/QĐ-UBND ngày 15/5/2026.", None, True),
]


@pytest.mark.parametrize("number_line, appendix, number, blank", OWN_NUMBER)
def test_own_number_in_an_appendix(number_line, appendix, number, blank):
    doc = from_text(f"UBND TỈNH BẮC SƠN\n{number_line}\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n{BODY}\n{appendix}")
    header = parse_header(doc)
    assert (_value(header.number), header.number_blank) == (number, blank)
    _check_quotes(doc, header)


# the appendix's date supplies a blank day; a printed day stays
OWN_DATE = [
    ("Bắc Sơn, ngày     tháng 5 năm 2026", "(Kèm theo Quyết định số 215/QĐ-UBND ngày 15/5/2026)", date(2026, 5, 15)),
    ("Bắc Sơn, ngày     tháng 5 năm 2026", "(Kèm theo Quyết định số: 215/QĐ-UBND ngày 15 tháng 5 năm 2026)",
     date(2026, 5, 15)),
    ("Bắc Sơn, ngày 14 tháng 5 năm 2026", "(Kèm theo Quyết định số 215/QĐ-UBND ngày 15/5/2026)", date(2026, 5, 14)),
    ("Bắc Sơn, ngày     tháng 5 năm 2026", "(Kèm theo Quyết định số 215/QĐ-UBND)", None),
]


@pytest.mark.parametrize("date_line, appendix, issued_on", OWN_DATE)
def test_own_date_in_an_appendix(date_line, appendix, issued_on):
    doc = from_text(f"UBND TỈNH BẮC SƠN\nSố:    /QĐ-UBND\n{date_line}\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n{BODY}\n{appendix}")
    header = parse_header(doc)
    assert (_value(header.number), header.issued_on, header.date_blank) == ("215", issued_on, issued_on is None)
    _check_quotes(doc, header)


@pytest.mark.parametrize("closing, distribution, authority, signer_title, signer", CLOSINGS)
def test_closing(closing, distribution, authority, signer_title, signer):
    doc = from_text(f"BÁO CÁO\nTiêu đề\n{BODY}\nTrên đây là báo cáo./.\n{closing}")
    header = parse_header(doc)
    assert [d.value for d in header.distribution] == distribution
    assert (_value(header.authority), _value(header.signer_title), _value(header.signer)) == (
        authority, signer_title, signer)
    _check_quotes(doc, header)


# --- the document's own province ----------------------------------------------------------------
PROVINCES = [
    ("UBND TỈNH TUYÊN QUANG\nSỞ CÔNG THƯƠNG\nSố: 1/BC-SCT\nBÁO CÁO\nTiêu đề", "Tuyên Quang"),
    ("ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: /BC-UBND\nBÁO CÁO\nTiêu đề", "Lâm Đồng"),
    ("UBND TỈNH BÀ RỊA - VŨNG TÀU\nSố: 1/BC-UBND\nBÁO CÁO\nTiêu đề", "Bà Rịa - Vũng Tàu"),
    ("SỞ CÔNG THƯƠNG\nSố: 1/BC-SCT\nLào Cai, ngày 05 tháng 3 năm 2025\nBÁO CÁO\nTiêu đề", "Lào Cai"),
    # nothing in the header: the most frequent `tỉnh <Name>` of the text
    ("BÁO CÁO\nTiêu đề\nCác huyện của tỉnh Tuyên Quang, tỉnh Hà Giang và tỉnh Tuyên Quang.", "Tuyên Quang"),
    ("BÁO CÁO\nTiêu đề\nKết quả của tỉnh trong năm.", None),
    # generalisation audit: a party committee is no `TỈNH <name>`; a district's place line is no province
    ("TỈNH ỦY THỪA THIÊN HUẾ\nSố 445-KL/TU\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\nKẾT LUẬN\nTiêu đề", "Thừa Thiên Huế"),
    ("UBND HUYỆN YÊN SƠN\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 25/TTr-TCKH\nYên Sơn, ngày 12 tháng 4 năm 2025\nTỜ TRÌNH\n"
     "Tiêu đề\nCác xã của tỉnh Tuyên Quang.", "Tuyên Quang"),
    ("ỦY BAN NHÂN DÂN\nXÃ KIM PHÚ\nSố: 15/BC-UBND\nKim Phú, ngày 10 tháng 10 năm 2025\nBÁO CÁO\nTiêu đề", None),
]


@pytest.mark.parametrize("text, province", PROVINCES)
def test_infer_province(text, province):
    doc = from_text(f"{text}\n{BODY}")
    assert infer_province(doc, parse_header(doc)) == province
