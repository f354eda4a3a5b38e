"""The words after a document number: its date (`ngày 24/9/2021`), its subject (`về khuyến công`), and
the rest of a symbol or date that a PDF table cell wrapped onto a later line.

Functions read the tone-folded key (`doc.key`) and return offsets into it (those of the printed text).
Printed order (Nghị định 30/2020/NĐ-CP): `Quyết định số 587/QĐ-UBND ngày 24/9/2021 của <issuer> <subject>`.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import regex

from extract.normalise.symbols import SYMBOL_PART
from extract.parse.dates import DATE_PATTERN, date_value

_DATE_AFTER = regex.compile(rf"[ \t]*,?[ \t]*(?:ban[ \t]+hành[ \t]+)?ngày[ \t]+(?P<date>{DATE_PATTERN})", regex.IGNORECASE)
_SUBJECT_START = regex.compile(
    r"[ \t]*[,:]?[ \t]*(?<!\p{L})(?:về\s+việc|về|v/v|phê\s+duyệt|ban\s+hành|sửa\s+đổi|hướng\s+dẫn|quy\s+định"
    r"|triển\s+khai|thực\s+hiện|công\s+bố|thành\s+lập)(?!\p{L})",
    regex.IGNORECASE,
)
_SUBJECT_END = regex.compile(r"[;(\n]|\.(?:\s|$)|:\s")
_SUBJECT_TRAIL = regex.compile(r"(?:[\s,“\"-]|(?<!\p{L})(?:của|và|tại|theo|số|cùng|như|với)(?!\p{L}))+$", regex.IGNORECASE)
_DANGLING_DATE = regex.compile(r"[ \t]*,?[ \t]*ngày[ \t]*\n", regex.IGNORECASE)
_DATE_LINE = regex.compile(rf"(?P<date>{DATE_PATTERN})", regex.IGNORECASE)
_DANGLING_SEPARATOR = regex.compile(r"([/-])[ \t]*\n")
_CODE_LINE = regex.compile(
    rf"(?P<code>{SYMBOL_PART}(?:[-/]{SYMBOL_PART})*)(?:[ \t]+ngày[ \t]*)?[ \t]*(?=\n|$)"
)
WRAP_LINES = 4
"""How many lines ahead the rest of a table cell is looked for when a PDF's table came out as lines
whose cells interleave (`Nghị quyết 19/NQ-` / `2.1. Tổng số ...` / `Người` / `HĐND ngày` / `28/8/2025`)."""


def date_after(key: str, pos: int, limit: int) -> Optional[tuple[int, date]]:
    """(end, date) of `ngày 24/9/2021` / `, ngày 16 tháng 6 năm 2025` right after `pos`."""
    match = _DATE_AFTER.match(key, pos, limit)
    if match is None:
        return None
    value = date_value(match.group("date"))
    return (match.end(), value) if value is not None else None


def _next_lines(key: str, pos: int) -> list[int]:
    """Start offsets of the (at most WRAP_LINES) lines after the line ending at or after `pos`."""
    starts = []
    for _ in range(WRAP_LINES):
        newline = key.find("\n", pos)
        if newline < 0:
            break
        pos = newline + 1
        starts.append(pos)
    return starts


def cell_date_after(key: str, pos: int) -> Optional[date]:
    """The date of a `... ngày` that ends its line, found at the start of one of the next lines."""
    match = _DANGLING_DATE.match(key, pos)
    if match is None:
        return None
    for start in _next_lines(key, match.start()):
        found = _DATE_LINE.match(key, start)
        if found:
            return date_value(found.group("date"))
    return None


def wrapped_symbol_rest(key: str, pos: int) -> Optional[tuple[str, int]]:
    """(separator and codes, offset after them) when a symbol stops at a separator ending its line
    (`19/NQ-`) and one of the next lines holds nothing but codes (`HĐND`, optionally `ngày`)."""
    match = _DANGLING_SEPARATOR.match(key, pos)
    if match is None:
        return None
    for start in _next_lines(key, pos):
        line = _CODE_LINE.match(key, start)
        if line:
            return match.group(1) + line.group("code"), line.end("code")
    return None


def subject_after(key: str, text: str, pos: int, limit: int) -> Optional[str]:
    """The subject right after `pos` (`về khuyến công`, `phê duyệt ...`), up to `;`, `(`, a sentence end
    or `limit` (the next reference)."""
    match = _SUBJECT_START.match(key, pos, limit)
    if match is None:
        return None
    start = match.end() - len(match.group().lstrip(" \t,:"))
    stop = _SUBJECT_END.search(key, match.end(), limit)
    end = stop.start() if stop else limit
    subject = _SUBJECT_TRAIL.sub("", " ".join(text[start:end].split()))
    return subject or None
