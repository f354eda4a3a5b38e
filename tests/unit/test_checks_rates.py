"""Rates and shares stated beside their figures, through the real parsers: cases and look-alikes.

Each case: a paragraph in general form with invented values, and the checks expected as
(check, stated, computed, difference, within_rounding, status), worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.unit.test_checks_audit import assert_checks

CASES = [
    # ---- rates: a pair and the percentage the text computes from it ----
    ("Đã tiếp nhận 17.432/20.248 hồ sơ (đạt tỷ lệ 86,09%).", [("rate", "86.09", "86.09", "0", False, "pass")]),
    ("Tỷ lệ hồ sơ trực tuyến đạt 90,58% (419.218/462.814 hồ sơ).", [("rate", "90.58", "90.58", "0", False, "pass")]),
    (  # part 'trên tổng số' whole, then the rate
        "Đã cấp 6.317 hồ sơ trên ứng dụng trên tổng số 8.283 hồ sơ tiếp nhận, đạt tỷ lệ 76,3%.",
        [("rate", "76.3", "76.3", "0", False, "pass")],
    ),
    (  # a total, 'trong đó', one part and its rate
        "Tổng số lượt tra cứu là 60.758 lượt; trong đó, 52.700 lượt tra cứu thành công, đạt tỷ lệ 86,7%.",
        [("rate", "86.7", "86.7", "0", False, "pass")],
    ),
    ("Đã xác thực 17.019/17.525 trường hợp, đạt tỷ lệ 97,17%.", [("rate", "97.17", "97.11", "0.06", False, "fail")]),
    (  # the pair printed the other way round: 17.019 / 17.525 is 97,11%
        "Đã xác thực 17.525/17.019 trường hợp, đạt tỷ lệ 97,11%.",
        [("rate", "97.11", "102.97", "-5.86", False, "fail")],
    ),
    ("Hoàn thành 123/123 nhiệm vụ (đạt 100%).", [("rate", "100", "100", "0", False, "pass")]),
    (  # a ratio broken down into ratios in the next sentence: numerators and denominators summed
        "Đã phê duyệt 1.200/1.500 hồ sơ (đạt tỷ lệ 80%). Trong đó, cơ quan: 200/300 (đạt tỷ lệ 66,7%), doanh nghiệp "
        "1.000/1.200 (đạt tỷ lệ 83,3%).",
        [("count_sum", "1200", "1200", "0", False, "pass"), ("count_sum", "1500", "1500", "0", False, "pass"),
         ("rate", "80", "80", "0", False, "pass"), ("rate", "66.7", "66.7", "0", False, "pass"),
         ("rate", "83.3", "83.3", "0", False, "pass")],
    ),
    # ---- shares of a total's parts, and the shares adding up to 100% ----
    (
        "Trên địa bàn đã giải quyết 305.712 hồ sơ (đúng hạn 293.132 hồ sơ, đạt tỷ lệ 95,88%, quá hạn 12.579 hồ sơ, "
        "chiếm tỷ lệ 4,12%).",
        [("count_sum", "305712", "305711", "1", False, "fail"), ("share", "95.88", "95.89", "-0.01", True, "fail"),
         ("share", "100", "100", "0", False, "pass"), ("share", "4.12", "4.11", "0.01", True, "fail")],
    ),
    (
        "Tổng vốn đầu tư của dự án là 200 tỷ đồng, trong đó: vốn góp 30 tỷ đồng (chiếm 15%), vốn vay 170 tỷ đồng "
        "(chiếm 85%).",
        [("sum", "200000000000", "200000000000", "0", False, "pass"), ("share", "15", "15", "0", False, "pass"),
         ("share", "100", "100", "0", False, "pass"), ("share", "85", "85", "0", False, "pass")],
    ),
    # ---- look-alikes: a percentage near a pair that is not its rate ----
    ("Hoàn thành 45/50 nhiệm vụ, tăng 12% so với năm 2024.", []),  # a change, not the pair's rate
    ("Hoàn thành 45/50 nhiệm vụ, 30 nhiệm vụ đạt 100% khối lượng.", []),  # another figure between
    ("Cấp 6.000 hồ sơ trên 120 xã, đạt 50%.", []),  # 'trên' a place, not 'trên tổng số'
    ("Đạt 95% kế hoạch năm; đã hoàn thành 45/50 nhiệm vụ.", []),  # the ratio is not in a bracket after the rate
    (  # 'đạt' beside each part is that part's own achievement rate (they add to far more than 100): no share
        "Đã giải quyết được 3.004 vụ, đạt 95,6% (cấp tỉnh: 1.846 vụ, đạt 96,3%, cấp huyện: 1.158 vụ, đạt 94,4%).",
        [("count_sum", "3004", "3004", "0", False, "pass")],
    ),
    (  # a part followed by a change, not its share
        "Tổng số hồ sơ là 1.500 hồ sơ, trong đó: 1.000 hồ sơ đúng hạn, 500 hồ sơ quá hạn, tăng 5% so với năm trước.",
        [("count_sum", "1500", "1500", "0", False, "pass")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_rates_and_shares(text: str, expected: list) -> None:
    assert_checks(text, expected)
