"""Labelled figures: bare numbers (`Số hồ sơ đúng hạn là 1.450`) and done / not-done parts of a whole.

Each case: a paragraph in general form with invented values, and the checks expected as
(check, stated, computed, difference, within_rounding, status), worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.unit.test_checks_audit import assert_checks

CASES = [
    (  # bare parts after 'trong đó:', each with its share
        "Tổng số hồ sơ đã giải quyết là 1.500 hồ sơ; trong đó: Số hồ sơ đúng hạn là 1.450 (tỷ lệ 96,7%), "
        "số hồ sơ trễ hạn là 50 (tỷ lệ 3,3%).",
        [("count_sum", "1500", "1500", "0", False, "pass"), ("share", "96.7", "96.7", "0", False, "pass"),
         ("share", "100", "100", "0", False, "pass"), ("share", "3.3", "3.3", "0", False, "pass")],
    ),
    (  # a bare total whose label names what its counted parts count
        "Tổng số đơn vị sự nghiệp cấp tỉnh là 120, trong đó: số đơn vị tự chủ là 20 đơn vị, số đơn vị nhà nước "
        "bảo đảm là 100 đơn vị.",
        [("count_sum", "120", "120", "0", False, "pass")],
    ),
    (  # a bare total with counted parts in a bracket after 'trong đó'
        "Đến nay, tổng số thủ tục thuộc phạm vi quản lý là 2.372 (trong đó, cấp tỉnh 1.946 thủ tục, cấp xã 426 thủ tục).",
        [("count_sum", "2372", "2372", "0", False, "pass")],
    ),
    (  # a whole, its done and not-done parts, and the done part's rate before the bracket
        "Kết quả thực hiện kiến nghị đã thực hiện 90% (trong đó: Số kiến nghị là 1.000 triệu đồng, số kiến nghị đã "
        "thực hiện là 900 triệu đồng, số kiến nghị chưa thực hiện: 100 triệu đồng).",
        [("rate", "90", "90", "0", False, "pass"), ("sum", "1000000000", "1000000000", "0", False, "pass")],
    ),
    (  # the same with counts, not adding up
        "Số hồ sơ tiếp nhận là 500 hồ sơ, số hồ sơ đã giải quyết là 450 hồ sơ, số hồ sơ chưa giải quyết là 60 hồ sơ.",
        [("count_sum", "500", "510", "-10", False, "fail")],
    ),
    # ---- look-alikes ----
    (  # 'đã'/'chưa' clauses that do not name the whole's thing before 'đã': no check
        "Năm 2024 giải ngân 500 triệu đồng, đã giải ngân 300 triệu đồng cho A, chưa giải ngân 200 triệu đồng cho B.",
        [],
    ),
    ("Số hồ sơ tiếp nhận là 1.200, số hồ sơ đã giải quyết là 1.100, số hồ sơ tồn là 100.", []),  # no relation
    ("Mã số thuế là 0101, số điện thoại là 0913, trong đó: cơ quan là 2, đơn vị là 3.", []),  # labels of other things
    ("Số đơn vị đạt chuẩn là 15 đơn vị/năm, trong đó: 10 đơn vị cấp tỉnh là 5, cấp xã là 5.", []),  # per-year rate
]


@pytest.mark.parametrize("text, expected", CASES)
def test_bare_figures(text: str, expected: list) -> None:
    assert_checks(text, expected)
