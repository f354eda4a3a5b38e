"""Totals against their parts, written in every way reports write them, and look-alikes that must stay silent.

Each case: text, the amounts and counts a parser finds in it, and the checks expected as
(check, stated, computed, difference, within_rounding, status). Figures are hand-added.
"""

from __future__ import annotations

import pytest

from extract.check import run_checks
from extract.normalise import from_text
from tests.unit.test_checks_records import amounts, counts, record

TR = 10**6
TY = 10**9

CASES = [
    (  # a total line and its '-' items (money, decimals)
        "Tổng kinh phí thực hiện giai đoạn 2021 - 2025: 13.183,72 triệu đồng\n"
        "- Khuyến công quốc gia được giao thực hiện: 5.570 triệu đồng\n"
        "- Khuyến công quốc gia phối hợp thực hiện: 3.700 triệu đồng\n"
        "- Khuyến công địa phương theo chương trình: 3.913,72 triệu đồng\n"
        "III. ĐÁNH GIÁ KẾT QUẢ",
        [("13.183,72 triệu đồng", 13_183_720_000, "13.183,72", "triệu đồng"),
         ("5.570 triệu đồng", 5570 * TR, "5.570", "triệu đồng"),
         ("3.700 triệu đồng", 3700 * TR, "3.700", "triệu đồng"),
         ("3.913,72 triệu đồng", 3_913_720_000, "3.913,72", "triệu đồng")],
        [],
        [("sum", "13183720000", "13183720000", "0", False, "pass")],
    ),
    (  # '- total. Trong đó:' then '+' items; the next '-' line ends the list
        "- Tổng kinh phí chi thường xuyên năm 2026 là 398.497 triệu đồng. Trong đó:\n"
        "+ Chi sự nghiệp cấp tỉnh là 220.177 triệu đồng (chưa trừ 10% tiết kiệm).\n"
        "+ Chi sự nghiệp cấp xã là 178.320 triệu đồng (chưa trừ 10% tiết kiệm).\n"
        "- Kinh phí chuyển nguồn sang năm 2026 là: 39.116 triệu đồng.",
        [("398.497 triệu đồng", 398_497 * TR, "398.497", "triệu đồng"),
         ("220.177 triệu đồng", 220_177 * TR, "220.177", "triệu đồng"),
         ("178.320 triệu đồng", 178_320 * TR, "178.320", "triệu đồng"),
         ("39.116 triệu đồng", 39_116 * TR, "39.116", "triệu đồng")],
        [],
        [("sum", "398497000000", "398497000000", "0", False, "pass")],
    ),
    (  # 'gồm' in brackets right after the total; the figure after the bracket is not a part
        "+ Dự toán chi đầu tư phát triển năm 2025 là 22.143 tỷ đồng (gồm kế hoạch năm 2025 là 19.596 tỷ đồng; "
        "vốn năm 2024 chuyển sang là 2.548 tỷ đồng), đã giải ngân được 9.400 tỷ đồng, đạt 42,5% kế hoạch.",
        [("22.143 tỷ đồng", 22_143 * TY, "22.143", "tỷ đồng"),
         ("19.596 tỷ đồng", 19_596 * TY, "19.596", "tỷ đồng"),
         ("2.548 tỷ đồng", 2_548 * TY, "2.548", "tỷ đồng"),
         ("9.400 tỷ đồng", 9_400 * TY, "9.400", "tỷ đồng")],
        [],
        [("sum", "22143000000000", "22144000000000", "-1000000000", True, "fail")],
    ),
    (  # nested: a part that is itself a total of sub-parts
        "Đã phân bổ 100% kế hoạch vốn được giao với tổng dự toán là 23.997 tỷ đồng, trong đó:\n"
        "+ Dự toán chi đầu tư là 22.143 tỷ đồng (gồm kế hoạch năm 2025 là 19.596 tỷ đồng; vốn chuyển sang là 2.548 tỷ đồng).\n"
        "+ Dự toán chương trình mục tiêu là 1.855 tỷ đồng (gồm kế hoạch năm 2025 là 1.273 tỷ đồng; vốn chuyển sang là 582 tỷ đồng).\n"
        "Lũy kế giải ngân đạt 51,8% kế hoạch.",
        [("23.997 tỷ đồng", 23_997 * TY, "23.997", "tỷ đồng"),
         ("22.143 tỷ đồng", 22_143 * TY, "22.143", "tỷ đồng"),
         ("19.596 tỷ đồng", 19_596 * TY, "19.596", "tỷ đồng"),
         ("2.548 tỷ đồng", 2_548 * TY, "2.548", "tỷ đồng"),
         ("1.855 tỷ đồng", 1_855 * TY, "1.855", "tỷ đồng"),
         ("1.273 tỷ đồng", 1_273 * TY, "1.273", "tỷ đồng"),
         ("582 tỷ đồng", 582 * TY, "582", "tỷ đồng")],
        [],
        [("sum", "23997000000000", "23998000000000", "-1000000000", True, "fail"),
         ("sum", "22143000000000", "22144000000000", "-1000000000", True, "fail"),
         ("sum", "1855000000000", "1855000000000", "0", False, "pass")],
    ),
    (  # a real difference, beyond rounding
        "Tổng kinh phí: 1.000 triệu đồng\n- Hạng mục A: 600 triệu đồng\n- Hạng mục B: 300 triệu đồng\nKết luận",
        [("1.000 triệu đồng", 1000 * TR, "1.000", "triệu đồng"), ("600 triệu đồng", 600 * TR, "600", "triệu đồng"),
         ("300 triệu đồng", 300 * TR, "300", "triệu đồng")],
        [],
        [("sum", "1000000000", "900000000", "100000000", False, "fail")],
    ),
    (  # counts: 'Trong đó' in brackets, parts named by the noun's initials
        "b) Hiện đang xúc tiến đầu tư: 37 cụm công nghiệp với tổng diện tích 2.029,4ha (Trong đó có 05 CCN đã có hồ sơ "
        "đề xuất thành lập: Châu Quế, Yên Hợp 2; 05 CCN đã có nhà đầu tư liên hệ: Phú Thịnh 4, Phong Hải; "
        "27 CCN tiếp tục xúc tiến đầu tư).",
        [],
        [("37 cụm công nghiệp", 37, "cụm công nghiệp"), ("05 CCN", 5, "ccn", 0), ("05 CCN", 5, "ccn", 1),
         ("27 CCN", 27, "ccn")],
        [("count_sum", "37", "37", "0", False, "pass"),
         ("list_length", "5", "2", "3", False, "fail"),  # '05 CCN ...: Châu Quế, Yên Hợp 2' names two of five
         ("list_length", "5", "2", "3", False, "fail")],
    ),
    (  # counts: 'trong đó:' with parts separated by ';'
        "Tại các cụm công nghiệp trên hiện có 234 dự án, cơ sở sản xuất thứ cấp, trong đó: 199 dự án, cơ sở đang hoạt "
        "động; 18 dự án đang triển khai đầu tư; 17 dự án đang dừng hoạt động.",
        [],
        [("234 dự án", 234, "dự án"), ("199 dự án", 199, "dự án"), ("18 dự án", 18, "dự án"), ("17 dự án", 17, "dự án")],
        [("count_sum", "234", "234", "0", False, "pass")],
    ),
    (  # parallel clauses under a total in the same sentence; 'cơ sở' counts and money have no total
        "Thực hiện 37 đề án ứng dụng thiết bị trong sản xuất với tổng kinh phí khuyến công quốc gia hỗ trợ 10 đề án cho "
        "14 cơ sở công nghiệp nông thôn 4.100 triệu đồng, kinh phí khuyến công địa phương hỗ trợ 27 đề án cho 36 cơ sở "
        "3.340 triệu đồng.",
        [("4.100 triệu đồng", 4100 * TR, "4.100", "triệu đồng"), ("3.340 triệu đồng", 3340 * TR, "3.340", "triệu đồng")],
        [("37 đề án", 37, "đề án"), ("10 đề án", 10, "đề án"), ("14 cơ sở", 14, "cơ sở công nghiệp nông thôn"),
         ("27 đề án", 27, "đề án"), ("36 cơ sở", 36, "cơ sở")],
        [("count_sum", "37", "37", "0", False, "pass")],
    ),
    (  # a total word governs the first figure; its shares follow
        "Đến nay, tổng số lượng TTHC thuộc phạm vi quản lý trên địa bàn tỉnh công bố 2.313 thủ tục, cấp tỉnh 1.859 "
        "thủ tục, cấp xã 454 thủ tục.",
        [],
        [("2.313 thủ tục", 2313, "thủ tục"), ("1.859 thủ tục", 1859, "thủ tục"), ("454 thủ tục", 454, "thủ tục")],
        [("count_sum", "2313", "2313", "0", False, "pass")],
    ),
    (  # two bracketed breakdowns in one sentence: each total takes its own bracket
        "Phân bổ biên chế cho chính quyền 02 cấp với 9.976 biên chế công chức (gồm 3.743 biên chế cấp tỉnh, 6.233 "
        "biên chế cấp xã), 60.674 biên chế viên chức (gồm 17.607 biên chế cấp tỉnh, 41.740 biên chế cấp xã và 1.327 "
        "biên chế dự phòng); ban hành các quyết định giao biên chế.",
        [],
        [("02 cấp", 2, "cấp"), ("9.976 biên chế", 9976, "biên chế công chức"), ("3.743 biên chế", 3743, "biên chế cấp tỉnh"),
         ("6.233 biên chế", 6233, "biên chế cấp xã"), ("60.674 biên chế", 60674, "biên chế viên chức"),
         ("17.607 biên chế", 17607, "biên chế cấp tỉnh"), ("41.740 biên chế", 41740, "biên chế cấp xã"),
         ("1.327 biên chế", 1327, "biên chế dự phòng")],
        [("count_sum", "9976", "9976", "0", False, "pass"), ("count_sum", "60674", "60674", "0", False, "pass")],
    ),
    (  # the enumeration stops at ', với ...', which opens a second breakdown of the same total
        "Đến nay, có 10.386 chứng thư chữ ký số và 553 tài khoản ký số tập trung đang hoạt động, trong đó có 1.495 "
        "chứng thư tổ chức, 8.891 chứng thư cá nhân (8.250 Token, 641 SIM PKI), với 4.074 chứng thư chữ ký số thuộc các "
        "đơn vị cấp tỉnh và 6.312 chứng thư chữ ký số ở cấp xã.",
        [],
        [("10.386 chứng thư", 10386, "chứng thư chữ ký số"), ("553 tài khoản", 553, "tài khoản"),
         ("1.495 chứng thư", 1495, "chứng thư tổ chức"), ("8.891 chứng thư", 8891, "chứng thư cá nhân"),
         ("8.250 Token", 8250, "token"), ("641 SIM", 641, "sim pki"), ("4.074 chứng thư", 4074, "chứng thư chữ ký số"),
         ("6.312 chứng thư", 6312, "chứng thư chữ ký số")],
        [("count_sum", "10386", "10386", "0", False, "pass"), ("count_sum", "10386", "10386", "0", False, "pass"),
         ("count_sum", "8891", "8891", "0", False, "pass")],  # and the bracket of types after the 8.891
    ),
    (  # a bracket right after the total's noun phrase holds its parts; the 'trong đó' after it has one part
        "Trong quý, toàn tỉnh phát sinh 12.467 hồ sơ dịch vụ công liên thông (10.207 hồ sơ đăng ký khai sinh và 2.260 "
        "hồ sơ đăng ký khai tử), trong đó: 11.397 hồ sơ đã trả kết quả (đạt tỷ lệ 91,42%).",
        [],
        [("12.467 hồ sơ", 12467, "hồ sơ dịch vụ công liên thông"), ("10.207 hồ sơ", 10207, "hồ sơ"),
         ("2.260 hồ sơ", 2260, "hồ sơ"), ("11.397 hồ sơ", 11397, "hồ sơ")],
        [("count_sum", "12467", "12467", "0", False, "pass")],
    ),
    (  # parallel clauses introduced by different words around the same verb
        "Từ đầu năm đến nay, trên địa bàn tỉnh tiếp nhận 339.133 hồ sơ, đã giải quyết 305.712 hồ sơ (trước hạn 293.132 "
        "hồ sơ, đạt tỷ lệ 95,88%); đang giải quyết 33.421 hồ sơ.",
        [],
        [("339.133 hồ sơ", 339133, "hồ sơ"), ("305.712 hồ sơ", 305712, "hồ sơ"), ("293.132 hồ sơ", 293132, "hồ sơ"),
         ("33.421 hồ sơ", 33421, "hồ sơ")],
        [("count_sum", "339133", "339133", "0", False, "pass")],
    ),
    # ---- look-alikes: figures near each other that the text does not relate ----
    (  # sibling clauses: the first figure is introduced like the others, it is not their total
        "Số đơn vị tự đảm bảo chi thường xuyên và chi đầu tư là 12 đơn vị, số đơn vị tự đảm bảo chi thường xuyên là 71 "
        "đơn vị, số đơn vị tự bảo đảm một phần chi thường xuyên là 123 đơn vị, số đơn vị do Nhà nước đảm bảo chi "
        "thường xuyên là 65 đơn vị.",
        [],
        [("12 đơn vị", 12, "đơn vị"), ("71 đơn vị", 71, "đơn vị"), ("123 đơn vị", 123, "đơn vị"), ("65 đơn vị", 65, "đơn vị")],
        [],
    ),
    (  # 'và đã' opens a later action on the same things: not a second share
        "Các cơ quan đã rà soát 734 văn bản QPPL, trong đó đề xuất xử lý đối với 303 văn bản QPPL và đã tham mưu xử lý "
        "đối với 303 văn bản theo quy định.",
        [],
        [("734 văn bản", 734, "văn bản"), ("303 văn bản", 303, "văn bản", 0), ("303 văn bản", 303, "văn bản", 1)],
        [],
    ),
    (  # one part only
        "Trong tháng 3/2026, tổng số lượt tra cứu là 60.758 lượt; trong đó, 52.700 lượt tra cứu thành công, đạt 86,7%.",
        [],
        [("60.758 lượt", 60758, "lượt"), ("52.700 lượt", 52700, "lượt")],
        [],
    ),
    (  # the total counts another thing than the parts
        "Tỉnh đã công bố 51 Quyết định công bố danh mục TTHC; trong đó, công bố mới 109 thủ tục, sửa đổi, bổ sung 628 "
        "thủ tục và bãi bỏ 130 thủ tục; tất cả đều được công bố kịp thời.",
        [],
        [("51 Quyết định", 51, "quyết định"), ("109 thủ tục", 109, "thủ tục"), ("628 thủ tục", 628, "thủ tục"),
         ("130 thủ tục", 130, "thủ tục")],
        [],
    ),
    (  # parts of different nouns
        "Đã cập nhật thông tin 8.081 tàu cá (gồm: 8.081 chủ tàu, 1.016 thuyền trưởng, 1.139 máy trưởng, 6.274 thuyền viên).",
        [],
        [("8.081 tàu cá", 8081, "tàu cá"), ("8.081 chủ tàu", 8081, "chủ tàu"), ("1.016 thuyền trưởng", 1016, "thuyền trưởng"),
         ("1.139 máy trưởng", 1139, "máy trưởng"), ("6.274 thuyền viên", 6274, "thuyền viên")],
        [],
    ),
    (  # figures in a row with no total word, no relation word, no parallel verb
        "Hỗ trợ tư vấn cho 03 cơ sở 90 triệu đồng, 05 cơ sở 150 triệu đồng và 02 cơ sở 60 triệu đồng.",
        [("90 triệu đồng", 90 * TR, "90", "triệu đồng"), ("150 triệu đồng", 150 * TR, "150", "triệu đồng"),
         ("60 triệu đồng", 60 * TR, "60", "triệu đồng")],
        [("03 cơ sở", 3, "cơ sở"), ("05 cơ sở", 5, "cơ sở"), ("02 cơ sở", 2, "cơ sở")],
        [],
    ),
    (  # 'không bao gồm' excludes, it does not break down
        "Thực hiện giải ngân 3.757 tỷ đồng (không bao gồm vốn trung ương 500 tỷ đồng và vốn bổ sung 200 tỷ đồng).",
        [("3.757 tỷ đồng", 3757 * TY, "3.757", "tỷ đồng"), ("500 tỷ đồng", 500 * TY, "500", "tỷ đồng"),
         ("200 tỷ đồng", 200 * TY, "200", "tỷ đồng")],
        [],
        [],
    ),
    (  # a total word, then figures of another predicate
        "Tổng thu ngân sách là 28.611 tỷ đồng, bằng 101,28% dự toán, vượt 1.000 tỷ đồng, tăng 500 tỷ đồng so với 2024.",
        [("28.611 tỷ đồng", 28611 * TY, "28.611", "tỷ đồng"), ("1.000 tỷ đồng", 1000 * TY, "1.000", "tỷ đồng"),
         ("500 tỷ đồng", 500 * TY, "500", "tỷ đồng")],
        [],
        [],
    ),
    (  # an item without a figure: the list is not a breakdown
        "Tổng kinh phí: 500 triệu đồng\n- Mục A: 300 triệu đồng\n- Mục B: đang thẩm định\n- Mục C: 200 triệu đồng\nKết luận",
        [("500 triệu đồng", 500 * TR, "500", "triệu đồng"), ("300 triệu đồng", 300 * TR, "300", "triệu đồng"),
         ("200 triệu đồng", 200 * TR, "200", "triệu đồng")],
        [],
        [],
    ),
    (  # a line that states no total (no total word, no colon) above items
        "Kinh phí năm 2025 là 500 triệu đồng.\n- Mục A: 300 triệu đồng\n- Mục B: 200 triệu đồng",
        [("500 triệu đồng", 500 * TR, "500", "triệu đồng"), ("300 triệu đồng", 300 * TR, "300", "triệu đồng"),
         ("200 triệu đồng", 200 * TR, "200", "triệu đồng")],
        [],
        [],
    ),
    (  # 'tổng hợp' is not a total word
        "Sở tổng hợp 120 hồ sơ, cấp tỉnh 80 hồ sơ, cấp xã 30 hồ sơ.",
        [],
        [("120 hồ sơ", 120, "hồ sơ"), ("80 hồ sơ", 80, "hồ sơ"), ("30 hồ sơ", 30, "hồ sơ")],
        [],
    ),
]


@pytest.mark.parametrize("text, money, counted, expected", CASES)
def test_sum_checks(text: str, money: list, counted: list, expected: list) -> None:
    doc = from_text(text)
    rec = record(doc, amounts=amounts(doc, money), counts=counts(doc, counted))
    checks = run_checks(doc, rec)
    got = [(c.check, c.stated, c.computed, c.difference, c.within_rounding, c.status) for c in checks]
    assert got == expected
    for check in checks:
        stated = [f for f in check.figures if f.role == "stated"]
        assert len(stated) == 1 and stated[0].value == check.stated
        assert all(doc.text[f.start : f.end] == f.text for f in check.figures)


def test_figures_carry_positions() -> None:
    doc = from_text(CASES[0][0])
    rec = record(doc, amounts=amounts(doc, CASES[0][1]))
    (check,) = run_checks(doc, rec)
    assert [(f.role, f.value, f.text) for f in check.figures] == [
        ("stated", "13183720000", "13.183,72 triệu đồng"),
        ("part", "5570000000", "5.570 triệu đồng"),
        ("part", "3700000000", "3.700 triệu đồng"),
        ("part", "3913720000", "3.913,72 triệu đồng"),
    ]
    assert check.unit == "đồng" and check.figures[0].page == 1
