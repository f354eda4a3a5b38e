"""Totals stated with their parts in the genuine documents, found by reading them (not from the pipeline).

Every entry is a relation the document itself states: a total and its parts in one sentence or list
(``sum`` for money in đồng, ``count_sum`` for counts), a table's total or group row and the rows it
covers (``table_sum``), a percentage beside the part and whole it is computed from (``share`` — and
``share`` with stated ``100`` for parts' percentages that must add up to the whole), a rate stated with
its pair (``rate``: ``X/Y ... đạt Z%``, or a ``Tỷ lệ`` table row over its two sub-rows), and a counted
list written out in the body or a footnote (``list_length``, parts = the number of items printed).
The status is the one the arithmetic gives on the printed figures: a rate or share passes when the
recomputed percentage, rounded to the printed decimals, equals the printed one.

Read: the seven documents of ../shared/real (the scans on their page images), and in ../shared/archive
the text-layer PDF vc02, the spreadsheet vc11 and the transcripts of the legacy files (vc03, vc07);
vb01 and vb03 (.doc) through a LibreOffice text export, read by eye. Out of scope by decision:
physical measures (ha, MW, kWh, kg), which the pipeline does not extract, and shares of an unstated
whole (``để lại 85%, nộp NSNN 15%``). vb06, kk01, lc09, lc05 (templates with ``…``) and vc07 (its
tables are embedded Excel objects) state no total with its parts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

from schemas.models import Check


@dataclass(frozen=True)
class Total:
    """One stated total: check kind, stated value, the parts' values (rate/share: part then whole), status."""

    kind: str
    stated: str
    parts: tuple[str, ...]
    status: str
    note: str = field(default="", compare=False)


def _t(kind: str, stated: object, parts: tuple, status: str = "pass", note: str = "") -> Total:
    return Total(kind, str(stated), tuple(str(p) for p in parts), status, note)


B = 10**9  # tỷ đồng
M = 10**6  # triệu đồng

