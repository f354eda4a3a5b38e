"""Header fields checked by hand in each document: field name → value, as `header_value` reads it.

EXPECTED: the non-scanned real documents (Word files opened in Word's XML, the PDF's text layer read page by
page) and the three signed PDFs of ../shared/signed (pages rendered with their signature widgets drawn: the
number and the day exist only in the stamps). tests/real asserts them.

MEASURED: the other genuine documents of ../shared (scans of ../shared/real and every file of
../shared/archive), read on their page images (.doc/.xls converted by LibreOffice, legacy fonts read as their
transcripts in ../shared/archive/transcripts print them): `make evaluate` scores them; tests/real asserts those
of the archive's files read from their text (old Word, TCVN3/VNI, the spreadsheet), not the scans (their OCR has
its own tests). A number or day written by hand is gold as unread (None, blank):
the pipeline must not invent it; where an appendix prints the document's own number, that number is gold.
"""

from __future__ import annotations

from datetime import date

from extract.normalise.document import NormalisedDocument
from extract.parse.header import infer_province
from schemas.models import Header

BLANK = None  # a number or day printed blank for signing
EXPECTED: dict[str, dict[str, object]] = {
    "lc02_sct_laocai_bc_tinh_hinh_ccn_2026-06.docx": {
        "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
        "number": BLANK, "number_blank": True, "symbol": "BC-SCT",
        "place": "Lào Cai", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo", "title": "Tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh",
        "recipients": ["Ủy ban nhân dân tỉnh Lào Cai"],
        "authority": None, "signer_title": "GIÁM ĐỐC", "signer": "Hoàng Chí Hiền", "province": "Lào Cai",
    },
    "lc05_sct_laocai_kh_de_an_08_2026-04.docx": {
        "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
        "number": BLANK, "number_blank": True, "symbol": "KH-SCT",
        "place": "Lào Cai", "issued_on": None, "date_blank": True,
        "doc_type": "Kế hoạch",
        "title": "Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn "
                 "2026-2030",
        "recipients": [],
        "authority": "KT. GIÁM ĐỐC", "signer_title": "PHÓ GIÁM ĐỐC", "signer": "Trịnh Văn Thành", "province": "Lào Cai",
    },
    "lc06_sct_laocai_dkt_bc_kiem_tra_vlncn_2026-04.docx": {
        "parent_issuer": "SỞ CÔNG THƯƠNG LÀO CAI", "issuer": "ĐOÀN KIỂM TRA",
        "number": BLANK, "number_blank": True, "symbol": "ĐKT-SCT",
        "place": "Lào Cai", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo",
        "title": "Kết quả kiểm tra việc chấp hành các quy định của pháp luật trong quản lý, bảo quản và sử dụng vật "
                 "liệu nổ công nghiệp",
        "recipients": ["Giám đốc Sở Công Thương Lào Cai"],
        "authority": "TM. ĐOÀN KIỂM TRA", "signer_title": "TRƯỞNG ĐOÀN", "signer": "Hoàng Văn Thuân",
        "province": "Lào Cai",
    },
    "ld03_bcd_lamdong_bc_de_an_06_thang3_2026.docx": {
        "parent_issuer": "UBND TỈNH LÂM ĐỒNG",
        "issuer": "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06",
        "number": BLANK, "number_blank": True, "symbol": "BC-BCĐ",
        "place": "Lâm Đồng", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo",
        "title": "Kết quả triển khai thực hiện Tổ Công tác triển khai Đề án 06, cải cách thủ tục hành chính, chuyển "
                 "đổi số gắn với Đề án 06 tháng 3/2026",
        "recipients": [],
        "authority": "TM. BAN CHỈ ĐẠO", "signer_title": "PHÓ TRƯỞNG BAN", "signer": "Nguyễn Ngọc Phúc",
        "province": "Lâm Đồng",
    },
    "ld01_ubnd_lamdong_bc_cchc_2025.pdf": {
        # number and day stamped at signing (page 1 as rendered with its signature widgets)
        "parent_issuer": None, "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "number": "329", "number_blank": False, "symbol": "BC-UBND",
        "place": "Lâm Đồng", "issued_on": date(2025, 12, 19), "date_blank": False,
        "doc_type": "Báo cáo",
        "title": "Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026 của tỉnh Lâm Đồng",
        "recipients": [],
        "authority": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Nguyễn Ngọc Phúc",
        "province": "Lâm Đồng",
    },
    "sg01_ubnd_laocai_qd_1696_uy_quyen_2026-05.pdf": {
        # the stamp over the printed month 4 says 5 (page 1 as drawn)
        "parent_issuer": None, "issuer": "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
        "number": "1696", "number_blank": False, "symbol": "QĐ-UBND",
        "place": "Lào Cai", "issued_on": date(2026, 5, 15), "date_blank": False,
        "doc_type": "Quyết định",
        "title": "Về việc ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của UBND tỉnh trong "
                 "lĩnh vực an toàn vệ sinh lao động và vận chuyển hàng hóa nguy hiểm trên địa bàn tỉnh Lào Cai",
        "recipients": [],
        "authority": "TM. ỦY BAN NHÂN DÂN", "signer_title": "CHỦ TỊCH", "signer": "Nguyễn Tuấn Anh",
        "province": "Lào Cai",
    },
    "sg02_ubnd_laocai_cv_7432_trien_khai_qd_1074_2026-07.pdf": {
        "parent_issuer": None, "issuer": "ỦY BAN NHÂN DÂN TỈNH LÀO CAI",
        "number": "7432", "number_blank": False, "symbol": "UBND-XD",
        "place": "Lào Cai", "issued_on": date(2026, 7, 21), "date_blank": False,
        "doc_type": "Công văn",
        "title": "triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng ban hành các giải pháp kỹ "
                 "thuật nâng cao an toàn phòng cháy, chữa cháy đối với các cơ sở, công trình không bảo đảm yêu cầu về "
                 "phòng cháy và chữa cháy",
        "recipients": ["Các Sở, ban, ngành thuộc tỉnh", "Công an tỉnh", "Ủy ban nhân dân các xã, phường"],
        "authority": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Phan Trung Bá", "province": "Lào Cai",
    },
    "sg03_sct_laocai_cv_1629_kho_vlncn_2026-03.pdf": {
        "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
        "number": "1629", "number_blank": False, "symbol": "SCT-CN",
        "place": "Lào Cai", "issued_on": date(2026, 3, 27), "date_blank": False,
        "doc_type": "Công văn",
        "title": "kế hoạch kiểm tra công tác nghiệm thu hoàn thành công trình xây dựng kho chứa vật liệu nổ công nghiệp "
                 "của dự án thủy điện Nậm Cang 1A tại xã Mường Bo, tỉnh Lào Cai.",
        "recipients": ["Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở"],
        "authority": "KT. GIÁM ĐỐC", "signer_title": "PHÓ GIÁM ĐỐC", "signer": "Hoàng Văn Thuân", "province": "Lào Cai",
    },
}

