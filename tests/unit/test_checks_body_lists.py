"""Counted lists written out in the body, through the real parsers: cases and look-alikes.

Each case: a paragraph (or paragraphs) in general form with invented names, and the checks expected as
(check, stated, computed, difference, within_rounding, status), worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.unit.test_checks_audit import assert_checks

CASES = [
    (  # two counts before 'gồm:': the list belongs to the one it matches; a clause that is not a name ends it
        "Đoàn kiểm tra làm việc với 03 đơn vị thi công 05 công trình, gồm: Công ty A, Tổng công ty B, Công ty C, "
        "kết quả như sau:",
        [("list_length", "3", "3", "0", False, "pass")],
    ),
    (  # names in a bracket after the noun phrase
        "Toàn tỉnh có 04 doanh nghiệp viễn thông (Viettel, VNPT, MobiFone, FPT) đang hoạt động.",
        [("list_length", "4", "4", "0", False, "pass")],
    ),
    (  # names split by ';' may hold commas; one missing
        "Đã rút 04 cụm công nghiệp với tổng diện tích 50 ha (Cụm A - 10 ha; Cụm B, khu 2 - 15 ha; Cụm C - 25 ha).",
        [("list_length", "4", "3", "1", False, "fail")],
    ),
    (  # numbered paragraphs after 'gồm:'
        "Đến nay có 03 cụm công nghiệp đã có nhà đầu tư, gồm:\n1. Cụm A: 75 ha.\n2. Cụm B: 50 ha.\n3. Cụm C: 40 ha.\n"
        "Chi tiết tại Phụ lục.",
        [("list_length", "3", "3", "0", False, "pass")],
    ),
    (  # a heading closing with its count, numbered paragraphs under it
        "II. CÁC CỤM DO DOANH NGHIỆP ĐẦU TƯ (02 CỤM)\n1. Cụm A: 75 ha.\n2. Cụm B: 60 ha.\nIII. KIẾN NGHỊ",
        [("list_length", "2", "2", "0", False, "pass")],
    ),
    (  # a line announcing groups: its total is the figure every group holds a part of, not the 02 nhóm
        "- Về mô hình quản lý: 23 cụm công nghiệp đang hoạt động chia thành 02 nhóm:\n"
        "a) Nhóm 1: 16 cụm công nghiệp do cấp xã quản lý.\nb) Nhóm 2: 07 cụm công nghiệp do doanh nghiệp đầu tư.",
        [("count_sum", "23", "23", "0", False, "pass"), ("list_length", "2", "2", "0", False, "pass")],
    ),
    # ---- look-alikes ----
    ("Năng lượng đạt 4.758,5 MW (gồm 166 dự án thủy điện; 02 dự án điện gió).", []),  # figures, not names
    ("Làm việc 15 lượt với các sở, ngành và Ủy ban nhân dân cấp xã.", []),  # no opener, no list
    ("Có 02 nhóm: nhóm A và nhóm B.", []),  # one segment, not a list of names
    (  # the count is not in the clause that announces the list
        "Năm 2025 tổ chức 05 hội nghị, kết quả cụ thể như sau:\n1. Về tuyên truyền: tốt.\n2. Về kiểm tra: tốt.",
        [],
    ),
    (  # list paragraphs each ending with a figure: a breakdown, not a list of things
        "Trên địa bàn có 3149 trường hợp thuộc diện quản lý, cụ thể:\n+ Đang cai nghiện: 1986 người;\n"
        "+ Đang quản lý sau cai: 1059 người;\n+ Khác: 104 người.",
        [],
    ),
    (  # a numbered heading, not a count
        "1 Nội dung kinh phí không khoán:\n- Sửa chữa lớn trụ sở.\n- Mua sắm tài sản.\n- Đoàn ra, đoàn vào.",
        [],
    ),
    (  # several counts, none matching the list: which one it lists is not stated
        "Kiểm tra 04 đơn vị và 06 công trình, gồm: Công ty A, Công ty B, Công ty C.",
        [],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_body_lists(text: str, expected: list) -> None:
    assert_checks(text, expected)
