"""Generalisation audit of the checks: new report paragraphs run through the real parsers and run_checks.

Each case: the text (table lines `a | b | c` are read as a table), and the checks expected as
(check, stated, computed, difference, within_rounding, status), hand-added. Half the cases state
a total and its parts; the other half are figures that merely sit near each other (comparisons,
ratios, per-unit figures, overlapping subsets, lists that add up to nothing) and must stay silent.
"""

from __future__ import annotations

import pytest

from extract.check import run_checks
from extract.normalise import from_text
from extract.parse import parse_document
from tests.unit.test_checks_records import record, table

CASES = [
    # ---- a total and its parts, as stated ----
    (  # two totals with 'trong đó' in one sentence, split by ';': the second total is no part of the first
        "Đã công bố 744 văn bản của cấp tỉnh, trong đó hết hiệu lực 345 văn bản, còn hiệu lực 378 văn bản và đề nghị "
        "sửa đổi 21 văn bản; cấp huyện là 1096 văn bản trong đó hết hiệu lực 727 văn bản, còn hiệu lực 369 văn bản.",
        [("count_sum", "744", "744", "0", False, "pass"), ("count_sum", "1096", "1096", "0", False, "pass")],
    ),
    (  # budget sentence, 'trong đó:' then parts split by ';'
        "Tổng kinh phí được giao: 1.500 triệu đồng, trong đó: ngân sách trung ương 1.000 triệu đồng; "
        "ngân sách địa phương 500 triệu đồng.",
        [("sum", "1500000000", "1500000000", "0", False, "pass")],
    ),
    (  # decimals in tỷ, exact
        "Tổng thu ngân sách nhà nước trên địa bàn ước đạt 3.250,5 tỷ đồng, trong đó: thu nội địa 2.950,5 tỷ đồng; "
        "thu xuất nhập khẩu 300 tỷ đồng.",
        [("sum", "3250500000000", "3250500000000", "0", False, "pass")],
    ),
    (  # 'gồm:' with a difference within the rounding of one decimal (0,05 tỷ × 2 parts)
        "Tổng kinh phí hỗ trợ là 10,5 tỷ đồng, gồm: vốn sự nghiệp 6,3 tỷ đồng; vốn đầu tư 4,3 tỷ đồng.",
        [("sum", "10500000000", "10600000000", "-100000000", True, "fail")],
    ),
    (  # applications: received, split with 'trong đó' into on time and late
        "Năm 2025, toàn tỉnh đã tiếp nhận 1.234 hồ sơ, trong đó giải quyết đúng hạn 1.200 hồ sơ, quá hạn 34 hồ sơ.",
        [("count_sum", "1234", "1234", "0", False, "pass")],
    ),
    (  # counts split with 'gồm ... và ...'
        "Toàn tỉnh có 25 hợp tác xã, gồm 15 hợp tác xã nông nghiệp và 10 hợp tác xã phi nông nghiệp.",
        [("count_sum", "25", "25", "0", False, "pass")],
    ),
    (  # a real difference in counts: no rounding on counts
        "Đã tổ chức 12 lớp tập huấn, trong đó 5 lớp cấp tỉnh, 6 lớp cấp huyện.",
        [("count_sum", "12", "11", "1", False, "fail")],
    ),
    (  # the same difference where the part's noun repeats the total's
        "Đã tổ chức 12 lớp tập huấn, trong đó 5 lớp tập huấn cho cấp tỉnh, 6 lớp tập huấn cho cấp huyện.",
        [("count_sum", "12", "11", "1", False, "fail")],
    ),
    (  # 'bao gồm:' with counts whose nouns extend the total's
        "Tổng số biên chế được giao năm 2025 là 1.250 biên chế, bao gồm: 1.100 biên chế sự nghiệp và "
        "150 biên chế công chức.",
        [("count_sum", "1250", "1250", "0", False, "pass")],
    ),
    (  # a total line and '-' items, decimals
        "Tổng vốn đầu tư năm 2025: 45,75 tỷ đồng\n- Vốn ngân sách tỉnh: 30,5 tỷ đồng\n- Vốn lồng ghép: 15,25 tỷ đồng",
        [("sum", "45750000000", "45750000000", "0", False, "pass")],
    ),
    (  # nested: a '-' item ending in ':' is itself the total of its '+' items
        "Tổng kinh phí: 900 triệu đồng\n- Ngân sách tỉnh 600 triệu đồng, gồm:\n+ Chi đầu tư: 400 triệu đồng\n"
        "+ Chi thường xuyên: 200 triệu đồng\n- Ngân sách huyện: 300 triệu đồng",
        [("sum", "900000000", "900000000", "0", False, "pass"),
         ("sum", "600000000", "600000000", "0", False, "pass")],
    ),
    (  # counts on a total line and its items
        "Tổng số cơ sở được kiểm tra: 45 cơ sở\n- Cơ sở sản xuất: 20 cơ sở\n- Cơ sở kinh doanh: 24 cơ sở",
        [("count_sum", "45", "44", "1", False, "fail")],
    ),
    (  # a bracket after the total's noun holds its parts; the later figures of the sentence are not parts
        "Toàn tỉnh có 8 cụm công nghiệp (gồm 5 cụm đã đi vào hoạt động và 3 cụm đang đầu tư hạ tầng), "
        "120 doanh nghiệp và 3.500 lao động.",
        [("count_sum", "8", "8", "0", False, "pass")],
    ),
    (  # overlapping subset in a nested bracket is no part
        "Đã tiếp nhận 1.500 hồ sơ, trong đó giải quyết đúng hạn 1.480 hồ sơ (có 1.200 hồ sơ trước hạn), "
        "quá hạn 20 hồ sơ.",
        [("count_sum", "1500", "1500", "0", False, "pass")],
    ),
    (  # table: money columns against 'Tổng cộng', the percent column skipped
        "TT | Đơn vị | Kế hoạch (triệu đồng) | Giải ngân (triệu đồng) | Tỷ lệ (%)\n"
        "1 | Huyện A | 1.000 | 800 | 80,0\n2 | Huyện B | 500 | 450 | 90,0\n"
        "Tổng cộng | Tổng cộng | 1.500 | 1.250 | 83,3",
        [("table_sum", "1500000000", "1500000000", "0", False, "pass"),
         ("table_sum", "1250000000", "1250000000", "0", False, "pass")],
    ),
    (  # table: decimals off by the rounding of one decimal place
        "Nội dung | Diện tích (ha)\nXã A | 3,3\nXã B | 3,3\nXã C | 3,3\nCộng | 10,0",
        [("table_sum", "10", "9.9", "0.1", True, "fail")],
    ),
    (  # a total over several years, broken down by year
        "Tổng kinh phí giai đoạn 2021 - 2025: 1.000 triệu đồng\n- Năm 2021: 150 triệu đồng\n"
        "- Năm 2022: 200 triệu đồng\n- Năm 2023: 250 triệu đồng\n- Năm 2024: 200 triệu đồng\n"
        "- Năm 2025: 150 triệu đồng",
        [("sum", "1000000000", "950000000", "50000000", False, "fail")],
    ),
    (  # parts named with a year and more words are shares, not other years' figures
        "Tổng vốn năm 2025 là 500 tỷ đồng, gồm: vốn kế hoạch năm 2025 là 400 tỷ đồng; "
        "vốn năm 2024 chuyển sang là 100 tỷ đồng.",
        [("sum", "500000000000", "500000000000", "0", False, "pass")],
    ),
    # ---- figures side by side: no check ----
    (  # a total of one year, then earlier years as list items
        "Tổng số doanh nghiệp đang hoạt động: 320 doanh nghiệp\n- Năm 2024: 280 doanh nghiệp\n"
        "- Năm 2023: 250 doanh nghiệp",
        [],
    ),
    (  # received vs solved without a relation word: solved is not a part of received
        "Năm 2025 đã tiếp nhận 1.234 hồ sơ, giải quyết đúng hạn 1.200 hồ sơ, quá hạn 34 hồ sơ.",
        [],
    ),
    (  # disbursement 'đạt X/Y, đạt Z%'
        "Kết quả giải ngân đạt 120,5 tỷ đồng/150 tỷ đồng, đạt 80,3% kế hoạch vốn được giao.",
        [],
    ),
    (  # a single part inside a sentence listing several totals
        "Năm 2025, triển khai 8 dự án (trong đó có 3 dự án chuyển tiếp), 12 mô hình và 5 lớp tập huấn.",
        [],
    ),
    (  # year-on-year comparison
        "Năm 2025 có 120 cơ sở sản xuất, tăng 12 cơ sở so với năm 2024 (108 cơ sở).",
        [],
    ),
    (  # achievements that add up to nothing
        "Trong năm, đã hỗ trợ 15 mô hình trình diễn, 20 lớp tập huấn, 350 lượt người tham gia với kinh phí "
        "2,5 tỷ đồng.",
        [],
    ),
    (  # per-unit figures and a total of something else
        "Mức hỗ trợ 50 triệu đồng/mô hình, tối đa 200 triệu đồng/cơ sở; tổng kinh phí năm 2025 là 1.000 triệu đồng.",
        [],
    ),
    (  # a total word, then the same measure in earlier years
        "Tổng kinh phí năm 2025 là 5.000 triệu đồng, năm 2024 là 4.200 triệu đồng, năm 2023 là 3.800 triệu đồng.",
        [],
    ),
    (  # earlier years in a bracket after the figure
        "Số doanh nghiệp thành lập mới là 320 doanh nghiệp (năm 2024: 280 doanh nghiệp; năm 2023: 250 doanh nghiệp).",
        [],
    ),
    (  # overlapping subsets after a total word: on time includes ahead of time
        "Tổng số hồ sơ đã giải quyết là 1.450 hồ sơ, đúng hạn 1.450 hồ sơ, trước hạn 1.100 hồ sơ.",
        [],
    ),
    (  # 'đạt X/Y' ratio with a percentage: no sum, a rate (1.200/1.234 = 97,24%)
        "Tỷ lệ giải quyết hồ sơ đúng hạn đạt 1.200/1.234 hồ sơ (97,2%).",
        [("rate", "97.2", "97.2", "0", False, "pass")],
    ),
    (  # one part after 'trong đó', then comparisons
        "Giá trị sản xuất công nghiệp đạt 12.500 tỷ đồng, bằng 102% kế hoạch, tăng 8,5% so với cùng kỳ; "
        "trong đó công nghiệp chế biến 10.200 tỷ đồng.",
        [],
    ),
    (  # a total line whose items are comparisons, not shares
        "Tổng kinh phí năm 2025: 800 triệu đồng\n- Tăng 100 triệu đồng so với năm 2024\n"
        "- Giảm 50 triệu đồng so với dự toán đầu năm",
        [],
    ),
    (  # per-capita income compared with last year
        "Thu nhập bình quân đạt 65 triệu đồng/người/năm, tăng 5 triệu đồng so với năm 2024 (60 triệu đồng).",
        [],
    ),
    (  # 'trong đó' before overlapping subsets: online applications, of which fully online
        "Đã tiếp nhận 1.500 hồ sơ, trong đó hồ sơ trực tuyến 1.200 hồ sơ, hồ sơ trực tuyến toàn trình 800 hồ sơ.",
        [],
    ),
    (  # 'không bao gồm' excludes: the figures in the bracket are not parts
        "Tổng kinh phí thực hiện là 1.200 triệu đồng (không bao gồm 200 triệu đồng vốn đối ứng và "
        "100 triệu đồng kinh phí quản lý).",
        [],
    ),
    (  # a single money part after 'bao gồm', the rest per unit
        "Kinh phí hỗ trợ 300 triệu đồng, bao gồm hỗ trợ 50 triệu đồng/mô hình cho 6 mô hình.",
        [],
    ),
    (  # table without a total row, rows that add up to nothing
        "Chỉ tiêu | Năm 2024 | Năm 2025\nSố doanh nghiệp | 280 | 320\nSố lao động | 3.100 | 3.500",
        [],
    ),
]


def _record(text: str):
    doc = from_text(text)
    first = next((line for line in text.split("\n") if " | " in line), None)
    rows = sum(" | " in line for line in text.split("\n"))
    tables = [table(doc, first, rows)] if first else []
    return doc, record(doc, tables=tables, **parse_document(doc).record_fields())


def assert_checks(text: str, expected: list) -> None:
    """The checks of ``text`` run through the real parsers are ``expected``, every figure quoting the text."""
    doc, rec = _record(text)
    checks = run_checks(doc, rec)
    got = [(c.check, c.stated, c.computed, c.difference, c.within_rounding, c.status) for c in checks]
    assert got == expected
    for check in checks:
        assert all(doc.text[f.start : f.end] == f.text for f in check.figures)


@pytest.mark.parametrize("text, expected", CASES)
def test_checks_on_parsed_text(text: str, expected: list) -> None:
    assert_checks(text, expected)