MEASURED: dict[str, dict[str, object]] = {
    "lc09_bct_cv_2265_atmt_gp_hhnh_2026-04_scan.pdf": {
        # number 2265 and day 02, month 4 written by hand: unread
        "doc_type": "Công văn", "parent_issuer": None, "issuer": "BỘ CÔNG THƯƠNG",
        "number": None, "number_blank": True, "symbol": "BCT-ATMT",
        "place": "Hà Nội", "issued_on": None, "date_blank": True,
        "title": "triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9",
        "authority": "KT. BỘ TRƯỞNG", "signer_title": "THỨ TRƯỞNG", "signer": "Trương Thanh Hoài",
    },
    "hcm01_dct_kh_753_khao_sat_hai_long_2026-06_scan.pdf": {
        # number 753 and day 23 written by hand: unread; no printed name under the signature
        "doc_type": "Kế hoạch", "parent_issuer": "BỘ CÔNG THƯƠNG",
        "issuer": "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH",
        "number": None, "number_blank": True, "symbol": "KH-DCT",
        "place": "Thành phố Hồ Chí Minh", "issued_on": None, "date_blank": True,
        "title": "Khảo sát, xác định chỉ số hài lòng của người dân đối với dịch vụ giáo dục công năm 2026",
        "authority": None, "signer_title": "HIỆU TRƯỞNG", "signer": None,
    },
    "vb01_ubnd_lamdong_bc_tong_ket_chien_luoc_pcmt_2025-11.doc": {
        "doc_type": "Báo cáo", "parent_issuer": None, "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "number": None, "number_blank": True, "symbol": "BC-UBND",
        "place": "Lâm Đồng", "issued_on": None, "date_blank": True,
        "title": "Tổng kết thực hiện Chiến lược quốc gia phòng, chống và kiểm soát ma túy đến năm 2020 và định hướng đến "
                 "năm 2030, gắn với tổng kết thực hiện Chương trình phòng, chống ma túy giai đoạn 2021-2025",
        "authority": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": None,
    },
    "vb03_btc_thuyet_minh_du_thao_tt_thay_tt244-2016_2025-01.doc": {
        # an explanatory note sent with a công văn whose number is blank; no header block, no signer
        "doc_type": "Thuyết minh", "parent_issuer": None, "issuer": None,
        "number": None, "number_blank": False, "symbol": None,
        "place": None, "issued_on": None, "date_blank": False,
        "title": "NỘI DUNG DỰ THẢO THÔNG TƯ THAY THẾ THÔNG TƯ SỐ 244/2016/TT-BTC",
        "authority": None, "signer_title": None, "signer": None,
    },
    "vb06_bca_cv_5689_c04_dau_tu_cong_ctmtqg_2025-12_scan.pdf": {
        # number 5689 and day 16 written by hand in the header, typed in the appendix's `Kèm theo Công văn số:
        # 5689/BCA-C04 ngày 16 tháng 12 năm 2025`: that supplies them
        "doc_type": "Công văn", "parent_issuer": None, "issuer": "BỘ CÔNG AN",
        "number": "5689", "number_blank": False, "symbol": "BCA-C04",
        "place": "Hà Nội", "issued_on": date(2025, 12, 16), "date_blank": False,
        "title": "dự kiến mục tiêu, nhiệm vụ, kế hoạch đầu tư công trung hạn và năm 2026 vốn NSTW thực hiện CTMTQG "
                 "PCMT đến năm 2030",
        "authority": "KT. BỘ TRƯỞNG", "signer_title": "THỨ TRƯỞNG", "signer": "Nguyễn Văn Long",
    },
    "vc02_mpi_vkcn_bc_sxkd_cn_thang02-2007_tcvn3.pdf": {
        # type and title on one line in capitals; no number, date, issuer block or signature
        "doc_type": "Báo cáo", "parent_issuer": None, "issuer": None,
        "number": None, "number_blank": False, "symbol": None,
        "place": None, "issued_on": None, "date_blank": False,
        "title": "VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007",
        "authority": None, "signer_title": None, "signer": None,
    },
    "vc03_ubnd_cantho_qd_256-2004_ct_cchc_tcvn3.doc": {
        "doc_type": "Quyết định", "parent_issuer": None, "issuer": "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
        "number": "256", "number_blank": False, "symbol": "QĐ-UB",
        "place": "TP.Cần Thơ", "issued_on": date(2004, 7, 1), "date_blank": False,
        "title": "V/v ban hành Chương trình Cải cách hành chính của thành phố Cần Thơ giai đoạn 2004 - 2010",
        "authority": "TM. UBND THÀNH PHỐ CẦN THƠ", "signer_title": "CHỦ TỊCH", "signer": "Võ Thanh Tòng",
    },
    "vc07_bqlkcn_brvt_qd_quy_che_chi_tieu_2007_vni.doc": {
        "doc_type": "Quyết định", "parent_issuer": "UBND TỈNH BÀ RỊA – VŨNG TÀU",
        "issuer": "BQL CÁC KHU CÔNG NGHIỆP BÀ RỊA – VŨNG TÀU",
        "number": None, "number_blank": True, "symbol": "QĐ.BQL–VP",
        "place": "Vũng Tàu", "issued_on": None, "date_blank": True,
        "title": "V/v : Ban hành Quy chế chi tiêu nội bộ, quản lý và sử dụng tài sản công của BQL các KCN. BR – VT.",
        "authority": None, "signer_title": "TRƯỞNG BAN", "signer": None,
    },
    "vc11_ubnd_cangio_mau23_qt_thu_ns_2004_vni.xls": {
        # a budget form annexed to a Quyết định of the district: no type, number, date or signature of its own
        "doc_type": None, "parent_issuer": "THÀNH PHỐ HỒ CHÍ MINH", "issuer": "UBND HUYỆN CẦN GIỜ",
        "number": None, "number_blank": False, "symbol": None,
        "place": None, "issued_on": None, "date_blank": False,
        "title": "QUYẾT TOÁN THU NGÂN SÁCH TRÊN ĐỊA BÀN HUYỆN,XÃ NĂM 2004",
        "authority": None, "signer_title": None, "signer": None,
    },
    "kk01_bvdk_bacninh_cv_6191_bvt-tckt_2021-09_scan.png": {
        "doc_type": "Công văn", "parent_issuer": "SỞ Y TẾ BẮC NINH", "issuer": "BỆNH VIỆN ĐA KHOA TỈNH",
        "number": "6191", "number_blank": False, "symbol": "BVT-TCKT",
        "place": "Bắc Ninh", "issued_on": date(2021, 9, 27), "date_blank": False,
        "title": "Đăng tải thông tin lựa chọn Đơn vị thực hiện tổ chức đấu giá trên trang thông tin điện tử",
        "authority": None, "signer_title": "GIÁM ĐỐC", "signer": "Hạ Bá Chân",
    },
}