EXPECTED: dict[str, list[Total]] = {
    "seed.txt": [
        _t("count_sum", 37, (10, 27)),
        _t("list_length", 38, (38,)),
        _t("list_length", 5, (5,)),
        _t("subset", 5, (5,)),
        _t("sum", 13183720000, (5570 * M, 3700 * M, 3913720000)),
    ],
    "lc02_sct_laocai_bc_tinh_hinh_ccn_2026-06.docx": [
        _t("count_sum", 56, (23, 37, 4), "fail", "56 CCN; Trong đó: a) 23 b) 37 c) 04 (c is withdrawn)"),
        _t("count_sum", 37, (5, 5, 27)),
        _t("list_length", 5, (5,), note="05 CCN ...: Châu Quế, Yên Hợp 2, Mông Sơn, Tân Nguyên, Bảo Hưng 2"),
        _t("list_length", 5, (5,), note="05 CCN ...: Phú Thịnh 4, Phú Thịnh 5, Yên Hợp 1, Gia Hội, Phong Hải"),
        _t("list_length", 4, (4,), note="04 cụm (Đông Phố Mới; Sơn Mãn; Đầm Hồng; Tây Cầu Mậu A)"),
        _t("count_sum", 23, (16, 7), note="23 cụm chia thành 02 nhóm: a) Nhóm 1: 16 cụm b) Nhóm 2: 07 cụm"),
        _t("list_length", 2, (2,), note="02 nhóm: a) b)"),
        _t("list_length", 7, (7,), note="07 cụm ..., (Minh Quân, ..., Bảo Minh)"),
        _t("list_length", 7, (7,), note="heading (07 CỤM), items 1.-7."),
        _t("list_length", 5, (5,), note="05 cụm ..., gồm: items 1.-5."),
        _t("list_length", 5, (5,), note="05 cụm ..., cụ thể: items 1.-5."),
        _t("count_sum", 234, (199, 18, 17)),
    ],
    "lc05_sct_laocai_kh_de_an_08_2026-04.docx": [],
    "lc06_sct_laocai_dkt_bc_kiem_tra_vlncn_2026-04.docx": [
        _t("list_length", 3, (3,), note="03 đơn vị ..., gồm: A, B, C, kết quả"),
    ],
    "ld03_bcd_lamdong_bc_de_an_06_thang3_2026.docx": [
        _t("count_sum", 2313, (1859, 454), note="tổng số lượng TTHC ... 2.313, cấp tỉnh 1.859, cấp xã 454"),
        _t("count_sum", 339133, (305712, 33421)),
        _t("count_sum", 305712, (293132, 12579), "fail", "(trước hạn và đúng hạn 293.132, quá hạn 12.579)"),
        _t("share", "95.88", (293132, 305712), "fail", "95,885 rounds to 95,89"),
        _t("share", "4.12", (12579, 305712), "fail", "4,115 rounds to 4,11"),
        _t("share", 100, ("95.88", "4.12")),
        _t("count_sum", 33421, (31295, 2126)),
        _t("rate", "97.33", (360414, 370320)),
        _t("count_sum", 12467, (10207, 2260)),
        _t("rate", "91.42", (11397, 12467), note="trong đó: 11.397 hồ sơ đã trả kết quả (đạt tỷ lệ 91,42%)"),
        _t("count_sum", 82438, (59072, 24366), "fail", "59.072 + 24.366 = 83.438"),
        _t("rate", "74.34", (61287, 82438)),
        _t("rate", 56, (26770, 47826)),
        _t("rate", "86.7", (52700, 60758)),
        _t("rate", "76.3", (6317, 8283)),
        _t("rate", "90.83", (29695, 32693)),
        _t("rate", 97, (3180724, 3280720)),
        _t("rate", "86.09", (17432, 20248)),
        _t("count_sum", 17432, (2157, 15275)),
        _t("count_sum", 20248, (2517, 17731)),
        _t("rate", "85.7", (2157, 2517)),
        _t("rate", "86.15", (15275, 17731)),
        _t("rate", "99.71", (2865876, 2874311)),
        _t("rate", "97.17", (17019, 17525), "fail", "17.019/17.525 is 97,11%"),
        _t("list_length", 8, (8,), note="08 doanh nghiệp viễn thông (8 names)"),
        _t("list_length", 2, (2,), note="02 văn bản ..., cụ thể: + Ngành Y tế ... + Ngành Nông nghiệp ..."),
        _t("sum", 398497 * M, (220177 * M, 178320 * M)),
        _t("count_sum", 19, (13, 4, 2), note="19 nhiệm vụ ... 13/19 ..., 04 ..., 02 nhiệm vụ"),
        _t("list_length", 19, (19,), note="footnote 8: 19 nhiệm vụ trọng tâm: (1)-(13), (1)-(4), (1)-(2)"),
    ],
    "ld01_ubnd_lamdong_bc_cchc_2025.pdf": [
        _t("rate", 100, (45, 45), note="hoàn thành 45/45 nhiệm vụ đề ra (đạt 100% kế hoạch)"),
        _t("count_sum", 42, (4, 38), note="42/42 cơ quan, đơn vị (gồm: 04 cơ quan ... và 38 đơn vị ...)"),
        _t("rate", 100, (42, 42)),
        _t("rate", 100, (123, 123), note="Tổng số nhiệm vụ được giao là 123, ... 123/123 nhiệm vụ (đạt 100%)"),
        _t("count_sum", 9, (5, 4)),
        _t("count_sum", 24, (16, 8)),
        _t("count_sum", 2372, (1946, 426)),
        _t("count_sum", 195197, (193457, 1740)),
        _t("share", "99.1", (193457, 195197)),
        _t("share", "0.9", (1740, 195197)),
        _t("share", 100, ("99.1", "0.9")),
        _t("count_sum", 468463, (467565, 898)),
        _t("share", "99.81", (467565, 468463)),
        _t("share", "0.19", (898, 468463)),
        _t("share", 100, ("99.81", "0.19")),
        _t("count_sum", 9976, (3743, 6233)),
        _t("count_sum", 60674, (17607, 41740, 1327)),
        _t("rate", 100, (33, 33), note="hoàn thành 33/33 lớp bồi dưỡng ... (đạt 100%)"),
        _t("sum", 23997 * B, (22143 * B, 1855 * B), "fail"),
        _t("sum", 22143 * B, (19596 * B, 2548 * B), "fail"),
        _t("rate", "42.5", (9400 * B, 22143 * B), note="22.143 tỷ ..., đã giải ngân được 9.400 tỷ đồng, đạt 42,5%"),
        _t("sum", 1855 * B, (1273 * B, 582 * B)),
        _t("rate", "51.8", (9037, 17454), note="9.037/17.454 tỷ đồng, đạt 51,8%"),
        _t("sum", 95120259153, (94848107153, 272152000)),
        _t("rate", "99.71", (94848107153, 95120259153)),
        _t("sum", 343122991249, (343001552249, 121439000)),
        _t("rate", "99.96", (343001552249, 343122991249)),
        _t("count_sum", 271, (12, 71, 123, 65)),
        _t("count_sum", 123, (36, 58, 29)),
        _t("count_sum", 10386, (1495, 8891)),
        _t("count_sum", 8891, (8250, 641), note="8.891 chứng thư cá nhân (8.250 Token, 641 SIM PKI)"),
        _t("count_sum", 10386, (4074, 6312), note="..., với 4.074 chứng thư ... cấp tỉnh và 6.312 ... cấp xã"),
        _t("count_sum", 2227, (1870, 357)),
        _t("count_sum", 36, (8, 6, 6, 16), note="36 Nghị quyết QPPL ...⁴: footnote 4 gives them by province"),
        _t("count_sum", 137, (40, 23, 32, 42), note="137 Quyết định QPPL⁴: footnote 4"),
        _t("count_sum", 268, (74, 31, 71, 92), note="268 dự thảo văn bản QPPL⁵: footnote 5"),
        _t("count_sum", 155, (49, 23, 45, 38), note="tự kiểm tra 155 Quyết định QPPL⁸: footnote 8, page 8"),
        _t("count_sum", 734, (77, 397, 35, 225), note="rà soát 734 văn bản QPPL⁹: footnote 9's rà soát figures, page 9"),
        _t("list_length", 14, (14,), note="14 sở, ngành¹²: footnote 12 names 14"),
        _t("count_sum", 12, (8, 1, 1, 2), note="12 chi cục¹³: footnote 13, 08 + 01 + 01 + 02 chi cục"),
        _t("list_length", 8, (8,), note="footnote 13: 08 chi cục ... (8 names split by ';')"),
        _t("list_length", 2, (2,), note="footnote 13: 02 chi cục ... (Dân số, An toàn vệ sinh thực phẩm)"),
        _t("list_length", 14, (14,), note="14 đơn vị sự nghiệp ...¹⁴: footnote 14 names 14"),
        _t("rate", "90.58", (419218, 462814)),
        _t("rate", 100, (553, 553)),
        # annex tables (numbered indicator rows): total or group rows over their sub-rows
        _t("table_sum", 123, (123, 0, 0)),
        _t("table_sum", 249, (174, 75)),
        _t("table_sum", 2372, (1946, 426, 420), "fail", "1.4.3 ngành dọc is printed as a sub-row of 1.4"),
        _t("table_sum", 1747, (14, 266, 1467)),
        _t("table_sum", 0, (0, 0, 0, 0), note="4. Số lượng ... bị kỷ luật over 4.1-4.4"),
        _t("table_sum", 271, (12, 71, 123, 65, 0), note="2.1 Tổng số ĐVSN over its sibling rows 2.2-2.6"),
        _t("table_sum", 123, (36, 58, 29)),
        # 'Tỷ lệ' rows over their two sub-rows (part, then the 'Tổng số' whole)
        _t("rate", 100, (45, 45)),
        _t("rate", 100, (23, 23)),
        _t("rate", 100, (194, 194)),
        _t("rate", "99.10", (193457, 195197), "fail", "99,109 rounds to 99,11"),
        _t("rate", "99.81", (467565, 468463)),
        _t("rate", 100, (726, 726)),
        _t("rate", "51.8", (9037 * B, 17454 * B), note="9.037.000 and 17.454.000 triệu đồng"),
        _t("rate", 100, (1870, 1870)),
        _t("rate", "95.99", (575, 599)),
        _t("rate", "90.58", (419218, 462814)),
        _t("rate", "86.99", (210550, 242046)),
        _t("rate", 100, (453, 453)),
    ],
    "hcm01_dct_kh_753_khao_sat_hai_long_2026-06_scan.pdf": [
        _t("list_length", 5, (5,), note="05 khoa ..., gồm: a table of 5 rows (page 2)"),
    ],
    "lc09_bct_cv_2265_atmt_gp_hhnh_2026-04_scan.pdf": [],
    "vb06_bca_cv_5689_c04_dau_tu_cong_ctmtqg_2025-12_scan.pdf": [],
    "kk01_bvdk_bacninh_cv_6191_bvt-tckt_2021-09_scan.png": [],
    "vc02_mpi_vkcn_bc_sxkd_cn_thang02-2007_tcvn3.pdf": [
        _t("share", 100, ("26.1", "34.8", "39"), "fail", "the three sectors' shares of 89.084 tỷ add to 99,9%"),
    ],
    "vc03_ubnd_cantho_qd_256-2004_ct_cchc_tcvn3.doc": [
        _t("count_sum", 744, (345, 378, 21)),
        _t("count_sum", 162, (28, 134)),
        _t("count_sum", 3004, (1846, 1158)),
    ],
    "vc07_bqlkcn_brvt_qd_quy_che_chi_tieu_2007_vni.doc": [],
    "vc11_ubnd_cangio_mau23_qt_thu_ns_2004_vni.xls": [
        # ĐVT: 1000 đồng; group rows A, I, 1, 6, B, I over their children
        _t("table_sum", 12974745000, (12726570000, 248175000)),
        _t("table_sum", 12726570000, (5575470000, 146278000, 721411000, 556347000, 3107304000, 2619160000, 600000)),
        _t("table_sum", 5575470000, (2982815000, 2214265000, 366190000, 12200000)),
        _t("table_sum", 3107304000, (89344000, 245643000, 321969000, 2182154000, 268194000)),
        _t("table_sum", 151479527000, (149217102000, 2262425000)),
        _t("table_sum", 149217102000, (3113119000, 1899060000, 140506368000, 3698555000)),
    ],
    "vb01_ubnd_lamdong_bc_tong_ket_chien_luoc_pcmt_2025-11.doc": [
        _t("count_sum", 1922, (814, 1084, 24), note="1922 người. Trong đó: ...: 814; ...: 1084; ...: 24"),
        _t("count_sum", 1922, (1800, 122), note="Giới tính: nam: 1800, nữ: 122"),
        _t("count_sum", 1922, (851, 1071), note="Nghề nghiệp: có: 851, không: 1071"),
        _t("count_sum", 1922, (0, 13, 629, 1280), note="Độ tuổi: 00; 13; 629; 1280"),
        _t("count_sum", 4051, (3959, 92)),
        _t("count_sum", 4051, (4, 248, 17, 1265, 2495, 14, 8), note="Loại ma tuý sử dụng: ..."),
    ],
    "vb03_btc_thuyet_minh_du_thao_tt_thay_tt244-2016_2025-01.doc": [
        _t("sum", 29300000000, (11600000000, 17700000000)),
        _t("sum", 792 * B, (513 * B, 199 * B, 80 * B)),
    ],
}


def _plain(value: str) -> str:
    """A value written the one way gold and checks are compared: no trailing zeros, no exponent."""
    number = Decimal(value).normalize()
    return format(number, "f") if number != number.to_integral_value() else str(int(number))


def key(kind: str, stated: str, parts: tuple[str, ...]) -> tuple[str, str, tuple[str, ...]]:
    """What a total is matched by: kind, stated value and the parts' values, in any order."""
    return kind, _plain(stated), tuple(sorted((_plain(p) for p in parts), key=Decimal))


def gold_key(total: Total) -> tuple[str, str, tuple[str, ...]]:
    return key(total.kind, total.stated, total.parts)


def check_key(check: Check) -> Optional[tuple[str, str, tuple[str, ...]]]:
    """The key of a check found by the pipeline (list checks: the number of items counted)."""
    if check.check in ("list_length", "subset"):
        return key(check.check, check.stated, (check.computed,))
    return key(check.check, check.stated, tuple(f.value for f in check.figures if f.role != "stated"))
