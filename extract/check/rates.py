"""A stated percentage against the part and whole it is computed from (``rate`` and ``share`` checks).

The percentage is recomputed as 100 × part / whole and rounded half up to the decimals printed;
the check passes when that equals the printed figure. A printed figure one unit of its last digit
off (``99,10`` for 99,109%: cut instead of rounded) is a difference within rounding, reported as
such. When the pair is printed the wrong way round (the stated rate is whole / part), the detail says so.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Optional

from extract.check.figures import Fig, fmt
from schemas.models import Check

HUNDRED = Decimal(100)


def percent(part: Decimal, whole: Decimal, like: Decimal) -> Decimal:
    """100 × part / whole, rounded half up to the decimals of ``like``."""
    exponent = min(like.as_tuple().exponent, 0)
    return (part * HUNDRED / whole).quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)


def rate_check(kind: str, stated: Fig, part: Fig, whole: Fig, how: str) -> Optional[Check]:
    """The check of a printed percentage against part / whole; None when the whole is zero."""
    if whole.value == 0:
        return None
    computed = percent(part.value, whole.value, stated.value)
    difference = stated.value - computed
    unit = Decimal(1).scaleb(min(stated.value.as_tuple().exponent, 0))
    detail = f"{stated.text} = {part.text} / {whole.text} ({how})"
    if difference and part.value and percent(whole.value, part.value, stated.value) == stated.value:
        detail += "; the stated rate is the pair taken the other way round"
    return Check(
        check=kind,
        status="pass" if difference == 0 else "fail",
        stated=fmt(stated.value),
        computed=fmt(computed),
        difference=fmt(difference),
        within_rounding=difference != 0 and abs(difference) <= unit,
        unit="%",
        detail=detail,
        figures=[stated.figure("stated"), part.figure("part"), whole.figure("whole")],
    )


def shares_check(stated: list[Fig], how: str) -> Check:
    """Parts' percentages against the 100% of their whole (within the rounding of each printed share)."""
    computed = sum((f.value for f in stated), Decimal(0))
    difference = HUNDRED - computed
    tolerance = sum((Decimal(1).scaleb(min(f.value.as_tuple().exponent, 0)) / 2 for f in stated), Decimal(0))
    return Check(
        check="share",
        status="pass" if difference == 0 else "fail",
        stated="100",
        computed=fmt(computed),
        difference=fmt(difference),
        within_rounding=difference != 0 and abs(difference) <= tolerance,
        unit="%",
        detail="100% = " + " + ".join(f.text for f in stated) + f" ({how})",
        figures=[f.figure("part") for f in stated],
    )
