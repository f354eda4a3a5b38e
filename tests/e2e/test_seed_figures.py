"""The seed report, read end to end: all its amounts, exact in đồng, and every count, with no false ones.

Expected values were written by reading the seed (../shared/seed), not from the parsers' output.
Counts decided against the GUIDE's rules: `15 phút/chuyên mục` (a duration), `01 tin bài/tháng` (a
rate), `Covid-19`, `loại 1`, `thôn 12`, `tổ dân phố 2`, `Rượu 9 chum`, `Tân Thái 168`, `công nghiệp 1`,
years (`Năm 2022, 2023`), list numbers and the footnote lists are not counts.
"""

from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.parse.counts import find_counts
from extract.parse.figures import find_percentages, find_ratios
from extract.parse.money import find_amounts
from extract.read.text import read_text

# (value_vnd, quote, funding_source)
AMOUNTS = [
    (1_000_000_000, "1.000 triệu đồng", "kinh phí khuyến công quốc gia"),
    (4_100_000_000, "4.100 triệu đồng", "kinh phí khuyến công quốc gia"),
    (3_340_000_000, "3.340 triệu đồng", "kinh phí khuyến công địa phương"),
    (3_700_000_000, "3.700 triệu đồng", None),
    (470_000_000, "470 triệu đồng", "nguồn khuyến công quốc gia"),
    (90_000_000, "90 triệu đồng", None),
    (180_000_000, "180 triệu đồng", None),
    (103_700_000, "103,7 triệu đồng", None),
    (13_183_720_000, "13.183,72 triệu đồng", None),
    (5_570_000_000, "5.570 triệu đồng", "Khuyến công quốc gia"),
    (3_700_000_000, "3.700 triệu đồng", "Khuyến công quốc gia"),
    (3_913_720_000, "3.913,72 triệu đồng", "Khuyến công địa phương"),
]

# (value, noun, quote), in text order
COUNTS = [
    (1, "mô hình", "01 mô hình"),
    (37, "đề án", "37 đề án"),
    (10, "đề án", "10 đề án"),
    (14, "cơ sở", "14 cơ sở"),
    (27, "đề án", "27 đề án"),
    (36, "cơ sở", "36 cơ sở"),
    (11, "đề án", "11 đề án"),
    (1, "đề án", "01 đề án"),
    (2, "kỳ bình chọn", "02 kỳ bình chọn"),
    (38, "sản phẩm", "38 sản phẩm"),
    (5, "sản phẩm", "05 sản phẩm"),
    (3, "cơ sở", "03 cơ sở"),
    (100, "đại biểu", "100 đại biểu"),
    (4, "hợp tác xã", "04 Hợp tác xã"),
    (1, "hội thảo", "01 Hội thảo"),
    (1, "đề án", "01 đề án"),
    (4, "cơ sở", "04 cơ sở"),
    (3, "đề án", "03 đề án"),
    (9, "chuyên mục", "09 chuyên mục"),
    (36, "tin bài", "36 tin bài"),  # after a name (`Báo Tuyên Quang`), and a common noun goes on: a count
    (3, "hội nghị", "03 Hội nghị"),
    (8, "làng nghề", "08 làng nghề"),
]


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path):
    return normalise(read_text(seed_path))


def test_all_amounts(seed_doc) -> None:
    amounts = find_amounts(seed_doc)
    assert [(a.value_vnd, a.text, a.funding_source) for a in amounts] == AMOUNTS
    assert all(seed_doc.text[a.start : a.end] == a.text and not a.in_table for a in amounts)


def test_label_amounts_take_the_label_as_purpose(seed_doc) -> None:
    purposes = {a.text: a.purpose for a in find_amounts(seed_doc)}
    assert purposes["13.183,72 triệu đồng"] == "Tổng kinh phí thực hiện giai đoạn 2021 - 2025"
    assert purposes["3.913,72 triệu đồng"] == "Khuyến công địa phương theo chương trình"


def test_every_count_and_no_false_one(seed_doc) -> None:
    counts = find_counts(seed_doc)
    assert [(c.value, c.noun, c.text) for c in counts] == COUNTS
    assert all(seed_doc.text[c.start : c.end] == c.text for c in counts)


def test_no_percentages_or_ratios(seed_doc) -> None:
    # `15 phút/chuyên mục`, `01 tin bài/tháng` and the dates are not ratios; the seed states no percentage
    assert find_percentages(seed_doc) == []
    assert find_ratios(seed_doc) == []
