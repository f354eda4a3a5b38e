"""The header and closing as a sequence of segments: printed lines or table cells, stripped.

A header may come as interleaved left/right lines (PDF), as one column after the other (Word
layout tables flattened) or as table rows `A | B`; cutting every paragraph at line breaks and cell
separators gives pieces small enough that each field is found by its own pattern, not by position.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.header_vocab import AUTHORITY, MOTTO, PERSON_NAME, STRUCTURAL_HEADING, TYPE_LINE, is_upper_text

_CUTS = regex.compile(r"\n| \| ")
_BODY_START = regex.compile(r"^(?:Căn cứ|Thực hiện|Nơi nhận|(?:[IVX]{1,5}|\d{1,2})\.\s+\p{Lu})|\./\.$")
_LONG_SEGMENT = 220
_TOP_LIMIT = 40
CLOSING_LIMIT = 40
_SIGNATURE_LINES = 6  # lines of a signature block: authority, title, notes, name
_SIGNATURE_WORDS = 10


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
    """The segments of the header: up to the first body paragraph (`Căn cứ`, a heading such as `Phần thứ
    nhất`, a long one).

    The line right after the type line is the title even when it reads like a body opening
    (`KẾ HOẠCH` / `Thực hiện Đề án số 08 ...`).
    """
    for i, seg in enumerate(segs[:_TOP_LIMIT]):
        key = doc.key[seg.start : seg.end]
        after_type = i > 0 and TYPE_LINE.match(doc.key[segs[i - 1].start : segs[i - 1].end]) is not None
        body = _BODY_START.search(key) or STRUCTURAL_HEADING.match(key)
        if i and not after_type and (seg.end - seg.start > _LONG_SEGMENT or body):
            return segs[:i]
    return segs[:_TOP_LIMIT]


def closing_zone(doc: NormalisedDocument, segs: list[Segment], after: int) -> list[Segment]:
    """The segments of the closing: from `Nơi nhận` (with the signature lines printed just above it) or just
    after the text's end mark `./.`, up to the header of an attached document (a Chương trình, a Quy chế
    issued by this one), whose headings are no signature."""
    for i in range(after, len(segs)):
        key = doc.key[segs[i].start : segs[i].end]
        if key.startswith("Nơi nhận"):
            start = _signature_above(doc, segs, i, after)
            return _before_next_header(doc, segs[start : i + CLOSING_LIMIT])
        if key.endswith("./."):
            return _before_next_header(doc, segs[i + 1 : i + 1 + CLOSING_LIMIT])
    return _before_next_header(doc, segs[max(after, len(segs) - CLOSING_LIMIT // 2) :])


def _signature_above(doc: NormalisedDocument, segs: list[Segment], at: int, after: int) -> int:
    """Where the signature block printed just above `Nơi nhận` starts (`TRƯỞNG BAN` typed before the
    list rather than beside it): the run of authority, upper-case and name lines before `at`."""
    start = at
    while start > max(after, at - _SIGNATURE_LINES) and _signature_line(doc.key[segs[start - 1].start : segs[start - 1].end]):
        start -= 1
    return start


def _signature_line(key: str) -> bool:
    """A line of a signature block: `KT. GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`, a name."""
    short_capitals = is_upper_text(key) and len(key.split()) <= _SIGNATURE_WORDS and not MOTTO.search(key)
    return bool(AUTHORITY.match(key) or short_capitals or PERSON_NAME.match(key))


def _before_next_header(doc: NormalisedDocument, zone: list[Segment]) -> list[Segment]:
    """`zone` up to a line holding a national or party motto: the header of another document."""
    for i, seg in enumerate(zone):
        if MOTTO.search(doc.key, seg.start, seg.end):
            return zone[:i]
    return zone
