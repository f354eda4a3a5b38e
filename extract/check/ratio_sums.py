"""A ratio broken down into ratios: numerators and denominators each against their parts (``count_sum``).

``... 17.432/20.248 hồ sơ (đạt 86,09%). Trong đó, cơ quan: 2.157/2.517 ..., doanh nghiệp 15.275/17.731 ...``:
after a relation word, two or more ratios at its bracket depth are the parts; the total is the last ratio
before the word in its sentence or — when the word opens the sentence — the last ratio of the sentence
before, in the same paragraph. The numerators are checked against the total's numerator, the
denominators against its denominator.
"""

from __future__ import annotations

from typing import Optional

from extract.check.figures import Fig, describe, make_check
from extract.check.text import RELATION, Sentence, enumeration_end, sentences
from extract.check.text_rates import ratio_figs
from extract.normalise.document import NormalisedDocument
from schemas.models import Check, Ratio


def _total(doc: NormalisedDocument, ratios: list[Ratio], sentence: Sentence, previous: Optional[Sentence], at: int) -> Optional[Ratio]:
    before = [r for r in ratios if sentence.start <= r.start and r.end <= at]
    if before:
        return before[-1]
    opens = not doc.key[sentence.start : at].strip(" \t-+•")
    same_paragraph = previous is not None and doc.paragraph_at(previous.start) is doc.paragraph_at(sentence.start)
    if opens and same_paragraph:
        earlier = [r for r in ratios if previous.start <= r.start < previous.end]
        return earlier[-1] if earlier else None
    return None


def ratio_sums(doc: NormalisedDocument, ratios: list[Ratio]) -> list[Check]:
    """count_sum checks of ratios broken down into ratios (see the module docstring)."""
    checks: list[Check] = []
    previous: Optional[Sentence] = None
    for sentence in sentences(doc):
        for word in RELATION.finditer(doc.key, sentence.start, sentence.end):
            depth = sentence.depth(word.start())
            scope_end = min(sentence.group_end(word.start()), enumeration_end(doc, word.end(), sentence.end))
            parts = [r for r in ratios if word.end() <= r.start < scope_end and sentence.depth(r.start) == depth]
            total = _total(doc, ratios, sentence, previous, word.start()) if len(parts) >= 2 else None
            if total is None:
                continue
            figs = [ratio_figs(r) for r in [total, *parts]]
            how = f"'{doc.text[word.start():word.end()]}' breaks the ratio down"
            for side, name in ((0, "numerators"), (1, "denominators")):
                whole: Fig = figs[0][side]
                shares = [f[side] for f in figs[1:]]
                checks.append(make_check("count_sum", whole, shares, "", describe(whole, shares, f"{how}, {name}")))
            break
        previous = sentence
    return checks
