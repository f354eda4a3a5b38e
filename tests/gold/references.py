"""References in the real documents, written by hand from reading each one: those with a text layer
(EXPECTED) and the two scans (SCANNED, checked against the page images).

Each expected mention is `canonical date` (date as printed beside it, `-` where none is printed), one per
mention in reading order. A found mention matches an expected one when the canonical ids are equal and,
where a date is printed, the dates are equal (a short mention may carry a date borrowed from its full
mention). What is not a reference here, by definition: numbers without a symbol (`Đề án 06`, `Đề án số 08`,
`Công điện 232`) and technical standards (`QCVN 01:2019/BCT`).
"""

from __future__ import annotations

from datetime import date

from schemas.models import Reference

EXPECTED = {
    "lc02_sct_laocai_bc_tinh_hinh_ccn_2026-06.docx": """
        312/GM-VPUBND 17/6/2026
        525/QĐ-UBND 25/02/2026
        32/2024/NĐ-CP -
        2257/BC-SCT 23/4/2026
        34-NQ/TU 27/12/2025
        134/KH-UBND 26/3/2026
        2694/STC-CN 14/5/2026
        2695/STC-CN 14/5/2026
        3433/SCT-CN 12/6/2026
        32/2024/NĐ-CP -
        99/TB-UBND 02/6/2026
        227/PC-VPUBND 12/3/2026
        6073/UBND-KT 14/6/2026
        1382/QĐ-UBND 23/4/2026
        32/2024/NĐ-CP -
        2887/SCT-CN 21/5/2026
        525/QĐ-UBND 25/02/2026
        1955/QĐ-UBND 19/6/2025
        67/TB-VPUBND 15/12/2025
        1918/SNNMT-QLĐĐ 19/3/2026
        227/PC-VPUBND 12/3/2026
        6073/UBND-KT 14/6/2026
        02/2026/VQYB-DA 09/3/2026
        03/2026/VQYB 12/6/2026
        170/BC-UBND -
        152/TTr-UBND 11/5/2026
        32/2024/NĐ-CP -
        2887/SCT-CN 21/5/2026
    """,
    "lc05_sct_laocai_kh_de_an_08_2026-04.docx": """
        35-NQ/TU 29/12/2025
        35-NQ/TU 29/12/2025
        42-KH/ĐU 11/02/2026
        08-ĐA/TU 29/12/2025
        113/KH-UBND 18/3/2026
        08-ĐA/TU 29/12/2025
        525/QĐ-UBND 25/02/2026
        35/2022/NĐ-CP 28/5/2022
        32/2024/NĐ-CP 15/3/2024
        61/2024/QH15 30/11/2024
        71/2025/QH15 14/6/2025
        786/QĐ-TTg 15/4/2025
        35-NQ/TU 29/12/2025
        35-NQ/TU -
        35-NQ/TU 29/12/2025
        08-ĐA/TU 29/12/2025
        113/KH-UBND -
    """,
    "lc06_sct_laocai_dkt_bc_kiem_tra_vlncn_2026-04.docx": """
        1050/QĐ-SCT 06/3/2026
        1105/KH-ĐKT 10/3/2026
        1268/QĐ-SCT 16/3/2026
        507/GP-UBND 25/02/2026
        17/TB-NM 27/02/2026
        06/03/2026/HCNM -
        17/TB-NM 27/02/2026
        118.04/GCN 09/01/2026
        674/BC-HCMTBA 06/3/2026
        4638/TBĐ -
        247/GP-UBND 29/01/2026
        10/TB-NM 29/01/2026
        02/PANM-GTYB 21/01/2026
        03/3527/2026/HCNM -
        118.03/GCN 09/01/2026
        4638/TBĐ -
        44/TD-PCCC 08/4/2025
        38/NT-PCCC 18/6/2026
        2128/TB-SCT 26/6/2025
        01/QĐ-CTY 01/7/2025
        01/KH-GTYB 01/7/2025
        180/TD-PCCC 13/9/2024
        62/NT-PCCC 07/11/2024
        3393/TB-SCT 14/12/2024
        20541/2025/GP-TM 31/12/2025
        20542/2025/GP-TM 31/12/2025
        6485/TCT-XMTB 31/12/2025
        149.01/GCN-CĐ1 28/01/2026
        4989/PANM-G16 23/12/2026
        01/01/2026/HCNM-G16 -
        4992/PANM-G23 23/12/2026
        02/03/2026/HCNM-G23 -
        310/BC-TCT 19/01/2026
        308/KH-BĐH 19/01/2026
        309/PA-TCT 19/01/2026
        362/GP-UBND 06/02/2026
        40/2026/CV-HP 10/02/2026
        146.02/GCN 31/12/2025
        02/2026/HCNM -
        0501/QĐ-CTVC 05/01/2026
        0701/KHUP-CTVC 05/01/2026
        60/TD-PCCC 24/4/2025
        2008/TB-SCT 17/6/2025
        23/2024/TT-BCT 07/11/2024
        1050/QĐ-SCT 06/3/2026
    """,
    "ld03_bcd_lamdong_bc_de_an_06_thang3_2026.docx": """
        06/QĐ-TTg -
        1070/TCT 18/3/2026
        22-KH/TU 14/01/2026
        57-NQ/TW -
        44-KH/TU 13/3/2026
        22-KH/TU -
        39-KH/TU 12/02/2026
        57-NQ/TW -
        3450/KH-UBND 17/3/2026
        57-NQ/TW -
        3664/KH-UBND 20/3/2026
        3708/KH-UBND 21/03/2026
        1364/KH-UBND 29/01/2026
        66.7/2025/NQ-CP 15/11/2025
        2441/UBND-HCC 14/03/2026
        21/2025/NQ-HĐND 28/8/2025
        1435/QĐ-UBND 24/9/2025
        1441/QĐ-UBND -
        45/2020/NĐ-CP 08/4/2020
        107/2021/NĐ-CP 06/12/2021
        58/2026/NĐ-CP -
        1737/QĐ-UBND 17/10/2025
        2403/QĐ-UBND 02/12/2025
        31-KH/TU 28/01/2026
        7930/QĐ-TBATANM 31/12/2025
        15/BC-SKHCN 20/01/2026
        13-KH/TU 15/9/2025
        1410/KH-UBND 08/8/2025
        854/KH-UBND 30/7/2025
        946/SKHCN-VP 20/03/2026
        3665/UBND-NC 20/3/2026
        3586/BCĐ 19/3/2026
        3422/UBND-KGVX 17/03/2026
        57-NQ/TW -
        2894/CV-BCĐ 07/3/2026
        8016/KH-UBND 01/10/2020
        3563/KH-UBND 01/6/2021
        346/UBND-NC 21/11/2025
        2306/QĐ-UBND 26/11/2025
        7889/KH-UBND 25/11/2025
        06-TB/CQTTBCĐ -
        64/CAT-PA05 07/1/2026
    """,
    "ld01_ubnd_lamdong_bc_cchc_2025.pdf": """
        4625/BNV-CCHC 02/7/2025
        2139/QĐ-UBND 30/12/2024
        11555/KH-UBND 30/12/2024
        117/QĐ-UBND 17/01/2025
        725/QĐ-UBND 10/4/2025
        1967/UBND-HCC 28/02/2025
        1973/UBND-HCC 28/02/2025
        2441/UBND-HCC 14/3/2025
        102-CTr/TU 21/02/2025
        57/NQ/TW 22/12/2024
        677/KH-UBND 25/02/2025
        03/NQ-CP 09/01/2025
        57/NQ/TW 22/12/2024
        270/KH-UBND 21/01/2025
        538/KH-UBND 14/02/2025
        833/CTr-UBND 07/3/2025
        01/NQ-CP -
        02/NQ-CP 08/01/2025
        240/QĐ-TTg 04/02/2025
        575/UBND-NCKSTTHC 18/02/2025
        648/KH-UBND 21/02/2025
        841/UBND-NCKSTTHC 07/3/2025
        1001/UBND-NCKS 17/3/2025
        22/CĐ-TTg 09/3/2025
        1535/KH-UBND 15/4/2025
        66/NQ-CP 26/3/2025
        1859/KH-UBND 29/4/2025
        1629/QĐ-UBND 30/12/2024
        84/KH-UBND 14/02/2025
        58/KH-UBND 22/01/2025
        1553/QĐ-UBND 13/12/2024
        129/KH-UBND 28/02/2025
        213/KH-UBND 15/7/2025
        438/KH-UBND 22/7/2025
        1163/KH-UBND 05/8/2025
        378/QĐ-UBND 11/7/2025
        787/QĐ-UBND 21/8/2025
        18/UBND-HCC 04/7/2025
        118/2025/NĐ-CP 09/6/2025
        2426/UBND-HCC 25/8/2025
        1882/QĐ-UBND 28/10/2025
        68-NQ/TW 04/5/2025
        02/NQ-CP 08/01/2025
        1868/KH-UBND 15/8/2025
        4625/BNV-CCHC 02/7/2025
        213/KH-UBND 15/7/2025
        1163/KH-UBND 05/8/2025
        3779/UBND-HCC 19/9/2025
        03/2025/TT-VPCP 15/9/2025
        4885/UBND-HCC 08/10/2025
        187/CĐ-TTg 04/10/2025
        8187/UBND-NC 28/11/2025
        8391/UBND-HCC 03/12/2025
        438/KH-UBND 22/7/2025
        6983/KH-UBND 12/11/2025
        1620/KH-SKHCN 17/10/2025
        787/QĐ-UBND 21/8/2025
        21/NQ-HĐND 28/8/2025
        751/KH-UBND 22/01/2025
        62/KH-UBND 23/01/2025
        180/KH/UBND 15/01/2025
        434/KH-UBND 06/02/2025
        1478/UBND-NCKS 10/4/2025
        5826/KH-UBND 23/10/2025
        140/NQ-CP -
        06-CTr/TU 29/8/2025
        66-NQ/TW 30/4/2025
        3686/KH-UBND 18/9/2025
        5756/KH-UBND 29/5/2025
        150/STP-QLTDPL 25/7/2025
        1519/KH-UBND 11/8/2025
        4756/BTP-KTVB&QLXLVPHC 05/8/2025
        117/QĐ-UBND 17/01/2025
        2405/QĐ-UBND 03/12/2025
        5990/VPCP-KSTT 22/8/2024
        199/QĐ-UBND 08/7/2025
        01/2018/TT-VPCP -
        766/QĐ-TTg 23/6/2022
        03/NQ-HĐND -
        1668/QĐ-TTg -
        4196/PA-UBND 27/9/2025
        7178/PA-UBND 14/11/2025
        7177/PA-UBND 14/11/2025
        1053/QĐ-UBND 30/8/2025
        1054/QĐ-UBND 30/8/2025
        1055/QĐ-UBND 30/8/2025
        441-QĐ/TU 24/9/2025
        11524/KH-UBND 27/12/2024
        333/KH-UBND 24/01/2025
        831/KH-UBND 13/12/2024
        113/KTNN-TH 24/7/2023
        1294/QĐ-UBND 26/6/2025
        1336/QĐ-UBND 27/6/2025
        871/QĐ-UBND 20/6/2025
        963/QĐ-UBND 27/6/2025
        06/CĐ-BTC 25/8/2025
        8380/BTC-QLCS 13/6/2025
        11738/BTC-QLCS 31/7/2025
        1621/STC-GCS 30/8/2025
        2330/QĐ-UBND 28/11/2025
        268/BC-STC 19/10/2025
        5871/STC-GCS 27/11/2025
        1824/QĐ-UBND 23/10/2025
        4352/STC-GCS 28/10/2025
        186/2025/NĐ-CP 01/7/2025
        370/2024/NQ-HĐND 10/12/2024
        304/QĐ-STC 04/10/2025
        305/QĐ-STC 04/10/2025
        306/QĐ-STC 04/10/2025
        307/QĐ-STC 04/10/2025
        308/QĐ-STC 04/10/2025
        330/QĐ-STC 17/10/2025
        341/QĐ-STC 22/10/2025
        342/QĐ-STC 22/10/2025
        6008/KH-UBND 27/10/2025
        4455/STC-GCS 29/10/2025
        08-KH/TU 29/8/2025
        57-NQ/TW 22/12/2024
        417/2025/NQ-HĐND 28/4/2025
        1780/KH-UBND 25/02/2025
        03/NQ-CP 09/01/2025
        57-NQ/TW 22/12/2024
        5110/KH-UBND 14/5/2025
        378/QĐ-UBND 11/7/2025
        854/KH-UBND 30/07/2025
        1410/KH-UBND 08/8/2025
        1046/KH-UBND 02/8/2025
        5039/KH-UBND 10/10/2025
        71/NQ-CP 01/4/2025
        1798/QĐ-UBND 22/10/2025
        2291/KH-UBND 22/8/2025
        1619/QĐ-UBND 08/10/2025
        1441/QĐ-UBND 25/9/2025
        1737/QĐ-UBND 17/10/2025
        76/NQ-CP 15/7/2021
        23/CT-TTg 02/9/2021
        19-NQ/TW 25/10/2017
        19/NQ-HĐND 28/8/2025
        14/NQ-HĐND 28/8/2025
        20/NQ-HĐND 28/8/2025
    """,
}
SCANNED = {
    # the own number (`2265/BCT-ATMT`, its digits handwritten) is no reference
    "lc09_bct_cv_2265_atmt_gp_hhnh_2026-04_scan.pdf": """
        15/2026/TT-BCT 25/3/2026
        38/2025/TT-BCT -
        15/2026/TT-BCT -
        105/2025/NĐ-CP -
        15/2026/TT-BCT -
        555/QĐ-BCT 26/3/2026
    """,
    # the full mention of 2637/BGDĐT-VP is one OCR reads `2637/BUDĐT-VP`: grouped, canonical corrected
    "hcm01_dct_kh_753_khao_sat_hai_long_2026-06_scan.pdf": """
        2034/QĐ-BGDĐT 13/7/2023
        3871/QĐ-BGDĐT 05/12/2024
        2637/BGDĐT-VP 15/5/2026
        214/QĐ-DCT 12/01/2026
        2637/BGDĐT-VP -
        2637/BGDĐT-VP -
    """,
}
# scans of ../shared/archive, read from their page images; the documents' own numbers are no references
ARCHIVE_SCANNED = {
    # the own number's digits are handwritten; the list appended prints it (`Kèm theo Công văn số:
    # 5689/BCA-C04 ngày 16 tháng 12 năm 2025`): the document itself, no reference. `8/9/2925` is printed so:
    # no plausible date, none recorded.
    "vb06_bca_cv_5689_c04_dau_tu_cong_ctmtqg_2025-12_scan.pdf": """
        163/2024/QH15 27/11/2024
        50/NQ-CP 13/3/2025
        163/2024/QH15 -
        7619/QĐ-BCA -
        27/2022/NĐ-CP 19/4/2022
        38/2023/NĐ-CP 24/6/2023
        27/2022/NĐ-CP -
    """,
    # a page image (96 dpi); `5959//QĐ-BVT` is printed with a doubled slash
    "kk01_bvdk_bacninh_cv_6191_bvt-tckt_2021-09_scan.png": """
        01/2016/QH14 -
        5337/QĐ-BVT 25/8/2021
        5958/QĐ-BVT 20/9/2021
        5959/QĐ-BVT 21/9/2021
    """,
}
# kinds of the scans' mentions, in reading order, as the page images print them
SCANNED_KINDS = {
    "lc09_bct_cv_2265_atmt_gp_hhnh_2026-04_scan.pdf": ["Thông tư"] * 3 + ["Nghị định", "Thông tư", "Quyết định"],
    "hcm01_dct_kh_753_khao_sat_hai_long_2026-06_scan.pdf": ["Quyết định", "Quyết định", "Công văn", "Quyết định",
                                                            "Công văn", "Công văn"],
}


def mentions(table: str) -> list[tuple[str, date | None]]:
    """The (canonical, printed date or None) rows of one document's table above."""
    rows = []
    for line in table.split("\n"):
        if line.strip():
            canonical, printed = line.split()
            day, month, year = printed.split("/") if printed != "-" else (None, None, None)
            rows.append((canonical, date(int(year), int(month), int(day)) if year else None))
    return rows


def matches(ref: Reference, canonical: str, printed: date | None) -> bool:
    """Whether a found mention is the expected one: same canonical id, same date where one is printed."""
    if ref.canonical != canonical:
        return False
    if printed is None:
        return ref.issued_on is None or ref.date_from_full_mention
    return ref.issued_on == printed
