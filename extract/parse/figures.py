"""Percentages (`76,3%`, `100 %`, `76,3 phần trăm`) and ratios (`26.770/47.826`, `12/63`).

A ratio is two whole numbers around a `/` that is neither a date (`24/9`, `24/9/2021`, `tháng
3/2026`, `14/3 hằng năm`), nor a school or crop year (`năm học 2024/2025`), nor a document number (`587/QĐ-UBND`, `số 12/2025`, `66.7/2025/NQ-CP`), nor part of a
longer slash chain.
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extract.normalise.document import NormalisedDocument
from extract.vi.numbers import NUMBER, is_integer_text, is_plausible_year, parse_vn_number, read_vn_number
from schemas.models import Percentage, Ratio

_FLAGS = regex.IGNORECASE | regex.VERSION1
_PERCENT = regex.compile(rf"(?<![\p{{L}}\d.,/])(?P<num>{NUMBER})[^\S\n]*(?:%|phần trăm(?!\p{{L}}))", _FLAGS)
_RATIO = regex.compile(
    rf"(?<![\p{{L}}\d.,/-])(?P<a>{NUMBER})[^\S\n]*/[^\S\n]*(?P<b>{NUMBER})(?![\d/]|[^\S\n]*[-/][^\S\n]*\p{{L}})", _FLAGS
)
_DATE_WORD = regex.compile(r"(?:ngày|hôm|tháng|quý|số|năm)\s*$", _FLAGS)
_YEARLY = regex.compile(r"\s*(?:hằng|hàng)\s+năm(?!\p{L})", _FLAGS)


def _plain(value: Decimal) -> str:
    """`76.3`, `29.0`, `100`: the decimal as printed, without exponent."""
    return format(value, "f")


def find_percentages(doc: NormalisedDocument) -> list[Percentage]:
    """Every percentage, its value as an exact decimal string."""
    percentages = []
    for match in _PERCENT.finditer(doc.key):
        value = read_vn_number(match.group("num"))
        if value is not None:
            percentages.append(Percentage(**doc.quote(match.start(), match.end()), value=_plain(value)))
    return percentages


def _is_date_or_number(doc: NormalisedDocument, start: int, end: int, a: int, b: int) -> bool:
    """`24/9` after `ngày` or before `hằng năm`, a month/year, two years in a row, or a number after
    `số`: not a ratio."""
    if _DATE_WORD.search(doc.key, max(0, start - 12), start):
        return True
    if 1 <= a <= 31 and 1 <= b <= 12 and _YEARLY.match(doc.key, end):
        return True
    return is_plausible_year(b) and (1 <= a <= 12 or b == a + 1)


def find_ratios(doc: NormalisedDocument) -> list[Ratio]:
    """Every ratio of two whole numbers that is not a date or a document number."""
    ratios = []
    for m in _RATIO.finditer(doc.key):
        if not (is_integer_text(m.group("a")) and is_integer_text(m.group("b"))):
            continue
        a, b = int(parse_vn_number(m.group("a"))), int(parse_vn_number(m.group("b")))
        if not _is_date_or_number(doc, m.start(), m.end(), a, b):
            ratios.append(Ratio(**doc.quote(m.start(), m.end()), numerator=a, denominator=b))
    return ratios
