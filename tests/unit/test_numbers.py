"""Whole numbers as printed (the number forms themselves are in tests/cases/numbers.yaml)."""


import pytest

from extract.vi.numbers import is_integer_text


@pytest.mark.parametrize(
    "text, expected",
    [("37", True), ("2.313", True), ("5.171.344", True), ("103,7", False), ("1.5", False), ("4.758,5", False)],
)
def test_is_integer_text(text: str, expected: bool) -> None:
    assert is_integer_text(text) is expected
