"""Totals and parts stated inside one sentence.

A total T and two or more parts P1..Pk of the same kind (money; or counts of the same noun, see
nouns.py) are checked only when the sentence itself relates them, in one of three ways:

1. relation word: ``T ..., trong đó P1, P2 ...`` / ``T (gồm P1; P2)``. The parts are the figures
   after the word, at the word's bracket depth, up to the end of its bracket group, the next
   relation word or the end of the enumeration; T is the nearest figure before the word (in the
   same bracket group or just outside it) that has at least two such parts.
2. total word: ``tổng số ... T, cấp tỉnh P1, cấp xã P2`` — T is governed by ``tổng`` and every
   later figure of its kind at its depth is a part.
3. a bracket right after the total's noun phrase: ``T hồ sơ (P1 hồ sơ ... và P2 hồ sơ ...)``; or holding
   nothing but figures, each with a short name, whatever they count (``8.891 chứng thư cá nhân
   (8.250 Token, 641 SIM PKI)``): the total by type.
4. a second split after the first (counts and money alike): ``T ..., trong đó P1, P2, với Q1 ... và Q2``
   — ``với`` after the parts of form 1 opens another split of T (by level, by kind); its figures up
   to the next ``;`` or the end of the enumeration are checked against T too.
5. parallel clauses (counts): ``thực hiện T đề án ..., hỗ trợ P1 đề án ..., ... hỗ trợ P2 đề án``:
   every later count of T's noun is introduced by the same two words, the word right before T
   differs from theirs (else T is a sibling clause: ``A là 12 đơn vị, B là 71 đơn vị``), and the
   parts stand in separate clauses. Repeating the introducing verb for each share of a
   number already stated is how Vietnamese reports split a total without saying "trong đó".

In the forms 1 and 3 a part printed without a noun after its label (``162 trường hợp (trong đó nghỉ
hưu: 28; nghỉ việc: 134)``, bare_figures) counts what the total counts: the relation word or the
bracket says so, when the total is printed with its noun.

Figures that merely share a sentence are never summed: a sentence without one of these forms
yields no check, and a single part yields none either; nor do parts that cannot be shares of the
total (figures.is_breakdown: comparisons, another year's figures, overlapping measures).
"""

from __future__ import annotations

from typing import Iterator, Optional

import regex

from extract.check.figures import Compatible, Fig, describe, is_breakdown, make_check, sum_kinds
from extract.check.text import (
    EXCLUSION,
    Sentence,
    enumeration_end,
    governed_by_total,
    lead,
    opens_bracket_after,
    relations,
    sentences,
)
from extract.normalise.document import NormalisedDocument
from schemas.models import Check

_ITEM_BREAK = regex.compile(r"[,;]|\s+và\s+", regex.IGNORECASE)
_WITH = regex.compile(r",\s*với(?!\p{L})", regex.IGNORECASE)

Found = Iterator[tuple[Fig, list[Fig], str]]


def _inside(figures: list[Fig], sentence: Sentence) -> list[Fig]:
    return [f for f in figures if sentence.start <= f.start < sentence.end]


def _encloses(sentence: Sentence, before: int, offset: int) -> bool:
    """True when the figure at ``before`` stands in the bracket group of ``offset`` or one enclosing it."""
    return sentence.depth(before) <= sentence.depth(offset) and sentence.group_end(before) >= offset


def _next_clause(doc: NormalisedDocument, figs: list[Fig], start: int, next_word: int) -> int:
    """Where the clause of the next relation word's own total begins, after a ';' (``...; B là T2 trong đó``)."""
    own = [f for f in figs if start <= f.start and f.end <= next_word]
    semicolon = doc.text.rfind(";", start, own[-1].start) if own else -1
    return semicolon if semicolon >= 0 else next_word


def _by_relation(doc: NormalisedDocument, sentence: Sentence, figs: list[Fig], compatible: Compatible) -> Found:
    words = relations(doc, sentence.start, sentence.end)
    for i, word in enumerate(words):
        depth = sentence.depth(word.start())
        scope_end = min(sentence.group_end(word.start()), enumeration_end(doc, word.end(), sentence.end))
        later = [w.start() for w in words[i + 1 :] if sentence.depth(w.start()) == depth]
        if later:
            scope_end = min(scope_end, later[0], _next_clause(doc, figs, word.end(), later[0]))
        candidates = [f for f in figs if word.end() <= f.start < scope_end and sentence.depth(f.start) == depth]
        before = [f for f in figs if f.end <= word.start() and _encloses(sentence, f.start, word.start())]
        for total in reversed(before):
            parts = [p for p in candidates if compatible(total, p)]
            if len(parts) >= 2:
                yield total, parts, f"'{doc.text[word.start():word.end()]}' relates them"
                break


def _by_total_word(
    doc: NormalisedDocument, sentence: Sentence, figs: list[Fig], compatible: Compatible, others: list[int]
) -> Found:
    for i, total in enumerate(figs):
        if not governed_by_total(doc, total.start, sentence.start, others):
            continue
        depth = sentence.depth(total.start)
        scope_end = enumeration_end(doc, total.end, sentence.group_end(total.start))
        if relations(doc, total.end, scope_end):
            continue
        parts = [p for p in figs[i + 1 :] if p.start < scope_end and sentence.depth(p.start) == depth]
        parts = [p for p in parts if compatible(total, p)]
        if len(parts) >= 2:
            yield total, parts, "a total word governs the first figure"


