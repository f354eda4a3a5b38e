"""Rates stated beside the pair they are computed from, in a sentence (``rate`` checks).

A percentage is checked against a part and a whole only where the sentence ties them together,
with no other figure in between (figures inside a bracket that stands between are skipped):

1. a ratio, then the rate: ``17.432/20.248 hồ sơ (đạt tỷ lệ 86,09%)``, ``123/123 nhiệm vụ (đạt 100%)``;
2. the rate, then the ratio in a bracket closing its phrase: ``đạt 90,58% (419.218/462.814 hồ sơ)``;
3. two counts of one thing joined by ``/`` or ``trên tổng số``, then the rate:
   ``6.317 hồ sơ ... trên tổng số 8.283 hồ sơ ..., đạt tỷ lệ 76,3%``;
4. a total, a relation word, one part, then the rate: ``60.758 lượt; trong đó, 52.700 lượt ..., đạt tỷ
   lệ 86,7%``;
5. a total, then ``, đã`` and a verb (at most four words) with the done part, then the rate: ``dự toán ...
   là 22.143 tỷ đồng (gồm ...), đã giải ngân được 9.400 tỷ đồng, đạt 42,5% kế hoạch`` (a bracket after the
   total is skipped).

The rate must be introduced as one (``đạt``, ``bằng``, ``chiếm``, ``tỷ lệ``, or an opening bracket);
``tăng 12%`` or ``so với`` figures are changes, not rates of the pair.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

import regex

from extract.check.figures import Compatible, Fig, sum_kinds
from extract.check.rates import rate_check
from extract.check.text import RELATION, Sentence, outside_brackets, sentences
from extract.normalise.document import NormalisedDocument
from schemas.models import Check, Percentage, Ratio

_INTRODUCED = regex.compile(
    r"(?:(?<!\p{L})(?:đạt|bằng|chiếm|là)(?:\s+(?:tỷ|tỉ)\s+lệ)?(?:\s+là)?|(?<!\p{L})(?:tỷ|tỉ)\s+lệ(?:\s+là)?|\()\s*:?\s*$",
    regex.IGNORECASE,
)
_BETWEEN_RATIO = regex.compile(r"^[^;.!?]*$")
_OVER = regex.compile(r"^(?:\s*\p{L}+){0,15}?\s*(?:/|trên\s+tổng\s+số|trên\s+tổng|trên\s+số)\s*$", regex.IGNORECASE)
_TOTAL_WORD = regex.compile(r"^tổng(?:\s+số)?\s+", regex.IGNORECASE)
_BRACKET_AFTER = regex.compile(r"^[^,;.()]{0,100}\(\s*$")
_WORD = regex.compile(r"\p{L}+")
_DONE = regex.compile(r"\s*,\s*đã(?:\s+\p{L}+){1,4}\s*", regex.IGNORECASE)
_MAX_WORDS = 25


def percentage_fig(p: Percentage) -> Fig:
    return Fig(Decimal(p.value), Decimal(0), p.page, p.start, p.end, p.text)


def ratio_figs(r: Ratio) -> tuple[Fig, Fig]:
    """The numerator and denominator of a printed ratio, each where it stands."""
    slash = r.text.index("/")
    top = Fig(Decimal(r.numerator), Decimal(0), r.page, r.start, r.start + len(r.text[:slash].rstrip()), r.text[:slash].rstrip())
    right = r.text[slash + 1 :]
    offset = r.start + slash + 1 + (len(right) - len(right.lstrip()))
    bottom = Fig(Decimal(r.denominator), Decimal(0), r.page, offset, r.end, right.strip())
    return top, bottom


def _tied(doc: NormalisedDocument, start: int, end: int, starts: list[int], semicolon: bool = False) -> bool:
    """Whether [start, end) holds no other figure outside brackets, no full stop (nor ';' unless allowed), few words."""
    between = doc.key[start:end]
    visible = outside_brackets(between)
    if (not semicolon and not _BETWEEN_RATIO.match(visible)) or len(_WORD.findall(visible)) > _MAX_WORDS:
        return False
    return not any(start <= s < end and visible[s - start] != " " for s in starts)


def _introduced(doc: NormalisedDocument, pct: Fig, start: int) -> bool:
    return bool(_INTRODUCED.search(doc.key[max(start, pct.start - 40) : pct.start]))


def _within(figs: list, sentence: Sentence) -> list:
    return [f for f in figs if sentence.start <= f.start < sentence.end]


def _ratio_forms(doc: NormalisedDocument, sentence: Sentence, pcts: list[Fig], ratios: list[Ratio], starts: list[int]) -> Iterator[tuple[Fig, Fig, Fig, str]]:
    for ratio in ratios:
        part, whole = ratio_figs(ratio)
        later = [p for p in pcts if p.start >= ratio.end]
        if later and _tied(doc, ratio.end, later[0].start, starts) and _introduced(doc, later[0], ratio.end):
            yield later[0], part, whole, "a ratio and the rate after it"
            continue
        earlier = [p for p in pcts if p.end <= ratio.start]
        if earlier and _BRACKET_AFTER.match(doc.key[earlier[-1].end : ratio.start]) and _tied(doc, earlier[-1].end, ratio.start, starts):
            yield earlier[-1], part, whole, "a rate and its ratio in the bracket after it"


def _pair_forms(doc: NormalisedDocument, sentence: Sentence, pcts: list[Fig], figs: list[Fig], compatible: Compatible, starts: list[int]) -> Iterator[tuple[Fig, Fig, Fig, str]]:
    for first, second in zip(figs, figs[1:]):
        whole = Fig(second.value, second.half_unit, second.page, second.start, second.end, second.text,
                    _TOTAL_WORD.sub("", second.noun))  # `370.320 tổng hồ sơ` counts hồ sơ
        if not compatible(whole, first) or not _OVER.match(doc.key[first.end : second.start]):
            continue
        later = [p for p in pcts if p.start >= second.end]
        if later and _tied(doc, second.end, later[0].start, starts) and _introduced(doc, later[0], second.end):
            yield later[0], first, second, "a part over its whole, then the rate"


def _relation_forms(doc: NormalisedDocument, sentence: Sentence, pcts: list[Fig], figs: list[Fig], compatible: Compatible, starts: list[int]) -> Iterator[tuple[Fig, Fig, Fig, str]]:
    for word in RELATION.finditer(doc.key, sentence.start, sentence.end):
        depth = sentence.depth(word.start())
        before = [f for f in figs if f.end <= word.start() and sentence.depth(f.start) == depth]
        after = [f for f in figs if f.start >= word.end() and sentence.depth(f.start) == depth]
        later = [p for p in pcts if p.start >= word.end()]
        if not before or not after or not later:
            continue
        total, part, pct = before[-1], after[0], later[0]
        parts_before_pct = [f for f in after if f.start < pct.start]
        if len(parts_before_pct) != 1 or not compatible(total, part) or part.value > total.value:
            continue
        if _tied(doc, total.end, word.start(), starts, semicolon=True) and _tied(doc, part.end, pct.start, starts) and _introduced(doc, pct, part.end):
            yield pct, part, total, f"'{doc.text[word.start():word.end()]}' relates the part to the total"


def _done_forms(doc: NormalisedDocument, sentence: Sentence, pcts: list[Fig], figs: list[Fig], compatible: Compatible, starts: list[int]) -> Iterator[tuple[Fig, Fig, Fig, str]]:
    for part in figs:
        depth = sentence.depth(part.start)
        earlier = [f for f in figs if f.end <= part.start and sentence.depth(f.start) == depth]
        if not earlier or not compatible(earlier[-1], part) or part.value > earlier[-1].value:
            continue
        total = earlier[-1]
        later = [p for p in pcts if p.start >= part.end]
        if not later or not _DONE.fullmatch(outside_brackets(doc.key[total.end : part.start])):
            continue
        if _tied(doc, part.end, later[0].start, starts) and _introduced(doc, later[0], part.end):
            yield later[0], part, total, "a total, then its done part, then the rate"


def text_rates(
    doc: NormalisedDocument,
    money: list[Fig],
    counts: list[Fig],
    percentages: list[Percentage],
    ratios: list[Ratio],
    starts: list[int],
    checked: set[int],
) -> list[Check]:
    """Rate checks of every sentence (see the module docstring); percentages starting in ``checked`` are done."""
    pcts = sorted((percentage_fig(p) for p in percentages if p.start not in checked), key=lambda f: f.start)
    checks: list[Check] = []
    for sentence in sentences(doc):
        in_pcts = _within(pcts, sentence)
        if not in_pcts:
            continue
        found = list(_ratio_forms(doc, sentence, in_pcts, _within(ratios, sentence), starts))
        for _, figures, _, compatible in sum_kinds(money, counts):
            figs = _within(figures, sentence)
            found += _pair_forms(doc, sentence, in_pcts, figs, compatible, starts)
            found += _relation_forms(doc, sentence, in_pcts, figs, compatible, starts)
            found += _done_forms(doc, sentence, in_pcts, figs, compatible, starts)
        used: set[int] = set()
        for pct, part, whole, how in found:
            if pct.start in used:
                continue
            check = rate_check("rate", pct, part, whole, how)
            if check is not None:
                used.add(pct.start)
                checks.append(check)
    return checks
