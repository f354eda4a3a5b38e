"""Mentions of one document that OCR spelt two ways: `Công văn số 2637/BGDĐT-VP` printed three times
and read once as `2637/BUDĐT-VP`.

Two spellings are one cited document when they have the same number (and the same year, in the number
and in the date where both give one), their symbols have the same shape (letters, digits and separators
in the same places) and differ in one character, or one holds a stray glyph more (`QHI15` for `QH15`: a
thin `I`, `l`, `|` or a mark read between two characters), and the spelling to be corrected was read by OCR only
(every mention of it stands on an OCR'd page). The canonical spelling is the one most mentions agree on;
a spelling printed on a text layer outranks any OCR reading, and between equal counts the mention on the
page of higher OCR confidence wins. Two spellings that a text layer prints both stay apart: on a
born-digital page `12/QĐ-UBND` and `12/QĐ-UBNF` are two different printed symbols.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

_TEXT_LAYER_CONFIDENCE = 101.0
"""Rank of a mention on a text layer: above any OCR confidence (0-100)."""


@dataclass(frozen=True)
class Spelling:
    """What the rule needs to know of one mention."""

    number: str
    prefix: str  # the canonical id up to the symbol: `45/2012/` of `45/2012/NĐ-CP`, `34-` of `34-NQ/TU`
    symbol: str
    issued_on: Optional[date]
    confidence: Optional[float]  # OCR confidence of its page; None on a text layer


def _shape(text: str) -> str:
    """Letters as `a`, digits as `9`, anything else as printed: `BGDĐT-VP` → `aaaaa-aa`."""
    return "".join("a" if ch.isalpha() else "9" if ch.isdigit() else ch for ch in text)


def one_misreading(symbol: str, other: str) -> bool:
    """Whether two symbols have the same shape and differ in exactly one character."""
    if len(symbol) != len(other) or _shape(symbol) != _shape(other):
        return False
    return sum(a != b for a, b in zip(symbol, other)) == 1


_STRAY_GLYPHS = "Il|:;.,'`"


def one_stray_glyph(symbol: str, other: str) -> bool:
    """Whether one symbol is the other with one thin glyph or mark more somewhere inside it."""
    short, long = sorted((symbol, other), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(
        long[i] in _STRAY_GLYPHS and long[:i] + long[i + 1 :] == short for i in range(1, len(long) - 1)
    )


def _dates_agree(first: list[Spelling], second: list[Spelling]) -> bool:
    """No date printed beside one spelling differs from one printed beside the other."""
    dates = {s.issued_on for s in first + second if s.issued_on is not None}
    return len(dates) <= 1


def _same_document(first: list[Spelling], second: list[Spelling]) -> bool:
    a, b = first[0], second[0]
    return (
        a.number == b.number
        and a.prefix == b.prefix
        and (one_misreading(a.symbol, b.symbol) or one_stray_glyph(a.symbol, b.symbol))
        and _dates_agree(first, second)
    )


def _rank(spellings: list[Spelling]) -> tuple[bool, int, float]:
    """Printed on a text layer, then number of mentions, then best OCR confidence."""
    confidences = [_TEXT_LAYER_CONFIDENCE if s.confidence is None else s.confidence for s in spellings]
    on_text_layer = any(s.confidence is None for s in spellings)
    return on_text_layer, len(spellings), max(confidences)


def join_misreadings(groups: list[list[int]], spellings: list[Spelling]) -> list[list[list[int]]]:
    """Cited documents as lists of spelling groups (mention indices, one group per spelling), the
    canonical spelling first; in the order of their first mention.

    `groups`: the mentions of each spelling, in order of first mention; `spellings[i]`: mention i.
    Spellings are taken best-ranked first; each one read by OCR only joins the first canonical
    spelling before it that is one misreading away, so that a corrected spelling is always one
    character from its canonical one.
    """
    members = [[spellings[i] for i in group] for group in groups]
    order = sorted(range(len(groups)), key=lambda g: _rank(members[g]), reverse=True)
    documents: dict[int, list[int]] = {}  # canonical spelling → spellings joined to it, itself first
    for position, g in enumerate(order):
        ocr_only = all(s.confidence is not None for s in members[g])
        roots = (r for r in order[:position] if r in documents and _same_document(members[r], members[g]))
        root = next(roots, None) if ocr_only else None
        if root is None:
            documents[g] = [g]
        else:
            documents[root].append(g)
    joined = [[groups[g] for g in spelling_groups] for spelling_groups in documents.values()]
    return sorted(joined, key=lambda document: min(i for group in document for i in group))
