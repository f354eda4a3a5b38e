"""A spreadsheet number as its cell shows it, written the Vietnamese way (`12.974.745`, `3,5`, `12%`).

The stored value is what is quoted; the cell's number format says how many decimals are shown,
whether thousands are grouped and whether it is a percentage. Separators are the Vietnamese ones
(a dot groups thousands, a comma marks decimals), as the documents print them and as the parsers read
them, whatever the locale of the computer that saved the file.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import regex

_QUOTED = regex.compile(r'"[^"]*"|\\.|_.|\*.|\[[^\]]*\]')
_GENERAL_DIGITS = 10  # significant digits Excel's General format shows


def shown_number(value: float, number_format: str) -> str:
    """`value` as a cell with `number_format` shows it, in Vietnamese separators."""
    section = _QUOTED.sub("", (number_format or "General").split(";")[0])
    if "%" in section:
        value *= 100
    if "general" in section.lower() or not regex.search(r"[0#?]", section):
        text = _general(value)
    else:
        decimals = len(regex.search(r"\.([0#?]*)", section).group(1)) if "." in section else 0
        text = _fixed(value, decimals, grouped="," in section.split(".")[0])
    return text + ("%" if "%" in section else "")


def _general(value: float) -> str:
    """Excel's General format: up to ten significant digits, no grouping, no trailing zeros."""
    if float(value).is_integer():
        return str(int(value))
    digits = Decimal(repr(value))
    places = max(0, _GENERAL_DIGITS - digits.adjusted() - 1)
    text = format(digits.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP).normalize(), "f")
    return text.replace(".", ",")


def _fixed(value: float, decimals: int, grouped: bool) -> str:
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = format(rounded, f"{',' if grouped else ''}.{decimals}f")
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")
