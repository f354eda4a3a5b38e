"""Amounts in the genuine documents (the scans: none), by document prefix: (value_vnd, quoted text).

Each list was written by reading the document (python-docx / pdfplumber text, and the page images of
ld01's tables), not from the parser. The tables of lc02 and ld03 only lay out the header and the
signature; lc05's two tables are empty templates; ld01's seven statistics forms (pages 25-35) hold
money in two rows only.
"""

from __future__ import annotations

T = 10**9  # one tỷ
M = 10**6  # one triệu

# document prefix → [(value_vnd, quoted text)]
EXPECTED: dict[str, list[tuple[int, str]]] = {
    "lc02": [
        (332_010 * M, "332,01 tỷ đồng"),
        (54_200 * M, "54,2 tỷ đồng"),
        (4_056 * T, "4.056 tỷ đồng"),
        (15_700 * T, "15.700 tỷ đồng"),
        (210 * T, "210 tỷ đồng"),
        (340 * T, "340 tỷ"),  # `nguồn vốn đầu tư công (340 tỷ)`
    ],
    "ld03": [
        (398_497 * M, "398.497 triệu đồng"),
        (220_177 * M, "220.177 triệu đồng"),
        (178_320 * M, "178.320 triệu đồng"),
        (39_116 * M, "39.116 triệu đồng"),
        (156_190 * M, "156.190 triệu đồng"),
        (80_177 * M, "80.177 triệu đồng"),
        (13_427 * M, "13.427 triệu đồng"),
    ],
    "ld01": [
        (28_611 * T, "28.611 tỷ đồng"),  # number and unit on two printed lines
        (40_554 * T, "40.554 tỷ đồng"),
        (23_997 * T, "23.997 tỷ đồng"),
        (22_143 * T, "22.143 tỷ đồng"),
        (19_596 * T, "19.596 tỷ đồng"),
        (2_548 * T, "2.548 tỷ đồng"),
        (9_400 * T, "9.400 tỷ đồng"),
        (1_855 * T, "1.855 tỷ đồng"),
        (1_273 * T, "1.273 tỷ đồng"),
        (582 * T, "582 tỷ đồng"),
        (9_037 * T, "9.037"),  # `9.037/17.454 tỷ đồng`: two amounts sharing the unit
        (17_454 * T, "17.454 tỷ đồng"),
        (95_120_259_153, "95.120.259.153 đồng"),
        (94_848_107_153, "94.848.107.153 đồng"),
        (272_152_000, "272.152.000 đồng"),
        (343_122_991_249, "343.122.991.249 đồng"),
        (343_001_552_249, "343.001.552.249 đồng"),
        (121_439_000, "121.439.000 đồng"),
        (3_757 * T, "3.757 tỷ đồng"),  # footnote 17
        (26_798 * T, "26.798 tỷ đồng"),  # footnote 17
        # Biểu mẫu 6 (page 33), a form whose `Đơn vị tính` column gives each row's unit: the two rows
        # in `Triệu đồng`; its other rows are in `%` (51,8) and `Đơn vị` (271, 12, ...): not money.
        (17_454 * T, "17.454.000"),  # 1.1. Kế hoạch được giao | Triệu đồng | 17.454.000
        (9_037 * T, "9.037.000"),  # 1.2. Đã thực hiện | Triệu đồng | 9.037.000
    ],
    "lc05": [],  # `4.758,5 MW`, `166 dự án`: no money
    "lc06": [],
}

# the scans (../shared/real and ../shared/archive) print no amount of money, read from every page image:
# any amount found there is false
SCANNED: dict[str, list[tuple[int, str]]] = {"lc09": [], "hcm01": [], "vb06": [], "kk01": []}
