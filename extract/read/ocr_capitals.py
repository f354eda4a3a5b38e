"""Marks on bold capitals that OCR lost, restored from the document's own spelling of the words.

Tesseract reads bold upper-case heading lines with their letters right but their marks often
wrong (`THÀNH PHÓ HÒ CHÍ MINH` for `THÀNH PHỐ HỒ CHÍ MINH`, `BÔ` for `BỘ`): the circumflex, the
dot below and stacked tone marks crowd into the line above. The same words are usually printed
again in the body, in ordinary case, and read right there. So a run of two or more words of an
upper-case line is spelled as the body spells the same letters (the same words with every mark
taken off), when the body prints that spelling at least twice and never prints the run's own.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex

_WORD = regex.compile(r"\p{L}+")
_MIN_WORDS = 2
_MIN_COUNT = 2  # the body prints the spelling at least this often


def _bare(text: str) -> str:
    """Lower case without marks (`đ` kept apart from `d`): what OCR gets right on capitals."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _is_capitals(line: str) -> bool:
    return any(c.isalpha() for c in line) and line == line.upper()


def _spellings(lines: list[str], size: int) -> dict[str, Counter]:
    """For runs of `size` words in the lines not in capitals: bare form → lower-case spellings."""
    found: dict[str, Counter] = {}
    for line in lines:
        if _is_capitals(line):
            continue
        words = [match.group() for match in _WORD.finditer(line)]
        for start in range(len(words) - size + 1):
            run = " ".join(words[start : start + size]).lower()
            found.setdefault(_bare(run), Counter())[run] += 1
    return found


def _usual(spellings: Counter, own: str) -> str | None:
    """The body's usual spelling of a run, when it prints it often enough and never as `own`."""
    if not spellings or spellings[own]:
        return None
    best, count = spellings.most_common(1)[0]
    return best if count >= _MIN_COUNT else None


def respell_capitals(lines: list[str]) -> list[str]:
    """`lines` (one OCR'd document, NFC) with runs of words in upper-case lines spelled as the
    rest of the document spells the same letters, longest runs first; other lines unchanged."""
    out = list(lines)
    tables: dict[int, dict[str, Counter]] = {}
    for index, line in enumerate(lines):
        if not _is_capitals(line):
            continue
        words = list(_WORD.finditer(line))
        chars = list(line)
        start = 0
        while start < len(words):
            end = _respell_longest(chars, words, start, lines, tables)
            start = max(end, start + 1)
        out[index] = "".join(chars)
    return out


def _respell_longest(
    chars: list[str], words: list[regex.Match], start: int, lines: list[str], tables: dict[int, dict[str, Counter]]
) -> int:
    """Respell the longest run of words from `start` that the body spells otherwise; its end, or
    `start` when there is none."""
    for end in range(len(words), start + _MIN_WORDS - 1, -1):
        if end - start not in tables:
            tables[end - start] = _spellings(lines, end - start)
        printed = " ".join(match.group() for match in words[start:end]).lower()
        best = _usual(tables[end - start].get(_bare(printed), Counter()), printed)
        if best is None:
            continue
        for match, word in zip(words[start:end], best.split()):
            if len(word) == len(match.group()):
                chars[match.start() : match.end()] = list(word.upper())
        return end
    return start
