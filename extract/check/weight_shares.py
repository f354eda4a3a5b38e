"""Shares of one whole stated part by part, without the parts' amounts (``share`` against 100%).

``GTSXCN ước đạt 89.084 tỷ đồng, trong đó khu vực A tăng 8,8% và có tỷ trọng ... (chỉ còn 26,1%), khu
vực B ... chiếm tỷ trọng 34,8%, khu vực C ... chiếm tỷ trọng 39% toàn ngành``: after a relation word,
every clause (split by ``,`` or ``;`` at the word's bracket depth) names its part's weight (``tỷ trọng``)
and then a percentage — the first one after the word. When every clause of the enumeration does, and
there are two or more, the weights are the whole split up and must add to 100% (within the rounding
of the printed figures). A clause without ``tỷ trọng`` (a growth rate, ``Hà Tây tăng 20,3%``) means the
enumeration is not a split of the whole by weight: no check.
"""

from __future__ import annotations

from typing import Optional

import regex

from extract.check.figures import Fig
from extract.check.rates import shares_check
from extract.check.text import RELATION, Sentence, enumeration_end, sentences
from extract.normalise.document import NormalisedDocument
from schemas.models import Check

_WEIGHT = regex.compile(r"(?<!\p{L})(?:tỷ|tỉ)\s+trọng(?!\p{L})", regex.IGNORECASE)


def _clauses(doc: NormalisedDocument, sentence: Sentence, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) split at the `,` (not a decimal comma) and `;` standing at the bracket depth of ``start``."""
    depth = sentence.depth(start)
    bounds, lo = [], start
    for match in regex.finditer(r"[,;](?!\d)", doc.key[start:end]):
        at = start + match.start()
        if sentence.depth(at) == depth:
            bounds.append((lo, at))
            lo = at + 1
    bounds.append((lo, end))
    return [(a, b) for a, b in bounds if doc.key[a:b].strip()]


def _weight(doc: NormalisedDocument, clause: tuple[int, int], percentages: list[Fig]) -> Optional[Fig]:
    """The percentage after the clause's ``tỷ trọng``, if the clause names one."""
    word = _WEIGHT.search(doc.key, *clause)
    if word is None:
        return None
    return next((p for p in percentages if word.end() <= p.start < clause[1]), None)


def weight_shares(doc: NormalisedDocument, percentages: list[Fig]) -> list[Check]:
    """share checks (stated 100) of the weights an enumeration after a relation word gives every part."""
    checks: list[Check] = []
    for sentence in sentences(doc):
        for word in RELATION.finditer(doc.key, sentence.start, sentence.end):
            end = enumeration_end(doc, word.end(), sentence.group_end(word.start()))
            clauses = _clauses(doc, sentence, word.end(), end)
            weights = [_weight(doc, clause, percentages) for clause in clauses]
            if len(weights) >= 2 and all(weights):
                checks.append(shares_check([w for w in weights if w], "the weights (tỷ trọng) of every part of one whole"))
    return checks
