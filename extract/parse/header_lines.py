"""The header and closing as a sequence of segments: printed lines or table cells, stripped.

A header may come as interleaved left/right lines (PDF), as one column after the other (Word
layout tables flattened) or as table rows `A | B`; cutting every paragraph at line breaks and cell
separators gives pieces small enough that each field is found by its own pattern, not by position.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.header_vocab import TYPE_LINE

_CUTS = regex.compile(r"\n| \| ")
_BODY_START = regex.compile(r"^(?:Căn cứ|Thực hiện|Nơi nhận|(?:[IVX]{1,5}|\d{1,2})\.\s+\p{Lu})|\./\.$")
_LONG_SEGMENT = 220
_TOP_LIMIT = 40
CLOSING_LIMIT = 40


@dataclass(frozen=True)
class Segment:
    """A stripped piece of one line or one table cell: [start, end) in the document's text."""

    start: int
    end: int


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) narrowed to exclude surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segments(doc: NormalisedDocument) -> list[Segment]:
    """Body and table paragraphs cut at line breaks and cell separators, in reading order."""
    out: list[Segment] = []
    for paragraph in doc.paragraphs:
        if paragraph.kind == "footnote":
            continue
        start = paragraph.start
        for cut in [*_CUTS.finditer(doc.text, paragraph.start, paragraph.end), None]:
            end = cut.start() if cut else paragraph.end
            s, e = strip_span(doc.text, start, end)
            if s < e:
                out.append(Segment(s, e))
            start = cut.end() if cut else end
    return out


def top_zone(doc: NormalisedDocument, segs: list[Segment]) -> list[Segment]:
    """The segments of the header: up to the first body paragraph (`Căn cứ`, a heading, a long one).

    The line right after the type line is the title even when it reads like a body opening
    (`KẾ HOẠCH` / `Thực hiện Đề án số 08 ...`).
    """
    for i, seg in enumerate(segs[:_TOP_LIMIT]):
        key = doc.key[seg.start : seg.end]
        after_type = i > 0 and TYPE_LINE.match(doc.key[segs[i - 1].start : segs[i - 1].end]) is not None
        if i and not after_type and (seg.end - seg.start > _LONG_SEGMENT or _BODY_START.search(key)):
            return segs[:i]
    return segs[:_TOP_LIMIT]


def closing_zone(doc: NormalisedDocument, segs: list[Segment], after: int) -> list[Segment]:
    """The segments of the closing: from `Nơi nhận` or just after the text's end mark `./.`."""
    for i in range(after, len(segs)):
        key = doc.key[segs[i].start : segs[i].end]
        if key.startswith("Nơi nhận"):
            return segs[i : i + CLOSING_LIMIT]
        if key.endswith("./."):
            return segs[i + 1 : i + 1 + CLOSING_LIMIT]
    return segs[max(after, len(segs) - CLOSING_LIMIT // 2) :]
