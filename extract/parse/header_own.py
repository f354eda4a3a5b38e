"""The document's own number where it recurs: an appendix or annexed form names the document it belongs to
(`(Kèm theo Quyết định số 214/QĐ-UBND ngày 05/3/2025 của UBND tỉnh)`, `Ban hành kèm theo Kế hoạch số
12/KH-SCT`). Such a mention is not a reference to another document; where the header's `Số:` is blank (or
unread), the mention with the header's own symbol supplies the number, and its date a blank day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.dates import parse_date
from extract.parse.header_top import Found

# `số` as OCR reads it too when a tone mark is lost or misplaced (`sô:`, `só`).
ATTACHED = regex.compile(
    r"(?<!\p{L})kèm\s+theo\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+s[ốôó]\s*:?\s*(?P<number>\d[\d.]*)\s*"
    r"(?P<year>/\s*(?:19|20)\d{2}\s*)?/\s*(?P<symbol>\p{Lu}[\p{L}\d]*(?:\s*[-/]\s*\p{Lu}[\p{L}\d]*)*)"
    r"(?:\s*,?\s*(?P<date>ngày\s*\d{1,2}\s*(?:/\s*\d{1,2}\s*/\s*|tháng\s*\d{1,2}\s*năm\s*)(?:19|20)\d{2}))?",
    regex.IGNORECASE,
)


@dataclass(frozen=True)
class OwnMention:
    """The number (and the date, where printed) of a mention of the document itself."""

    number: Found
    date_text: Optional[Found]
    issued_on: Optional[date]


def own_mention(doc: NormalisedDocument, symbol: str) -> Optional[OwnMention]:
    """The first `kèm theo <type> số N/[year/]<symbol> [ngày ...]` mention whose symbol is `symbol` (the header's,
    without the year of a normative number), spaces ignored."""
    wanted = regex.sub(r"\s+", "", symbol)
    for match in ATTACHED.finditer(doc.key):
        if regex.sub(r"\s+", "", match.group("symbol")) != wanted:
            continue
        number = Found(match.group("number"), *match.span("number"))
        if match.group("date") is None:
            return OwnMention(number, None, None)
        text = Found(" ".join(doc.text[match.start("date") : match.end("date")].split()), *match.span("date"))
        return OwnMention(number, text, parse_date(match.group("date")))
    return None
