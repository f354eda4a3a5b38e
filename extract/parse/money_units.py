"""Units of money as printed (`đồng`, `VNĐ`, `triệu đồng`, `tỷ`, `Tr.đ` ...) and their value in đồng.

Shared by the running-text amounts (extract.parse.money) and the table cells (extract.parse.money_table).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Optional

import regex

from extract.parse.plausible import AMOUNT_VND, malformed
from extract.vi.numbers import parse_vn_number
from schemas.models import Flag

FLAGS = regex.IGNORECASE | regex.VERSION1
CURRENCY = r"(?:đồng|vnđ|vnd|đ|₫)"
SCALE = r"(?:(?:nghìn|ngàn)[^\S\n]+)?(?:tỷ|tỉ|triệu|nghìn|ngàn)"
SHORT_MILLION = r"tr\.?[^\S\n]?(?:đồng|đ)"  # `tr.đồng`, `Tr.đ`, `trđ`: triệu đồng in tables and notes
UNIT = rf"(?:{SHORT_MILLION}|{SCALE}(?:[^\S\n]+{CURRENCY})?|{CURRENCY})(?![\p{{L}}\d])"
HAS_CURRENCY = regex.compile(rf"(?<!\p{{L}}){CURRENCY}$", FLAGS)
# `1.000 đồng` as a unit (`ĐVT: 1.000 đồng`, `Kinh phí (1.000đ)`, `ĐVT: 1000 đồng`): the figures
# count thousands of đồng.
MULTIPLIER = r"1(?:\.?000)+[^\S\n]*"
_MULTIPLIER = regex.compile(r"\s*1((?:\.?000)+)")

# A cell that is nothing but a unit of money naming its currency, maybe per something: `Triệu đồng`,
# `VNĐ`, `Tr.đ`, `Đồng/người/tháng`. A bare scale (`Triệu`, `Nghìn`) is not enough: `nghìn` may count people.
_MONEY_UNIT = regex.compile(
    rf"\s*(?:{SHORT_MILLION}|(?:{MULTIPLIER}|{SCALE}[^\S\n]*)?{CURRENCY})(?:\s*/\s*\p{{L}}+(?:[^\S\n]\p{{L}}+)*)*\s*\.?\s*", FLAGS
)

SCALE_VALUES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9, "tr": 10**6}
_SCALE_WORD = regex.compile(r"nghìn|ngàn|triệu|tỷ|tỉ|tr(?=\.?\s?đ)", FLAGS)


def is_money_unit(text: str) -> bool:
    """Whether `text` (a unit cell, tone-folded) is a unit of money: `Triệu đồng` yes, `Người`, `%` no."""
    return _MONEY_UNIT.fullmatch(text) is not None


def unit_scale(unit: str) -> int:
    """How many đồng one unit is: `triệu đồng` → 10**6, `nghìn tỷ` → 10**12, `VNĐ` → 1, `1.000 đồng` → 10**3."""
    multiplier = _MULTIPLIER.match(unit)
    scale = 10 ** (multiplier.group(1).count("000") * 3) if multiplier else 1
    for word in _SCALE_WORD.findall(unit):
        scale *= SCALE_VALUES[word.lower()]
    return scale


def to_vnd(number_text: str, unit: str) -> int:
    """Whole đồng for a printed number in a unit: `13.183,72` `triệu đồng` → 13183720000.

    Raises ValueError when the number is not well formed. Exact for any length: the arithmetic is given
    the precision the printed digits need (the default 28 digits would round a long figure, or fail).
    """
    number = parse_vn_number(number_text)
    with localcontext() as context:
        context.prec = len(number_text) + 40
        value = number * unit_scale(unit)
        return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def checked_vnd(number_text: str, unit: str) -> tuple[Optional[int], list[Flag]]:
    """Whole đồng and no flag; or no value and the flag saying why (malformed, beyond any budget)."""
    try:
        value = to_vnd(number_text, unit)
    except ValueError as error:
        return None, [malformed(str(error))]
    return bounded_vnd(value, f"{number_text} {unit}")


def bounded_vnd(value: int, printed: str) -> tuple[Optional[int], list[Flag]]:
    """`value` and no flag; or, beyond any public budget, no value and the flag saying so."""
    if AMOUNT_VND.exceeded_by(value):
        return None, [AMOUNT_VND.flag(printed)]
    return value, []
