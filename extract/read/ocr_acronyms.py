"""Acronyms a document prints often, set right where OCR misread them once (`UDBND`, `DBND` for `UBND`).

An official document repeats its acronyms (`UBND`, `HĐND`, `NSTW`): a list of recipients prints `UBND`
dozens of times. Tesseract now and then reads a letter more or a letter less into one of them. An
upper-case word of at least MIN_LETTERS letters that the document prints at most once, and that one letter
added, taken away or read for another makes into an acronym printed at least USUAL_COUNT times (and into
no other such acronym), is that acronym. Shorter codes are left alone: two codes of three letters one
letter apart are both real often enough (`BCT` beside `BCA`).
Only OCR'd lines go through here (ocr_fixes.repair_ocr_lines).
"""

from __future__ import annotations

from collections import Counter

import regex

MIN_LETTERS = 4
USUAL_COUNT = 5
_UPPER_WORD = regex.compile(r"(?<![\p{L}\d])\p{Lu}{3,}(?![\p{L}\d])")


def _one_letter_apart(rare: str, usual: str) -> bool:
    """Whether `rare` is `usual` with one letter added, taken away or read for another."""
    if len(rare) == len(usual):
        return sum(a != b for a, b in zip(rare, usual)) == 1
    shorter, longer = sorted((rare, usual), key=len)
    if len(longer) - len(shorter) != 1:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def fix_rare_acronyms(lines: list[str]) -> list[str]:
    """`lines` of one OCR'd document with each rare misreading of a usual acronym respelled as it."""
    counts = Counter(match.group() for line in lines for match in _UPPER_WORD.finditer(line))
    usual = [word for word, count in counts.items() if count >= USUAL_COUNT and len(word) >= MIN_LETTERS]
    replace = {}
    for word, count in counts.items():
        if count > 1 or len(word) < MIN_LETTERS or word in usual:
            continue
        near = [candidate for candidate in usual if _one_letter_apart(word, candidate)]
        if len(near) == 1:
            replace[word] = near[0]
    if not replace:
        return lines
    return [_UPPER_WORD.sub(lambda match: replace.get(match.group(), match.group()), line) for line in lines]
