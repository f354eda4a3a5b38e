"""Money beyond its case tables (tests/cases/money.yaml): the unit multipliers."""

import pytest

from extract.parse.money import to_vnd


@pytest.mark.parametrize(
    "number, unit, expected",
    [("13.183,72", "triệu đồng", 13_183_720_000), ("1", "nghìn tỷ đồng", 10**12), ("5.000", "đ", 5_000),
     ("85.500", "1.000 đồng", 85_500_000), ("2", "1.000.000đ", 2_000_000)],
)
def test_to_vnd(number: str, unit: str, expected: int) -> None:
    assert to_vnd(number, unit) == expected
