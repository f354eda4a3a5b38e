"""The words after a document number: its date (`ngày 24/9/2021`) and its subject (`về khuyến công`).

Functions read the tone-folded key (`doc.key`) and return offsets into it (those of the printed text).
Printed order (Nghị định 30/2020/NĐ-CP): `Quyết định số 587/QĐ-UBND ngày 24/9/2021 của <issuer> <subject>`.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import regex

from extract.parse.dates import DATE_PATTERN, date_value
from extract.parse.reference_marks import tolerant

_DATE_AFTER = regex.compile(rf"[ \t]*,?[ \t]*(?:ban[ \t]+hành[ \t]+)?ngày[ \t]+(?P<date>{DATE_PATTERN})", regex.IGNORECASE)
_SUBJECT_START = regex.compile(
    tolerant(
        r"[ \t]*[,:]?[ \t]*(?<!\p{L})(?:về\s+việc|về|v/v|phê\s+duyệt|ban\s+hành|sửa\s+đổi|hướng\s+dẫn|quy\s+định"
        r"|triển\s+khai|thực\s+hiện|công\s+bố|thành\s+lập)(?!\p{L})"
    ),
    regex.IGNORECASE,
)
_SUBJECT_END = regex.compile(r"[;(\n]|\.(?:\s|$)|:\s")
_SUBJECT_TRAIL = regex.compile(
    tolerant(r"(?:[\s,“\"-]|(?<!\p{L})(?:của|và|tại|theo|số|cùng|như|với)(?!\p{L}))+$"), regex.IGNORECASE
)


def date_after(key: str, pos: int, limit: int) -> Optional[tuple[int, date]]:
    """(end, date) of `ngày 24/9/2021` / `, ngày 16 tháng 6 năm 2025` right after `pos`."""
    match = _DATE_AFTER.match(key, pos, limit)
    if match is None:
        return None
    value = date_value(match.group("date"))
    return (match.end(), value) if value is not None else None


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
