"""Garbled figures (scans, old files): never an error; an amount the document clearly meant is kept with a flag.

Rows marked `found by fuzzing` are examples the property tests (tests/property/) once failed on, kept here as
ordinary cases. Each row: input text → [(value or None, quoted text, flag names)].
"""

import pytest

from extract.normalise import from_text
from extract.parse.counts import find_counts
from extract.parse.figures import find_percentages, find_ratios
from extract.parse.money import find_amounts

AMOUNTS = [
    # the two lines of issue 16 (found by fuzzing): the rest of the line comes out whole
    (
        "5.570 triệu đồng 5.570 triệu đồng 9999999999999995.570 triệu đồng 5.570 triệu đồng",
        [
            (5_570_000_000, "5.570 triệu đồng", []),
            (5_570_000_000, "5.570 triệu đồng", []),
            (None, "9999999999999995.570 triệu đồng", ["malformed_number"]),
            (5_570_000_000, "5.570 triệu đồng", []),
        ],
    ),
    (
        "999999999999999999999103,7 triệu đồng. 103,7 t(1.000 đồng)9999999999999999999999999999999999999g.",
        [(None, "999999999999999999999103,7 triệu đồng", ["amount_beyond_budget"]), (1_000, "1.000 đồng", [])],
    ),
    # a printed slip where an amount clearly stands: kept, flagged, no value
    ("tổng kinh phí 3.6620.700.000 đồng.", [(None, "3.6620.700.000 đồng", ["malformed_number"])]),
    ("hỗ trợ 12,5,3 triệu đồng", [(None, "12,5,3 triệu đồng", ["malformed_number"])]),
    # found by fuzzing: digits run into a figure
    ("nông thôn 4.1004.100 triệu đồng,", [(None, "4.1004.100 triệu đồng", ["malformed_number"])]),
    ("7003.700 triệu đồng", [(None, "7003.700 triệu đồng", ["malformed_number"])]),
    # one bad part of a range or of a compound amount does not spoil the other
    ("thu 5.570/9999999999999995.570 triệu đồng",
     [(5_570_000_000, "5.570", []), (None, "9999999999999995.570 triệu đồng", ["malformed_number"])]),
    ("vốn 99999999999 tỷ 500 triệu đồng", [(None, "99999999999 tỷ 500 triệu đồng", ["amount_beyond_budget"])]),
    # the largest real figures stay trusted: a national budget, a GDP
    ("tổng thu ngân sách nhà nước 2.025.000 tỷ đồng", [(2_025_000_000_000_000, "2.025.000 tỷ đồng", [])]),
    ("GDP đạt 11.511.900 tỷ đồng", [(11_511_900_000_000_000, "11.511.900 tỷ đồng", [])]),
]


@pytest.mark.parametrize("text, expected", AMOUNTS)
def test_garbled_amounts(text: str, expected: list) -> None:
    doc = from_text(text)
    amounts = find_amounts(doc)
    assert [(a.value_vnd, a.text, [f.name for f in a.flags]) for a in amounts] == expected
    for amount in amounts:
        assert doc.text[amount.start : amount.end] == amount.text
        assert all(flag.reason for flag in amount.flags)


COUNTS = [
    ("có 99999999999999 đề án được duyệt", [(None, "99999999999999 đề án", ["count_beyond_reports"])]),
    ("trồng 1.000.000.000 cây xanh", [(1_000_000_000, "1.000.000.000 cây xanh", [])]),  # a real national programme
]


@pytest.mark.parametrize("text, expected", COUNTS)
def test_implausible_counts(text: str, expected: list) -> None:
    counts = find_counts(from_text(text))
    assert [(c.value, c.text, [f.name for f in c.flags]) for c in counts] == expected


# figures that are not well-formed numbers are not percentages or ratios: nothing, and no error
NOT_FIGURES = ["đạt 9999999999999995.570%", "tỷ lệ 1.2.3 %", "đạt 7003.700/12", "đạt 12/7003.700"]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_garbled_not_figures(text: str) -> None:
    doc = from_text(text)
    assert find_percentages(doc) == []
    assert find_ratios(doc) == []
