"""Reading numbers as Vietnamese documents print them: `.` groups thousands, `,` marks decimals.

Forms read (value is always an exact ``Decimal``, never a float):

- ``5.171.344.000.000`` → 5171344000000, ``1.000`` → 1000: a `.` followed by exactly three digits
  groups thousands;
- ``13.183,72`` → 13183.72, ``103,7`` → 103.7: a single `,` is the decimal mark;
- ``5,570`` → 5.57: a lone comma is a decimal mark even before three digits (the Vietnamese
  convention; an English thousands comma is only assumed when there are several: ``1,234,567``);
- ``1.5`` / ``66.7`` → 1.5 / 66.7: a lone `.` NOT followed by exactly three digits can only be a
  decimal point (the ASCII fallback seen in real text); ``1.500`` stays one thousand five hundred;
- both marks (``1,234.5``): the later one is the decimal mark;
- OCR spaces before a thousands dot (``5 .570``) are ignored.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

# A number as printed, for use inside other patterns (match on the tone-folded key).
# Thousands groups may carry an OCR space before the dot; the decimal part follows a comma,
# or a lone dot when what follows is not a thousands group.
NUMBER = r"(?<![\d])(?:\d{1,3}(?:[ ]?\.\d{3}(?!\d))+(?:,\d+)?|\d+(?:,\d+)?(?!\.\d)|\d+\.\d+)"

_GROUPS = regex.compile(r"\d{1,3}(?:\.\d{3})*")


def _check_groups(integer: str, separator: str) -> str:
    """The integer part without its thousands separator, after checking the groups are of three."""
    if separator == ",":
        integer = integer.replace(",", ".")
    if not _GROUPS.fullmatch(integer):
        raise ValueError(f"bad thousands grouping: {integer!r}")
    return integer.replace(".", "")


def parse_vn_number(text: str) -> Decimal:
    """The exact value of a number printed the Vietnamese way (see the module doc for the forms)."""
    s = regex.sub(r"\s+", "", text)
    if not regex.fullmatch(r"\d(?:[\d.,]*\d)?", s):
        raise ValueError(f"not a number: {text!r}")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        integer, fraction = s.rsplit(decimal_mark, 1)
        if decimal_mark in integer:
            raise ValueError(f"two decimal marks: {text!r}")
        return Decimal(_check_groups(integer, "." if decimal_mark == "," else ",") + "." + fraction)
    if commas == 1:
        return Decimal(s.replace(",", "."))
    if commas:
        return Decimal(_check_groups(s, ","))
    if dots == 1 and len(s) - s.index(".") - 1 != 3:
        return Decimal(s)
    return Decimal(_check_groups(s, ".") if dots else s)


def read_vn_number(text: str) -> Optional[Decimal]:
    """The value of `text` as parse_vn_number reads it, or None where it is not a well-formed number."""
    try:
        return parse_vn_number(text)
    except ValueError:
        return None


def is_integer_text(text: str) -> bool:
    """Whether a printed number is a whole number (thousands dots allowed, no decimal part)."""
    value = read_vn_number(text)
    return value is not None and "," not in text and value == value.to_integral_value() and (
        "." not in text or _GROUPS.fullmatch(regex.sub(r"\s+", "", text)) is not None
    )


FIRST_YEAR, LAST_YEAR = 1900, 2099
"""The years a document of this kind may name: a four-digit number outside them is no year."""
YEAR = r"(?:19|20)[0-9]{2}"
"""A plausible year as printed (FIRST_YEAR to LAST_YEAR), for use inside other patterns."""


def is_plausible_year(value: int) -> bool:
    """Whether `value` may be a year a document names (1900–2099)."""
    return FIRST_YEAR <= value <= LAST_YEAR
