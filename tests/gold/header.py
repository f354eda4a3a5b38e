"""Header fields of the non-scanned real documents, checked by hand in each document (Word files opened in
Word's XML, the PDF's text layer read page by page): field name → value, as `header_value` reads it.
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
        "parent_issuer": None, "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "number": BLANK, "number_blank": True, "symbol": "BC-UBND",
        "place": "Lâm Đồng", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo",
        "title": "Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026 của tỉnh Lâm Đồng",
        "recipients": [],
        "authority": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Nguyễn Ngọc Phúc",
        "province": "Lâm Đồng",
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
        "number": BLANK, "symbol": "BCA-C04", "place": "Hà Nội", "issued_on": None,
        "doc_type": "Công văn",
        "title": "dự kiến mục tiêu, nhiệm vụ, kế hoạch đầu tư công trung hạn và năm 2026 vốn NSTW thực hiện "
                 "CTMTQG PCMT đến năm 2030",
        "authority": "KT. BỘ TRƯỞNG", "signer_title": "THỨ TRƯỞNG", "signer": "Thượng tướng Nguyễn Văn Long",
    },
    "kk01_bvdk_bacninh_cv_6191_bvt-tckt_2021-09_scan.png": {
        "parent_issuer": "SỞ Y TẾ BẮC NINH", "issuer": "BỆNH VIỆN ĐA KHOA TỈNH",
        "number": "6191", "symbol": "BVT-TCKT", "place": "Bắc Ninh", "issued_on": date(2021, 9, 27),
        "doc_type": "Công văn",
        "title": "Đăng tải thông tin lựa chọn Đơn vị thực hiện tổ chức đấu giá trên trang thông tin điện tử",
        "authority": None, "signer_title": "GIÁM ĐỐC", "signer": "Hạ Bá Chân",
    },
}
