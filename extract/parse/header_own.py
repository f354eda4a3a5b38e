"""The document's own number where it recurs: an appendix or annexed form names the document it belongs to
(`(Kèm theo Quyết định số 1696/QĐ-UBND ngày 15/5/2026 của UBND tỉnh)`, `Ban hành kèm theo Kế hoạch số
12/KH-SCT`). Such a mention is not a reference to another document; where the header's `Số:` is blank (or
unread), the mention with the header's own symbol supplies the number."""

from __future__ import annotations

from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.header_top import Found

ATTACHED = regex.compile(
    r"(?<!\p{L})kèm\s+theo\s+\p{L}+(?:\s+\p{L}+){0,3}?\s+số\s*:?\s*(?P<number>\d[\d.]*)\s*"
    r"(?P<year>/\s*(?:19|20)\d{2}\s*)?/\s*(?P<symbol>\p{Lu}[\p{L}\d]*(?:\s*[-/]\s*\p{Lu}[\p{L}\d]*)*)",
    regex.IGNORECASE,
)


def own_number(doc: NormalisedDocument, symbol: str) -> Optional[Found]:
    """The number of the first `kèm theo <type> số N/<symbol>` mention whose symbol is `symbol` (the header's,
    the year of a normative number included: `2014/QĐ-UBND`), spaces ignored."""
    wanted = regex.sub(r"\s+", "", symbol)
    for match in ATTACHED.finditer(doc.key):
        year = regex.sub(r"[\s/]+", "", match.group("year") or "")
        printed = regex.sub(r"\s+", "", match.group("symbol"))
        if (f"{year}/{printed}" if year else printed) == wanted:
            return Found(match.group("number"), *match.span("number"))
    return None
