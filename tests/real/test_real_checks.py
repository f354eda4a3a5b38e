"""Checks on the seed and the real documents, through the whole pipeline, against hand-checked expectations.

Every check listed here was verified by reading the document: the relation is stated by the text
and the figures are the ones printed. The lists are complete on purpose: a check that appears and
is not listed (a check on figures the text does not relate) fails the test, and must be read in
the document before it is added.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extract.pipeline import extract_record

# (check, stated, computed, difference, within_rounding, status)
EXPECTED = {
    "seed": [
        ("count_sum", "37", "37", "0", False, "pass"),  # Thực hiện 37 đề án ... hỗ trợ 10 đề án ..., ... hỗ trợ 27 đề án
        ("list_length", "38", "38", "0", False, "pass"),  # 38 sản phẩm ...(1): footnote 1 lists 38 products
        ("list_length", "5", "5", "0", False, "pass"),  # trong đó 05 sản phẩm ...(2): footnote 2 lists 5
        ("subset", "5", "5", "0", False, "pass"),  # the 5 of footnote 2 are among the 38 of footnote 1
        ("sum", "13183720000", "13183720000", "0", False, "pass"),  # Tổng kinh phí 13.183,72 = 5.570 + 3.700 + 3.913,72
    ],
    "lc02_sct_laocai_bc_tinh_hinh_ccn_2026-06.docx": [
        # '56 cụm công nghiệp ...; Trong đó:' then a) 23, b) 37, c) 04 (c is 'Rút khỏi quy hoạch'): 64, not 56
        ("count_sum", "56", "64", "-8", False, "fail"),
        ("count_sum", "234", "234", "0", False, "pass"),  # 234 dự án ..., trong đó: 199 ...; 18 ...; 17 ...
        ("count_sum", "37", "37", "0", False, "pass"),  # 37 cụm công nghiệp ... (Trong đó có 05 CCN; 05 CCN; 27 CCN)
    ],
    "ld01_ubnd_lamdong_bc_cchc_2025.pdf": [
        ("count_sum", "9", "9", "0", False, "pass"),  # là 09 TTHC (cấp tỉnh 05 TTHC, cấp xã 04 TTHC)
        ("count_sum", "24", "24", "0", False, "pass"),  # là 24 TTHC (cấp tỉnh 16 TTHC, cấp xã 08 TTHC)
        ("count_sum", "9976", "9976", "0", False, "pass"),  # 9.976 biên chế công chức (gồm 3.743 ..., 6.233 ...)
        ("count_sum", "60674", "60674", "0", False, "pass"),  # 60.674 biên chế viên chức (gồm 17.607, 41.740, 1.327)
        # tổng dự toán là 23.997 tỷ đồng, trong đó: + 22.143 tỷ đồng + 1.855 tỷ đồng
        ("sum", "23997000000000", "23998000000000", "-1000000000", True, "fail"),
        # 22.143 tỷ đồng (gồm 19.596 tỷ đồng; 2.548 tỷ đồng): 1 tỷ off, within the rounding of whole tỷ
        ("sum", "22143000000000", "22144000000000", "-1000000000", True, "fail"),
        ("sum", "1855000000000", "1855000000000", "0", False, "pass"),  # 1.855 (gồm 1.273; 582)
        ("count_sum", "123", "123", "0", False, "pass"),  # 123 đơn vị (36 đơn vị, 58 đơn vị, 29 đơn vị)
        ("count_sum", "10386", "10386", "0", False, "pass"),  # 10.386 chứng thư, trong đó có 1.495 ..., 8.891 ...
    ],
    "ld03_bcd_lamdong_bc_de_an_06_thang3_2026.docx": [
        ("count_sum", "339133", "339133", "0", False, "pass"),  # tiếp nhận 339.133, đã giải quyết 305.712; đang giải quyết 33.421
        ("count_sum", "33421", "33421", "0", False, "pass"),  # 33.421 hồ sơ (... 31.295 hồ sơ và 2.126 hồ sơ ...)
        ("count_sum", "12467", "12467", "0", False, "pass"),  # 12.467 hồ sơ (10.207 hồ sơ ... và 2.260 hồ sơ ...)
        ("sum", "398497000000", "398497000000", "0", False, "pass"),  # 398.497 triệu đồng. Trong đó: + 220.177 + 178.320
    ],
    "lc05_sct_laocai_kh_de_an_08_2026-04.docx": [],
    "lc06_sct_laocai_dkt_bc_kiem_tra_vlncn_2026-04.docx": [],
}


@cache
def _checks(path: Path):
    """The record of the document at `path` (read once per session), every figure quoting the text."""
    record, doc = extract_record(path, "doc", path.name)
    for check in record.checks:
        for figure in check.figures:
            assert doc.text[figure.start : figure.end] == figure.text
    return record


@pytest.mark.parametrize("name", sorted(n for n in EXPECTED if n != "seed"))
def test_real_checks(real_dir: Path, name: str) -> None:
    record = _checks(real_dir / name)
    got = [(c.check, c.stated, c.computed, c.difference, c.within_rounding, c.status) for c in record.checks]
    assert got == EXPECTED[name]


def test_seed_checks(seed_path: Path) -> None:
    record = _checks(seed_path)
    got = [(c.check, c.stated, c.computed, c.difference, c.within_rounding, c.status) for c in record.checks]
    assert got == EXPECTED["seed"]
    sums = {c.check: c for c in record.checks}
    assert [f.text for f in sums["sum"].figures] == [
        "13.183,72 triệu đồng", "5.570 triệu đồng", "3.700 triệu đồng", "3.913,72 triệu đồng"
    ]
    assert [f.text for f in sums["count_sum"].figures] == ["37 đề án", "10 đề án", "27 đề án"]


def test_ld01_rounding_difference_is_where_printed(real_dir: Path) -> None:
    record = _checks(real_dir / "ld01_ubnd_lamdong_bc_cchc_2025.pdf")
    check = next(c for c in record.checks if c.stated == "22143000000000")
    assert [(f.role, f.page, f.text) for f in check.figures] == [
        ("stated", 16, "22.143 tỷ đồng"), ("part", 16, "19.596 tỷ đồng"), ("part", 16, "2.548 tỷ đồng")
    ]


def test_ld03_total_and_parts(real_dir: Path) -> None:
    record = _checks(real_dir / "ld03_bcd_lamdong_bc_de_an_06_thang3_2026.docx")
    check = next(c for c in record.checks if c.check == "sum")
    assert [(f.role, f.value) for f in check.figures] == [
        ("stated", "398497000000"), ("part", "220177000000"), ("part", "178320000000")
    ]