def header_value(doc: NormalisedDocument, header: Header, field: str) -> object:
    """The value of one gold field: a header field's value (a list of values for lists), or the province
    inferred from the document for `province`."""
    if field == "province":
        return infer_province(doc, header)
    value = getattr(header, field)
    if isinstance(value, list):
        return [entry.value for entry in value]
    return value.value if hasattr(value, "value") else value


# the archive's scans, read from their page images (vb06 at 300 dpi; kk01, a 96-dpi page image): handwritten
# digits (vb06's number and day) are unread, never guessed; vb06's signer line prints the rank before the name
ARCHIVE_SCANS: dict[str, dict[str, object]] = {
    "vb06_bca_cv_5689_c04_dau_tu_cong_ctmtqg_2025-12_scan.pdf": {
        "parent_issuer": None, "issuer": "BỘ CÔNG AN",
        # the appendix's `Kèm theo Công văn số: 5689/BCA-C04 ngày 16 tháng 12 năm 2025` is typed: it supplies them
        "number": "5689", "symbol": "BCA-C04", "place": "Hà Nội", "issued_on": date(2025, 12, 16),
        "doc_type": "Công văn",
        "title": "dự kiến mục tiêu, nhiệm vụ, kế hoạch đầu tư công trung hạn và năm 2026 vốn NSTW thực hiện "
                 "CTMTQG PCMT đến năm 2030",
        "authority": "KT. BỘ TRƯỞNG", "signer_title": "THỨ TRƯỞNG", "signer": "Nguyễn Văn Long",
    },
    "kk01_bvdk_bacninh_cv_6191_bvt-tckt_2021-09_scan.png": {
        "parent_issuer": "SỞ Y TẾ BẮC NINH", "issuer": "BỆNH VIỆN ĐA KHOA TỈNH",
        "number": "6191", "symbol": "BVT-TCKT", "place": "Bắc Ninh", "issued_on": date(2021, 9, 27),
        "doc_type": "Công văn",
        "title": "Đăng tải thông tin lựa chọn Đơn vị thực hiện tổ chức đấu giá trên trang thông tin điện tử",
        "authority": None, "signer_title": "GIÁM ĐỐC", "signer": "Hạ Bá Chân",
    },
}
