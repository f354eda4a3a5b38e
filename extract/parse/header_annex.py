"""The title of a form or appendix that comes as a document of its own (a budget form, a programme issued by a
Quyết định), which prints no type line, no number and no `V/v`: the line in capitals right above `(Kèm theo
Quyết định số ... ngày ...)`, the line naming the document it belongs to, or else the first line in capitals
after the issuing body that names a year (`KINH PHÍ KHUYẾN CÔNG NĂM 2023`). A body's name holds no year."""

from __future__ import annotations

from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.header_lines import Segment
from extract.parse.header_top import Found, clean
from extract.parse.header_vocab import ANNEXED, MOTTO, ORG_HEAD, is_upper_text
from extract.vi.numbers import YEAR

_TITLE_LINES = 3
_YEAR = regex.compile(rf"(?<![\d/.-]){YEAR}(?![\d/.-])")


def find_form_title(doc: NormalisedDocument, zone: list[Segment]) -> Optional[tuple[int, Found]]:
    """A form's title and the index of its first line in the header zone; None when there is none."""
    at = next((i for i, seg in enumerate(zone) if ANNEXED.match(doc.key, seg.start, seg.end)), None)
    if at is not None:
        first = at
        while first > max(0, at - _TITLE_LINES) and _title_line(_key(doc, zone[first - 1])):
            first -= 1
        if first < at:
            start, end = zone[first].start, zone[at - 1].end
            return first, Found(clean(doc.text[start:end]), start, end)
    for i, seg in enumerate(zone[1:at], start=1):
        key = _key(doc, seg)
        if _title_line(key) and _YEAR.search(key):
            return i, Found(clean(doc.text[seg.start : seg.end]), seg.start, seg.end)
    return None


def _key(doc: NormalisedDocument, seg: Segment) -> str:
    return doc.key[seg.start : seg.end]


def _title_line(key: str) -> bool:
    """A line in capitals naming no body and no motto."""
    return is_upper_text(key) and not ORG_HEAD.match(key) and not MOTTO.search(key)
