"""Parts' percentages of a checked total (``share`` checks).

Where a sum check relates a total to its parts and a part is followed by its own percentage
(``293.132 hồ sơ, đạt tỷ lệ 95,88%``, ``là 193.457 (tỷ lệ 99,1%)``, ``Vốn góp: 15 tỷ đồng (chiếm 15%)``),
that percentage is checked against part / total; when every part has one, the percentages are also
checked to add up to 100%. Only a percentage that stands right after the part, before the next part,
introduced as a share (an opening bracket, ``chiếm``, ``tỷ lệ``, ``đạt tỷ lệ``) counts; ``đạt 96,3%`` alone is
an achievement rate, and percentages adding to more than 100 beside the parts are no shares of the whole.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from extract.check.figures import Fig
from extract.check.rates import rate_check, shares_check
from extract.normalise.document import NormalisedDocument
from schemas.models import Check, Figure

_SHARE_AFTER = regex.compile(
    r"^[^\d,;.()%]{0,80}?(?:,\s*)?"
    r"(?:\(\s*(?:chiếm\s+)?|(?<!\p{L})chiếm\s+|(?<!\p{L})đạt\s+(?=(?:tỷ|tỉ)\s+lệ)|(?=(?:tỷ|tỉ)\s+lệ))"
    r"(?:(?:tỷ|tỉ)\s+(?:lệ|trọng)\s*)?(?:là\s*)?:?\s*$",
    regex.IGNORECASE,
)
_SUMS = ("sum", "count_sum")


def _fig(figure: Figure) -> Fig:
    return Fig(Decimal(figure.value), Decimal(0), figure.page, figure.start, figure.end, figure.text)


def _share_of(doc: NormalisedDocument, part: Fig, limit: int, percentages: list[Fig]) -> Optional[Fig]:
    """The percentage right after ``part`` (before ``limit``) that states its share, if any."""
    after = [p for p in percentages if part.end <= p.start < limit]
    if after and _SHARE_AFTER.match(doc.key[part.end : after[0].start]):
        return after[0]
    return None


def shares(doc: NormalisedDocument, sums: list[Check], percentages: list[Fig]) -> list[Check]:
    """Share checks of the parts of every sum check that carry their percentage."""
    checks: list[Check] = []
    for check in sums:
        if check.check not in _SUMS:
            continue
        total = _fig(check.figures[0])
        parts = [_fig(f) for f in check.figures[1:]]
        limits = [p.start for p in parts[1:]] + [min(parts[-1].end + 120, len(doc.key))]
        stated = [_share_of(doc, part, limit, percentages) for part, limit in zip(parts, limits)]
        if sum(p.value for p in stated if p) > 101:
            continue  # percentages beside the parts that add to more than the whole are rates of something else
        for part, pct in zip(parts, stated):
            if pct is not None:
                share = rate_check("share", pct, part, total, "the part's share of the total printed beside it")
                if share is not None:
                    checks.append(share)
        if all(stated):
            checks.append(shares_check([p for p in stated if p], "the parts' shares of one total"))
    return checks
