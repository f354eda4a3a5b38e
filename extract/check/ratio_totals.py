"""A ratio's whole broken down into parts (``count_sum``): the ratio states the total.

Two forms, in one sentence:

1. the done part as a ratio, then the other parts as counts of the same noun in the clauses after it:
   ``đã triển khai 13/19 nhiệm vụ, đang triển khai 04 nhiệm vụ, ... là 02 nhiệm vụ`` — 19 = 13 + 04 + 02.
   Only a ratio short of its whole (13 of 19): ``45/45 nhiệm vụ`` leaves no other part to state; and
   each part introduced by its own words (a count opening its clause, ``45/50 nhiệm vụ, 30 nhiệm vụ
   đạt ...``, is the subject of what follows: some of the 45, not another part);
2. a ratio whose noun phrase names several kinds of thing, then a bracket breaking it down by them:
   ``42/42 cơ quan, đơn vị, địa phương (gồm: 04 cơ quan ... và 38 đơn vị ...)`` — each part counts one
   of the nouns listed (nouns.same_head), the whole is the ratio's.

What the ratio counts is the phrase printed right after it; a part must count that (or, in form 2, one
of the listed nouns). Parts stand at the ratio's bracket depth (form 1) or in the bracket (form 2), in
separate clauses, and must be shares (figures.is_breakdown: no comparisons, no overlapping measures).
"""

from __future__ import annotations

from typing import Iterator

import regex

from extract.check.figures import Fig, describe, is_breakdown, make_check
from extract.check.nouns import same_head
from extract.check.text import RELATION, Sentence, sentences
from extract.check.text_rates import ratio_figs
from extract.normalise.document import NormalisedDocument
from schemas.models import Check, Ratio

_NOUNS = regex.compile(r"\s*,\s*|\s+(?:và|hoặc)\s+", regex.IGNORECASE)
_CLAUSE = regex.compile(r"[,;]")
_LISTED = regex.compile(r"(?P<nouns>[^;.:()\d]{1,80}?)\(")
_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _counts_noun(doc: NormalisedDocument, ratio: Ratio, part: Fig) -> bool:
    """Whether the words after the ratio open with the part's noun (``13/19 nhiệm vụ`` / ``04 nhiệm vụ``)."""
    after = _WORD.findall(doc.key[ratio.end : ratio.end + 60].casefold())
    noun = _WORD.findall(part.noun.casefold())
    return bool(noun) and after[: len(noun)] == noun


def _done_part_first(doc: NormalisedDocument, sentence: Sentence, ratio: Ratio, counts: list[Fig]) -> Iterator[tuple[Fig, list[Fig]]]:
    top, whole = ratio_figs(ratio)
    if top.value >= whole.value:
        return
    depth = sentence.depth(ratio.start)
    later = [c for c in counts if c.start >= ratio.end and sentence.depth(c.start) == depth]
    parts = [c for c in later if _counts_noun(doc, ratio, c)]
    if not parts or parts != later[: len(parts)] or RELATION.search(doc.key, ratio.end, parts[-1].start):
        return
    bounds = [ratio.end] + [p.start for p in parts]
    if all(_CLAUSE.search(doc.key, a, b) and _introduced(doc, a, b) for a, b in zip(bounds, bounds[1:])):
        yield whole, [top, *parts]


def _introduced(doc: NormalisedDocument, start: int, part_start: int) -> bool:
    """Whether words stand between the last clause break in [start, part_start) and the part (``, đang triển khai
    04 nhiệm vụ``): a count opening its clause is that clause's subject (``, 30 nhiệm vụ đạt ...``: some of
    the done ones), not another part."""
    clause = _CLAUSE.split(doc.key[start:part_start])[-1]
    return bool(regex.search(r"\p{L}", clause))


def _by_listed_nouns(doc: NormalisedDocument, sentence: Sentence, ratio: Ratio, counts: list[Fig]) -> Iterator[tuple[Fig, list[Fig]]]:
    _, whole = ratio_figs(ratio)
    listed = _LISTED.match(doc.key, ratio.end, sentence.end)
    if listed is None:
        return
    opening = listed.end() - 1
    nouns = [n for n in _NOUNS.split(listed.group("nouns").strip().casefold()) if n]
    if len(nouns) < 2 or any(len(n.split()) > 4 for n in nouns):
        return
    inside = [c for c in counts if opening < c.start < sentence.group_end(opening)]
    parts = [c for c in inside if sentence.depth(c.start) == sentence.depth(opening)]
    if len(parts) >= 2 and all(any(same_head(n, p.noun) for n in nouns) for p in parts):
        yield whole, parts


def ratio_totals(doc: NormalisedDocument, counts: list[Fig], ratios: list[Ratio]) -> list[Check]:
    """count_sum checks of ratios' wholes against the parts the sentence gives them."""
    checks: list[Check] = []
    for sentence in sentences(doc):
        figs = [c for c in counts if sentence.start <= c.start < sentence.end]
        for ratio in (r for r in ratios if sentence.start <= r.start < sentence.end):
            found = [*_done_part_first(doc, sentence, ratio, figs), *_by_listed_nouns(doc, sentence, ratio, figs)]
            for whole, parts in found[:1]:
                if all(p.value <= whole.value for p in parts) and is_breakdown(doc, whole, parts):
                    how = "the ratio states the whole, the sentence its parts"
                    checks.append(make_check("count_sum", whole, parts, "", describe(whole, parts, how)))
    return checks
