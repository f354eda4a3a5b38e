"""The words before a document number: its kind word (`Quyết định số`), the clause it cites
(`Khoản 2 Điều 3`), and the labels that say it is no reference (`Mẫu số`, the header's own `Số:`).

Functions read the tone-folded key (`doc.key`) and return offsets into it (those of the printed text).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extract.parse.reference_kinds import KIND_PATTERN, kind_in_words
from extract.parse.reference_marks import tolerant

LOOK_BACK = 160  # characters searched before a number for its kind word or clause

_GAP_WORD = r"[^\s0-9;,.:()“”\"\[\]|/]+"
_NUMBER_WORD = tolerant("số")  # OCR's `sô` too

@lru_cache(maxsize=None)
def _kind_before(pattern: str) -> regex.Pattern:
    """Reverse search for a kind word of `pattern` closest to the number, up to 8 words of name
    between (`Luật Điện lực số`)."""
    return regex.compile(
        rf"(?ri)(?<!\p{{L}})(?P<kind>{pattern})(?P<gap>(?:\s+{_GAP_WORD}){{0,8}}?)\s*(?:(?<!\p{{L}}){_NUMBER_WORD}\s*:?\s*)?$"
    )


_GAP_BLOCKERS = {"của", "tại", "theo", "và", "ngày", "đã", "được", "hoặc", "với", "cho"}
_NOT_DOCUMENT = regex.compile(tolerant(r"(?ri)(?<!\p{L})(?:mẫu|biểu|phụ\s+lục)(?:\s+số)?\s*:?\s*$"))
_OWN_NUMBER_LABEL = regex.compile(tolerant(r"(?r)(?<!\p{L})Số\s*:\s*$"))
# an appendix's caption naming the document it is attached to: `(Kèm theo Công văn số: 214/UBND-VX ...)`
_ATTACHED_TO_LABEL = regex.compile(tolerant(r"(?r)\(\s*(?:Ban hành\s+)?[Kk]èm theo\s+\p{L}+(?:\s+\p{L}+){0,2}\s+số\s*:?\s*$"))
_CLAUSE_PART = tolerant(r"(?:điểm\s+[a-zđ][0-9]?|khoản\s+[0-9]+|điều\s+[0-9]+[a-zđ]?)")
# one part or a list of them: `điểm a khoản 1 Điều 5`, `điểm b, điểm e khoản 4, khoản 6 Điều 44`
_CLAUSE = rf"{_CLAUSE_PART}(?:\s*,?\s*(?:và\s+)?{_CLAUSE_PART})*"
_CLAUSE_BEFORE = regex.compile(rf"(?ri)(?<!\p{{L}})(?P<clause>{_CLAUSE})\s+(?:(?:của|tại)\s+)?$")


def kind_before(key: str, text: str, start: int, only: Optional[str] = None) -> Optional[tuple[int, str]]:
    """(offset, kind in words) of the kind word that names the number at `start`, if one stands there;
    `only`: that kind word alone (`Thông báo` in `Thông báo kết luận số 25-TB/TU`).

    A lower-case kind word counts only right before the number (`theo quyết định số 587/QĐ-UBND`), so
    that `quy định tại ...` far ahead of a number is not taken for a Quy định.
    """
    low = max(0, start - LOOK_BACK)
    pattern = KIND_PATTERN if only is None else tolerant(regex.escape(only).replace(r"\ ", r"\s+"))
    match = _kind_before(pattern).search(key, low, start)
    if match is None:
        return None
    gap_words = match.group("gap").split()
    if gap_words and (text[match.start()].islower() or any(w.lower() in _GAP_BLOCKERS for w in gap_words)):
        return None
    return match.start(), kind_in_words(match.group("kind"))


def clause_before(key: str, text: str, kind_start: int) -> Optional[str]:
    """The cited part printed before a kind word: `Khoản 2 Điều 3` of `Khoản 2 Điều 3 Thông tư số ...`."""
    match = _CLAUSE_BEFORE.search(key, max(0, kind_start - LOOK_BACK), kind_start)
    return " ".join(text[match.start("clause") : match.end("clause")].split()) if match else None


def is_not_document(key: str, start: int) -> bool:
    """A form or annex number (`Mẫu số 01/BC`, `Phụ lục 02/KH`) rather than a document."""
    return _NOT_DOCUMENT.search(key, max(0, start - 20), start) is not None


def is_attached_to_label(key: str, start: int) -> bool:
    """The number stands in an appendix's caption `(Kèm theo <kind> số ...`: the document the appendix
    belongs to, which is the document itself when the symbol is its own."""
    return _ATTACHED_TO_LABEL.search(key, max(0, start - 60), start) is not None


def is_own_number_label(key: str, start: int) -> bool:
    """The number stands after the header label `Số:` (capital, colon): the document's own number."""
    return _OWN_NUMBER_LABEL.search(key, max(0, start - 10), start) is not None
