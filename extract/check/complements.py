"""A whole followed by its done and not-done parts (``sum``/``count_sum``), and the rate of the done part.

``... đã thực hiện 99,71% (trong đó: Số kiến nghị xử lý là 95.120 đồng, số kiến nghị đã thực hiện là
94.848 đồng, số kiến nghị chưa thực hiện là 272 đồng)``: three figures of one kind in a row, the second
labelled as the first's thing ``đã`` (done), the third the same ``chưa`` (not yet) — the two labels equal
but for that word, the first label opening with the words before it. The whole is checked against the
two; a percentage printed just before the bracket that holds them, after ``đã``, is the done part's rate.
"""

from __future__ import annotations

from typing import Optional

import regex

from extract.check.figures import Compatible, Fig, describe, make_check, sum_kinds
from extract.check.rates import rate_check
from extract.check.text import sentences
from extract.normalise.document import NormalisedDocument
from schemas.models import Check

_DONE, _NOT_DONE = "đã", "chưa"
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_RATE_BEFORE = regex.compile(r"(?<!\p{L})đã(?:\s+\p{L}+){0,4}\s*$", regex.IGNORECASE)


def _label(doc: NormalisedDocument, fig: Fig) -> list[str]:
    """The words naming a figure: its clause up to the figure, without 'là' or a colon."""
    window = doc.key[max(0, fig.start - 150) : fig.start]
    clause = regex.split(r"[,;(]|(?<!\p{L})(?:trong\s+đó|gồm)(?!\p{L})", window, flags=regex.IGNORECASE)[-1]
    return [w for w in _WORD.findall(clause.casefold()) if w != "là"]


def _complements(whole: list[str], done: list[str], not_done: list[str]) -> bool:
    """Whether ``done``/``not_done`` are the same label but for 'đã'/'chưa', ``whole`` opening like them."""
    if _DONE not in done or _NOT_DONE not in not_done:
        return False
    head = done[: done.index(_DONE)]
    same = [w if w != _DONE else _NOT_DONE for w in done] == not_done
    return same and len(head) >= 1 and whole[: len(head)] == head


def _rate_before(doc: NormalisedDocument, whole: Fig, percentages: list[Fig]) -> Optional[Fig]:
    """The percentage closing the words just before the bracket that holds ``whole``, after 'đã'."""
    opening = doc.key.rfind("(", 0, whole.start)
    before = [p for p in percentages if p.end <= opening and not doc.key[p.end : opening].strip()]
    if before and _RATE_BEFORE.search(doc.key[max(0, before[-1].start - 40) : before[-1].start]):
        return before[-1]
    return None


def complements(doc: NormalisedDocument, money: list[Fig], counts: list[Fig], percentages: list[Fig]) -> list[Check]:
    """Sum checks of a whole and its done / not-done parts, with the done part's rate where printed."""
    checks: list[Check] = []
    for sentence in sentences(doc):
        for kind, figures, unit, compatible in sum_kinds(money, counts):
            figs = [f for f in figures if sentence.start <= f.start < sentence.end]
            checks += _in_sentence(doc, figs, kind, unit, compatible, percentages)
    return checks


def _in_sentence(
    doc: NormalisedDocument, figs: list[Fig], kind: str, unit: str, compatible: Compatible, percentages: list[Fig]
) -> list[Check]:
    checks: list[Check] = []
    for whole, done, not_done in zip(figs, figs[1:], figs[2:]):
        labels = [_label(doc, f) for f in (whole, done, not_done)]
        if not (compatible(whole, done) and compatible(whole, not_done) and _complements(*labels)):
            continue
        how = "a whole, then its done ('đã') and not-done ('chưa') parts"
        checks.append(make_check(kind, whole, [done, not_done], unit, describe(whole, [done, not_done], how)))
        rate = _rate_before(doc, whole, percentages)
        if rate is not None:
            check = rate_check("rate", rate, done, whole, "the done part's rate, printed before its figures")
            if check is not None:
                checks.append(check)
    return checks
