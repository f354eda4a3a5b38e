"""The seed report, read end to end: all its amounts, exact in đồng, and every count, with no false ones.

Expected values (tests/gold/seed.py) were written by reading the seed, not from the parsers' output.
"""

from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.parse.counts import find_counts
from extract.parse.figures import find_percentages, find_ratios
from extract.parse.money import find_amounts
from extract.read.text import read_text
from tests.gold.seed import AMOUNTS, COUNTS


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
