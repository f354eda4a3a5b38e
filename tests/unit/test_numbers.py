"""parse_vn_number: Vietnamese separators (`.` thousands, `,` decimal), exact Decimal values."""

from decimal import Decimal

import pytest

from extract.vi.numbers import is_integer_text, parse_vn_number

CASES = [
    ("0", "0"),
    ("470", "470"),
    ("1.000", "1000"),
    ("13.183,72", "13183.72"),
    ("5.171.344.000.000", "5171344000000"),
    ("103,7", "103.7"),
    ("332,01", "332.01"),
    ("3.913,72", "3913.72"),
    ("5,570", "5.570"),  # a lone comma is the Vietnamese decimal mark, even before three digits
    ("1.5", "1.5"),  # a lone dot not followed by three digits can only be a decimal point
    ("66.7", "66.7"),
    ("1.500", "1500"),  # ... but before exactly three digits it groups thousands
    ("1,234,567", "1234567"),  # several commas: English thousands
    ("1,234.5", "1234.5"),  # both marks: the later one is the decimal mark
    ("5 .570", "5570"),  # OCR space before the thousands dot
    ("01", "1"),
    (" 26.770 ", "26770"),
    # generalisation audit
    ("1.000.000,50", "1000000.50"),
    ("0,5", "0.5"),
    ("100,00", "100.00"),
    ("12.345,678", "12345.678"),
    ("2.500", "2500"),
]

INVALID = ["", "abc", "1..000", "1.00.000", "12.34.567", "1.000,5,5", ",5", "5,", "1.2345.678"]


@pytest.mark.parametrize("text, expected", CASES)
def test_parse_vn_number(text: str, expected: str) -> None:
    assert parse_vn_number(text) == Decimal(expected)


@pytest.mark.parametrize("text", INVALID)
def test_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_vn_number(text)


@pytest.mark.parametrize(
    "text, expected",
    [("37", True), ("2.313", True), ("5.171.344", True), ("103,7", False), ("1.5", False), ("4.758,5", False)],
)
def test_is_integer_text(text: str, expected: bool) -> None:
    assert is_integer_text(text) is expected