def _by_bracket(
    doc: NormalisedDocument, sentence: Sentence, figs: list[Fig], compatible: Compatible, others: list[int]
) -> Found:
    for total in figs:
        opening = opens_bracket_after(doc, total.end, sentence.end, others)
        if opening is None:
            continue
        depth = sentence.depth(opening)
        scope_end = enumeration_end(doc, opening, sentence.group_end(opening))
        if relations(doc, opening, scope_end) or EXCLUSION.search(doc.key, opening, scope_end):
            continue
        inside = [p for p in figs if opening < p.start < scope_end and sentence.depth(p.start) == depth]
        parts = [p for p in inside if compatible(total, p)]
        if len(parts) >= 2:
            yield total, parts, "a bracket right after the total holds its parts"
        elif len(inside) >= 2 and _only_figures(doc, opening + 1, sentence.group_end(opening) - 1, inside):
            yield total, inside, "a bracket right after the total holds nothing but its parts"


def _only_figures(doc: NormalisedDocument, start: int, end: int, inside: list[Fig]) -> bool:
    """Whether [start, end) is nothing but the figures ``inside``, each followed by at most three words of its
    name, split by ``,``, ``;`` or ``và`` (``(8.250 Token, 641 SIM PKI)``)."""
    by_start = {f.start: f for f in inside}
    bounds, lo = [], start
    for match in _ITEM_BREAK.finditer(doc.key, start, end):
        bounds.append((lo, match.start()))
        lo = match.end()
    bounds.append((lo, end))
    for lo, hi in bounds:
        text = doc.key[lo:hi]
        figure = by_start.get(lo + len(text) - len(text.lstrip()))
        if figure is None or figure.end > hi or len(doc.key[figure.end : hi].split()) > 3:
            return False
    return True


def _parallel(doc: NormalisedDocument, sentence: Sentence, figs: list[Fig], compatible: Compatible) -> Found:
    lead_of = {f.start: lead(doc, f.start) for f in figs}
    for i, total in enumerate(figs):
        depth = sentence.depth(total.start)
        parts = [p for p in figs[i + 1 :] if sentence.depth(p.start) == depth and compatible(total, p)]
        leads = {lead_of[p.start] for p in parts}
        if len(parts) < 2 or len(leads) != 1 or "" in leads:
            continue
        if lead(doc, total.start, 1) == lead(doc, parts[0].start, 1):
            continue  # the total's clause is itself one of the parallel clauses: a sibling, not a total
        if relations(doc, total.end, parts[-1].start):
            continue
        separated = all(
            any(ch in doc.text[a.end : b.start] for ch in ",;") or " và " in doc.key[a.end : b.start]
            for a, b in zip(parts, parts[1:])
        )
        if separated:
            yield total, parts, f"parallel clauses each introduced by '{leads.pop()}'"
            return


def _split_again(
    doc: NormalisedDocument, sentence: Sentence, total: Fig, parts: list[Fig], figs: list[Fig], compatible: Compatible
) -> list[Fig]:
    """The figures of a second split of ``total`` opened by ``, với`` right after its parts (form 4)."""
    depth = sentence.depth(parts[-1].start)
    opening = _WITH.search(doc.key, parts[-1].end, sentence.group_end(parts[-1].start))
    if opening is None or sentence.depth(opening.start()) != depth:
        return []
    between = [f for f in figs if parts[-1].end <= f.start < opening.start() and sentence.depth(f.start) == depth]
    end = sentence.group_end(opening.start())
    semicolon = doc.key.find(";", opening.end(), end)
    end = semicolon if semicolon >= 0 else end
    again = [f for f in figs if opening.end() <= f.start < end and sentence.depth(f.start) == depth]
    return [] if between or not all(compatible(total, f) for f in again) else again


def _or_labelled(compatible: Compatible) -> Compatible:
    """``compatible``, or a part printed without a noun under a total printed with one (it counts that noun)."""
    return lambda total, part: (part.bare and not total.bare) or compatible(total, part)


def clause_sums(
    doc: NormalisedDocument, money: list[Fig], counts: list[Fig], others: Optional[list[int]] = None
) -> list[Check]:
    """Sum checks stated within single sentences, for money ('sum') and counts ('count_sum').

    ``others`` are the starts of every figure of the text (percentages, ratios too): a total word
    governs only the figure right after it.
    """
    starts = sorted(set(others or []) | {f.start for f in money + counts})
    checks: list[Check] = []
    for sentence in sentences(doc):
        for kind, figures, unit, compatible in sum_kinds(money, counts):
            figs = _inside(figures, sentence)
            if len(figs) < 3:
                continue
            used: set[int] = set()
            labelled = _or_labelled(compatible) if kind == "count_sum" else compatible
            found = list(_by_relation(doc, sentence, figs, labelled))
            found += list(_by_total_word(doc, sentence, figs, compatible, starts))
            found += list(_by_bracket(doc, sentence, figs, labelled, starts))
            if kind == "count_sum":
                found += list(_parallel(doc, sentence, figs, compatible))
            for total, parts, how in found:
                if total.start in used or not is_breakdown(doc, total, parts):
                    continue
                used.add(total.start)
                checks.append(make_check(kind, total, parts, unit, describe(total, parts, how)))
                if how.startswith("'"):  # form 1: a relation word
                    again = _split_again(doc, sentence, total, parts, figs, compatible)
                    if len(again) >= 2 and is_breakdown(doc, total, again):
                        how = "'với' after the parts opens a second split"
                        checks.append(make_check(kind, total, again, unit, describe(total, again, how)))
    return checks
