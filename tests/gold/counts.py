"""Counts in genuine documents, by document prefix and paragraph: (value, noun, quoted text).

Each list was written by reading the normalised text (python-docx / pdfplumber) and applying the rules of
extract/parse/counts.py by hand: a number before a common noun, the noun phrase as printed, lower-case. They
were not copied from the parser. lc02 and ld03 are checked whole; ld01 (35 pages) on paragraphs of pages 3-6,
10-13 and 19-21. Left out by decision: the printed typo `1.870 dịch công trực tuyến` (ld01, the noun is
misspelt) and the annex tables of ld01, whose cells the PDF reader splits mid-word (`31 đơn` / `vị`).
"""

from __future__ import annotations

from typing import Optional

from extract.normalise.document import NormalisedDocument

Expected = tuple[int, str, str]  # value, noun, quoted text
CCN = "cụm công nghiệp"

# document prefix → [(a string inside the paragraph, or None for the whole document; the counts there)]
EXPECTED: dict[str, list[tuple[Optional[str], list[Expected]]]] = {
    "lc02": [(None, [
        (56, CCN, "56 cụm công nghiệp"),
        (23, CCN, "23 cụm công nghiệp"), (13, "ccn", "13 CCN"), (234, "dự án", "234 dự án"),
        (199, "dự án", "199 dự án"), (18, "dự án", "18 dự án"), (17, "dự án", "17 dự án"),
        (37, CCN, "37 cụm công nghiệp"), (5, "ccn", "05 CCN"), (5, "ccn", "05 CCN"), (27, "ccn", "27 CCN"),
        (4, CCN, "04 cụm công nghiệp"),
        (23, CCN, "23 cụm công nghiệp"), (2, "nhóm", "02 nhóm"),
        (16, CCN, "16 cụm công nghiệp"), (10, "cụm", "10 cụm"),
        (7, CCN, "07 cụm công nghiệp"),
        (7, "cụm", "07 CỤM"),  # heading `... HẠ TẦNG (07 CỤM)`
        (5, CCN, "05 cụm công nghiệp"), (5, CCN, "05 cụm công nghiệp"), (5, CCN, "05 cụm công nghiệp"),
        (27, CCN, "27 cụm công nghiệp"), (10, CCN, "10 cụm công nghiệp"), (23, "dự án", "23 dự án"),
        (3, CCN, "03 cụm công nghiệp"), (10, CCN, "10 cụm công nghiệp"),
    ])],
    "ld03": [(None, [
        (1, "hội nghị", "01 Hội nghị"), (5, "văn bản", "05 văn bản"), (15, "lượt làm việc", "15 lượt làm việc"),
        (12, "văn bản", "12 văn bản"), (2, "văn bản", "02 văn bản"), (1, "thủ tục", "01 thủ tục"),
        (1, "thủ tục", "01 thủ tục"), (15, "loại giấy tờ", "15 loại giấy tờ"),
        (51, "quyết định", "51 Quyết định"), (109, "thủ tục", "109 thủ tục"), (628, "thủ tục", "628 thủ tục"),
        (130, "thủ tục", "130 thủ tục"), (2313, "thủ tục", "2.313 thủ tục"), (1859, "thủ tục", "1.859 thủ tục"),
        (454, "thủ tục", "454 thủ tục"),
        (339133, "hồ sơ", "339.133 hồ sơ"), (305712, "hồ sơ", "305.712 hồ sơ"), (293132, "hồ sơ", "293.132 hồ sơ"),
        (12579, "hồ sơ", "12.579 hồ sơ"), (33421, "hồ sơ", "33.421 hồ sơ"), (31295, "hồ sơ", "31.295 hồ sơ"),
        (2126, "hồ sơ", "2.126 hồ sơ"), (257942, "hồ sơ", "257.942 hồ sơ"),
        (360414, "hồ sơ", "360.414 hồ sơ"), (370320, "tổng hồ sơ", "370.320 tổng hồ sơ"),
        (12467, "hồ sơ", "12.467 hồ sơ"), (10207, "hồ sơ", "10.207 hồ sơ"), (2260, "hồ sơ", "2.260 hồ sơ"),
        (11397, "hồ sơ", "11.397 hồ sơ"), (82438, "hồ sơ", "82.438 hồ sơ"),
        (59072, "đăng ký", "59.072 đăng ký"),  # `(59.072 đăng ký khai sinh - ...`: the noun `hồ sơ` is left out
        (24366, "hồ sơ", "24.366 hồ sơ"), (61287, "hồ sơ", "61.287 hồ sơ"),
        (210048, "giao dịch", "210.048 giao dịch"),
        (60758, "lượt", "60.758 lượt"), (52700, "lượt tra cứu", "52.700 lượt tra cứu"),
        (183, "cơ sở", "183 cơ sở"), (73285, "lượt thông báo", "73.285 lượt thông báo"),
        (7992, "tài khoản", "7.992 tài khoản"), (7804992, "lượt thông báo", "7.804.992 lượt thông báo"),
        (6317, "hồ sơ", "6.317 hồ sơ"), (8283, "hồ sơ", "8.283 hồ sơ"), (29695, "hồ sơ", "29.695 hồ sơ"),
        (32693, "hồ sơ", "32.693 hồ sơ"), (162, "bài viết", "162 bài viết"),
        (3999830, "lượt hồ sơ", "3.999.830 lượt hồ sơ"), (2891016, "tài khoản", "2.891.016 tài khoản"),
        (2228763, "tài khoản", "2.228.763 tài khoản"),
        (8081, "tàu cá", "8.081 tàu cá"), (8081, "chủ tàu", "8.081 chủ tàu"),
        (1016, "thuyền trưởng", "1.016 thuyền trưởng"), (1139, "máy trưởng", "1.139 máy trưởng"),
        (6274, "thuyền viên", "6.274 thuyền viên"),
        (1156846, "trường hợp", "1.156.846 trường hợp"), (2993927, "thửa đất", "2.993.927 thửa đất"),
        (346170, "thửa đất", "346.170 thửa đất"), (290773, "giấy chứng nhận", "290.773 giấy chứng nhận"),
        (84605, "tờ khai", "84.605 tờ khai"), (96799, "phương tiện", "96.799 phương tiện"),
        (56920, "hội viên", "56.920 hội viên"), (72142, "hội viên", "72.142 hội viên"),
        (48253, "hội viên", "48.253 hội viên"), (251, "hội viên", "251 hội viên"),
        (92715, "đối tượng", "92.715 đối tượng"), (20901, "người", "20.901 người"),
        (248, "điểm cầu", "248 điểm cầu"), (22, "hệ thống", "22 hệ thống"),
        (400000, "lượt giao dịch", "400.000 lượt giao dịch"),
        (1, "cổng", "01 Cổng"), (10, "cơ quan", "10 cơ quan"), (124, "xã", "124 xã"),
        (169, "đơn vị", "169 đơn vị"), (30000, "tài khoản", "30.000 tài khoản"), (8, "doanh nghiệp", "08 doanh nghiệp"),
        (19, "nhiệm vụ", "19 nhiệm vụ"), (4, "nhiệm vụ", "04 nhiệm vụ"), (2, "nhiệm vụ", "02 nhiệm vụ"),
        (19, "nhiệm vụ", "19 nhiệm vụ"), (2, "dịch vụ", "02 dịch vụ"),  # footnote 8
    ])],
    "ld01": [
        ("đến nay tỉnh đã tổ chức 03 Hội nghị", [(3, "hội nghị", "03 Hội nghị"), (342, "doanh nghiệp", "342 doanh nghiệp")]),
        ("Triển khai Công văn số 4625/BNV-CCHC", [(2, "cấp", "02 cấp")]),
        ("kiểm tra tại 42/42 cơ quan", [(4, "cơ quan", "04 cơ quan"), (38, "đơn vị", "38 đơn vị")]),
        ("Tỉnh đã triển khai thực hiện nhiều hình thức", []),  # `24/24 giờ`, `07 ngày trong tuần`
        ("Tỉnh đã tổ chức phát sóng trực tiếp", [
            (22, "chương trình", "22 Chương trình"), (3, "phóng sự", "03 phóng sự"), (6, "bài viết", "06 bài viết"),
            (3, "bài chuyên mục", "03 bài chuyên mục"), (1, "bài trang chủ", "01 bài trang chủ"),
            (300, "công chức", "300 công chức"),
        ]),
        ("trao giải cho 22 cá nhân", [(22, "cá nhân", "22 cá nhân")]),
        ("Tổng số nhiệm vụ được giao là 123", []),
        ("Các mô hình triển khai thí điểm gồm", [
            (2594, "hồ sơ", "2.594 hồ sơ"), (3418, "hồ sơ", "3.418 hồ sơ"), (20316, "hồ sơ", "20.316 hồ sơ"),
            (14, "hồ sơ", "14 hồ sơ"),
        ]),
        ("HĐND tỉnh đã ban hành 36 Nghị quyết", [(36, "nghị quyết", "36 Nghị quyết"), (137, "quyết định", "137 Quyết định")]),
        ("Sở Tư pháp thực hiện thẩm định 268", [(268, "dự thảo", "268 dự thảo")]),
        ("Có 07 sở, ngành và 35 UBND", [(7, "sở", "07 sở"), (35, "ubnd", "35 UBND")]),
        ("Tỉnh Lâm Đồng: HĐND tỉnh đã thông qua 08", [
            (8, "nghị quyết", "08 nghị quyết"), (40, "quyết định", "40 quyết định"),
            (6, "nghị quyết", "06 nghị quyết"), (23, "quyết định", "23 quyết định"),
            (6, "nghị quyết", "6 nghị quyết"), (32, "quyết định", "32 quyết định"),
            (16, "nghị quyết", "16 nghị quyết"), (42, "quyết định", "42 quyết định"),
        ]),
        ("Sở Tư pháp tỉnh Lâm Đồng đã thẩm định 74", [
            (74, "dự thảo", "74 dự thảo"), (31, "dự thảo", "31 dự thảo"), (71, "dự thảo", "71 dự thảo"),
            (92, "dự thảo", "92 dự thảo"),
        ]),
        ("tỉnh đã công bố 598 TTHC", [(598, "tthc", "598 TTHC")]),
        ("đã công bố 68 Quyết định", [
            (68, "quyết định", "68 Quyết định"), (247, "tthc", "247 TTHC"), (338, "tthc", "338 TTHC"), (60, "tthc", "60 TTHC"),
        ]),
        ("Tất cả các TTHC đều được công bố kịp thời", [
            (1946, "tthc", "1.946 TTHC"), (426, "tthc", "426 TTHC"), (420, "tthc", "420 TTHC"), (217, "tthc", "217 TTHC"),
        ]),
        ("Kho bạc Nhà nước khu vực XVI", [(11, "tthc", "11 TTHC"), (167, "tthc", "167 TTHC"), (25, "tthc", "25 TTHC")]),
        ("Tình hình tổ chức và hoạt động của Bộ phận Một cửa", []),  # `124/124 xã`, `100%`
        ("hợp nhất nguyên trạng 03 Trung tâm", [
            (3, "trung tâm", "03 Trung tâm"), (3, "tỉnh", "03 tỉnh"), (42, "công chức", "42 công chức"),
            (4, "phó giám đốc", "04 Phó Giám đốc"),
        ]),
        ("Tỉnh đã thành lập 124 Trung tâm", [
            (124, "trung tâm", "124 Trung tâm"), (841, "cán bộ", "841 cán bộ"), (112, "trung tâm", "112 Trung tâm"),
            (98, "trung tâm", "98 Trung tâm"), (85, "trung tâm", "85 Trung tâm"),
        ]),
        ("Ngoài ra, có 31 đơn vị", [
            (31, "đơn vị", "31 đơn vị"), (28, "ban", "28 Ban"), (2, "đơn vị", "2 đơn vị"), (1, "đơn vị", "01 đơn vị"),
        ]),
        ("đã phân bổ biên chế năm 2025", [
            (2, "cấp", "02 cấp"), (9976, "biên chế", "9.976 biên chế"), (3743, "biên chế", "3.743 biên chế"),
            (6233, "biên chế", "6.233 biên chế"), (60674, "biên chế", "60.674 biên chế"),
            (17607, "biên chế", "17.607 biên chế"), (41740, "biên chế", "41.740 biên chế"),
            (1327, "biên chế", "1.327 biên chế"),
        ]),
        ("Thực hiện Công văn chỉ đạo của Bộ Nội vụ", [
            (2, "cấp", "02 cấp"), (28, "nghị định", "28 Nghị định"), (2, "cấp", "02 cấp"), (2, "cấp", "02 cấp"),
        ]),
        ("Hệ thống truyền dẫn cáp quang", []),  # `100% xã`
        ("Hệ thống mạng CAMPUS", [(2000, "người dùng", "2.000 người dùng"), (200, "người dùng", "200 người dùng")]),
        ("Tỉnh triển khai nền tảng chia sẻ", [(22, "hệ thống", "22 hệ thống"), (400000, "lượt giao dịch", "400.000 lượt giao dịch")]),
        ("Hoàn thành hệ thống Hội nghị truyền hình", [
            (248, "điểm cầu", "248 điểm cầu"), (124, "đảng ủy", "124 đảng ủy"), (124, "ủy ban", "124 Ủy ban"),
        ]),
        ("đã khai báo hoàn thành cho 169", [(169, "đơn vị", "169 đơn vị"), (30000, "tài khoản", "30.000 tài khoản")]),
        ("Đến nay, có 10.386 chứng thư", [
            (10386, "chứng thư", "10.386 chứng thư"), (553, "tài khoản", "553 tài khoản"),
            (1495, "chứng thư", "1.495 chứng thư"), (8891, "chứng thư", "8.891 chứng thư"), (8250, "token", "8.250 Token"),
            (641, "sim", "641 SIM"), (4074, "chứng thư", "4.074 chứng thư"), (6312, "chứng thư", "6.312 chứng thư"),
            (890, "trường hợp", "890 trường hợp"),
        ]),
        ("toàn tỉnh đã cung cấp 2.227", [(2227, "dịch vụ", "2.227 dịch vụ"), (357, "dịch vụ", "357 dịch vụ")]),
    ],
}


def paragraph_span(doc: NormalisedDocument, anchor: Optional[str]) -> tuple[int, int]:
    """Where an anchor's counts are scored: the one paragraph holding `anchor`, or the whole text for None."""
    if anchor is None:
        return 0, len(doc.text)
    if doc.text.count(anchor) != 1:
        raise ValueError(f"anchor not unique: {anchor!r}")
    paragraph = doc.paragraph_at(doc.text.index(anchor))
    if paragraph is None:
        raise ValueError(f"anchor outside any paragraph: {anchor!r}")
    return paragraph.start, paragraph.end
