"""Plausibility bounds: a figure beyond them is a misread or garbled number, flagged rather than trusted.

Each bound has a name (the flag an item carries) and a reason (written beside it), so a reader of the
output knows why a figure has no value. The bounds are generous on purpose: they catch digits run
together by a scan or an old file (a 28-digit amount), never a large but real figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from schemas.models import Flag


@dataclass(frozen=True)
class Bound:
    """The largest value a figure of one kind can plausibly have, with the flag that names it."""

    name: str
    limit: int
    reason: str

    def flag(self, printed: str) -> Flag:
        return Flag(name=self.name, reason=f"{printed!r}: {self.reason}")

    def exceeded_by(self, value: Decimal | int) -> bool:
        return abs(value) > self.limit


AMOUNT_VND = Bound(
    "amount_beyond_budget",
    10**17,
    "more than 10^17 đồng, about ten times Vietnam's yearly GDP and forty times the state budget: no public "
    "report states such an amount",
)
COUNT = Bound(
    "count_beyond_reports",
    10**10,
    "more than ten billion, ten times the largest count a public programme states (one billion trees planted)",
)


def malformed(why: str) -> Flag:
    """The flag of a number printed where an amount clearly stands, but not readable as a Vietnamese number."""
    return Flag(name="malformed_number", reason=f"not a well-formed Vietnamese number ({why})")
