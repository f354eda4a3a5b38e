"""Dates as Vietnamese documents print them, day first: `24/9/2021`, `24-9-2021`, `24.9.2021`,
`ngày 16 tháng 6 năm 2025` (also with the spaces lost in a PDF's text layer: `05tháng 3năm 2025`).

A date that cannot exist (`31/02/2025`) is no date. A day left blank for signing
(`ngày    tháng 6 năm 2026`) is no date either: the header parser reports that case itself.
Two-digit years are not read: `24/9/21` looks too much like a ratio.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Optional

import regex

from extract.vi.numbers import is_plausible_year

# Day, month, year in this order in both forms, so the value is read from the digit runs alone.
# The numeric form repeats one separator and is not part of a longer number or of a document symbol.
DATE_PATTERN = (
    r"(?<![0-9./-])(?:[0-9]{1,2}(?:\s?/\s?[0-9]{1,2}\s?/\s?|\s?-\s?[0-9]{1,2}\s?-\s?|\.[0-9]{1,2}\.)[0-9]{4}"
    r"(?![0-9]|[/-]\p{L}|\.[0-9])"
    r"|(?<![0-9])[0-9]{1,2}\s*tháng\s*[0-9]{1,2}\s*,?\s*năm\s*[0-9]{4}(?![0-9]))"
)
"""Either date form, group-free, for other parsers to embed; match on NFC text with IGNORECASE."""
_DATE = regex.compile(DATE_PATTERN, regex.IGNORECASE)
_DIGITS = regex.compile(r"[0-9]+")


@dataclass(frozen=True)
class DateSpan:
    """A date found in a text: [start, end) of its printed form and its value."""

    start: int
    end: int
    value: date


def date_value(printed: str) -> Optional[date]:
    """The date a matched printed form stands for, or None when no such day exists."""
    day, month, year = (int(part) for part in _DIGITS.findall(printed)[:3])
    if not is_plausible_year(year):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateSpan]:
    """Every valid date printed in `text` (NFC), in order, with its offsets."""
    spans = []
    for match in _DATE.finditer(text):
        value = date_value(match.group())
        if value is not None:
            spans.append(DateSpan(match.start(), match.end(), value))
    return spans


def parse_date(text: str) -> Optional[date]:
    """The first valid date printed in `text` (`ngày 24/9/2021`, `16 tháng 6 năm 2025`), else None."""
    found = find_dates(unicodedata.normalize("NFC", text))
    return found[0].value if found else None
