"""Figures a check works on, and the one way a check is built from a stated total and its parts.

Arithmetic is exact (Decimal). A figure remembers half a unit of its last printed digit, so that a
difference can be called "within rounding" — reported as such, never hidden or corrected.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Optional

import regex

from extract.check.nouns import same_head
from extract.check.text import compared, description
from extract.normalise.document import NormalisedDocument
from schemas.models import Amount, Check, Count, Figure

_DIGITS = regex.compile(r"\d")


@dataclass(frozen=True)
class Fig:
    """One figure of the text: exact value, rounding of its printed form, where it stands, what it counts."""

    value: Decimal
    half_unit: Decimal
    page: int
    start: int
    end: int
    text: str
    noun: str = ""
    bare: bool = False  # a number after a label, printed without a noun (bare_figures)

    def figure(self, role: str, value: Optional[str] = None) -> Figure:
        return Figure(
            role=role, value=value or fmt(self.value), page=self.page, start=self.start, end=self.end, text=self.text
        )


def fmt(value: Decimal) -> str:
    """A Decimal as plain text: integers without a point, no exponent."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def last_digit_unit(number_text: str, value: int) -> int:
    """What one unit of the last printed digit is worth, in the value's unit (1 when it cannot tell)."""
    digits = "".join(_DIGITS.findall(number_text))
    if not digits or int(digits) == 0 or value % int(digits):
        return 1
    return value // int(digits)


def from_amount(amount: Amount) -> Fig:
    unit = last_digit_unit(amount.number_text, amount.value_vnd)
    return Fig(Decimal(amount.value_vnd), Decimal(unit) / 2, amount.page, amount.start, amount.end, amount.text)


def from_count(count: Count) -> Fig:
    return Fig(Decimal(count.value), Decimal(0), count.page, count.start, count.end, count.text, count.noun)


def make_check(kind: str, total: Fig, parts: list[Fig], unit: str, detail: str) -> Check:
    """A total against the sum of its parts: difference = stated − computed.

    within_rounding is set on a non-zero difference no larger than half a unit of the coarsest
    printed figure times the number of parts (exact figures such as counts have no rounding).
    """
    computed = sum((p.value for p in parts), Decimal(0))
    difference = total.value - computed
    tolerance = max([total.half_unit] + [p.half_unit for p in parts]) * len(parts)
    return Check(
        check=kind,
        status="pass" if difference == 0 else "fail",
        stated=fmt(total.value),
        computed=fmt(computed),
        difference=fmt(difference),
        within_rounding=difference != 0 and abs(difference) <= tolerance,
        unit=unit,
        detail=detail,
        figures=[total.figure("stated")] + [p.figure("part") for p in parts],
    )


def _extends(a: tuple[list[str], list[str]], b: tuple[list[str], list[str]]) -> bool:
    """Whether description ``b`` is description ``a`` (three words or more) with more words."""
    size_a, size_b = len(a[0]) + len(a[1]), len(b[0]) + len(b[1])
    return size_a >= 3 and size_b > size_a and b[0][: len(a[0])] == a[0] and b[1][: len(a[1])] == a[1]


def is_breakdown(doc: NormalisedDocument, total: Fig, parts: list[Fig]) -> bool:
    """Whether ``parts`` can be shares of ``total``, as a form relating them claims.

    Not when a part is a comparison (text.compared: a change, another year's figure); nor when the
    parts overlap: a part described as another part plus more words (``hồ sơ trực tuyến 1.200``,
    ``hồ sơ trực tuyến toàn trình 800``), or a part as large as the total beside another non-zero
    part (``đúng hạn 1.450 hồ sơ, trước hạn 1.100 hồ sơ`` under a total of 1.450). Overlapping
    figures measure the same things twice, and no sum of them is stated.
    """
    if any(compared(doc, p.start, p.end, total.start) for p in parts):
        return False
    described = [description(doc, p.start, p.end) for p in parts]
    if any(_extends(a, b) for a in described for b in described):
        return False
    positive = [p for p in parts if p.value > 0]
    return len(positive) < 2 or all(p.value < total.value for p in positive)


def describe(total: Fig, parts: list[Fig], how: str) -> str:
    """The detail line of a sum check: the figures as printed and what relates them."""
    return f"{total.text} = " + " + ".join(p.text for p in parts) + f" ({how})"


Compatible = Callable[[Fig, Fig], bool]


def _any(total: Fig, part: Fig) -> bool:
    return True


def _same_noun(total: Fig, part: Fig) -> bool:
    return same_head(total.noun, part.noun)


def sum_kinds(money: list[Fig], counts: list[Fig]) -> list[tuple[str, list[Fig], str, Compatible]]:
    """(check name, figures, unit, which figure may be a part of which total).

    Money adds to money; counts add to counts of the same noun (nouns.same_head).
    """
    return [("sum", money, "đồng", _any), ("count_sum", counts, "", _same_noun)]
