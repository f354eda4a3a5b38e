"""Paragraph hints for the body lines of a PDF, from the document's margins and line pitch.

A wider vertical gap, a first-line indent or a change of case between centred lines starts a
paragraph; a line at the left margin after a full, unfinished line continues it (also across a
page break).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from extract.read.pdf_lines import Segment
from extract.read.pdf_page import Page
from extract.vi.sentences import ends_sentence

_PARAGRAPH_GAP = 1.25  # a line pitch this many times the usual starts a paragraph
_INDENT = 1.0  # ems of first-line indent that start a paragraph
_FULL = 1.0  # ems from the right margin within which a line counts as full



@dataclass
class Margins:
    """Where body lines usually start and end, and their usual pitch, over the whole document."""

    left: float
    right: float
    pitch: float


def body_margins(pages: list[Page], body_size: float) -> Margins:
    """The left and right margins and the usual pitch of the body-size lines of all pages."""
    body = [s for p in pages for s in p.segments if abs(s.size - body_size) < 0.5 and not s.split]
    if not body:
        return Margins(0.0, 0.0, 0.0)
    # most lines start at the left margin and (justified) end at the right one
    left = _quantile([s.x0 for s in body], 0.1)
    right = _quantile([s.x1 for s in body], 0.9)
    steps = [
        round(b.top - a.top, 1)
        for p in pages
        for a, b in zip(p.segments, p.segments[1:])
        if abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5 and b.top > a.bottom
    ]
    pitch = Counter(steps).most_common(1)[0][0] if steps else 0.0
    return Margins(float(left), float(right), float(pitch))


def _quantile(values: list[float], share: float) -> float:
    """The value `share` of the way up the sorted `values`."""
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def _centred(segment: Segment, margins: Margins) -> bool:
    """Whether the line stands centred between the body margins."""
    return abs((segment.x0 - margins.left) - (margins.right - segment.x1)) < segment.size


def _capitals(text: str) -> bool:
    """Whether the line is written in capitals (has letters, none in lower case)."""
    return any(c.isalpha() for c in text) and text.upper() == text


def new_paragraph(
    segment: Segment, previous: Optional[Segment], same_page: bool, margins: Margins
) -> Optional[bool]:
    """True / False when the layout tells whether `segment` starts a paragraph, else None."""
    em = segment.size
    if segment.split or previous is None:
        return True if segment.split else None
    if same_page and margins.pitch and segment.top - previous.top > _PARAGRAPH_GAP * margins.pitch:
        return True
    indent = segment.x0 - margins.left
    centred = _centred(segment, margins)
    if indent >= _INDENT * em and not centred:
        return True
    if centred and _centred(previous, margins) and _capitals(previous.text) != _capitals(segment.text):
        return True  # a centred heading in capitals (`KẾ HOẠCH`) is not continued by the title under it
    full = previous.x1 >= margins.right - _FULL * em and not previous.split
    same_style = previous.bold == segment.bold  # a bold heading is not continued by plain text
    if abs(indent) < 0.5 * em and full and same_style and not ends_sentence(previous.text):
        return False
    return None
