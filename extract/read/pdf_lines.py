"""Printed lines of a born-digital PDF page, assembled from its characters (pdf_glyphs).

- lines: characters whose vertical extents overlap form one printed line (so a raised marker
  stays with its line); a space goes where the text has a space character or a gap wider than a
  fraction of the font size, so words with Vietnamese diacritics are not split;
- columns: a gap of several ems with no character in it (not even a space) splits a line into
  separate lines, left first (issuer | national motto, "Nơi nhận" | signature);
- markers: small digits raised above the baseline of a line become superscript digits attached
  to the word before them; at the start of a line they are the line's label (a footnote's).
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from extract.read.model import RawLine
from extract.vi.legacy import capitals_font
from extract.vi.superscripts import superscript

_SPACE_GAP = 0.15  # a gap wider than this share of the font size between glyphs is a space
_COLUMN_GAP = 1.5  # an empty gap wider than this many ems splits a line into columns
_LINE_OVERLAP = 0.5  # share of the smaller height two glyphs of one line overlap by
_RECENT_LINES = 3  # a glyph is matched against this many most recent lines
_SPACE_SIZE = 1.5  # a space glyph larger than this many times its line's type is layout filler
_SMALL = 0.8  # a glyph at most this share of its line's size is small (marker, label)
_RAISED = 0.2  # ... and raised when its bottom is this share of the size above the baseline


@dataclass(frozen=True)
class TextStyle:
    """What the characters of one text object share: font name, weight, fill colour (RGB, 0-1)."""

    font: str
    weight: int
    fill: tuple[float, float, float]
    bold: bool = field(init=False)  # the font's name says so (Word names its bold faces "...Bold...")
    capitals: bool = field(init=False)  # a legacy font that shows every letter as a capital (`.VnTimeH`)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bold", "bold" in self.font.lower())
        object.__setattr__(self, "capitals", capitals_font(self.font))


@dataclass(slots=True)
class Glyph:
    """One character read from a page: its box (top-down points), effective size and style."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    style: Optional[TextStyle] = None


@dataclass
class Segment:
    """A printed line, or one column of it, with its text already assembled."""

    text: str
    label: Optional[str]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    split: bool = False  # one of several columns of a printed line


def printed_lines(glyphs: list[Glyph]) -> list[Segment]:
    """The printed lines of `glyphs`, split into columns, with their text assembled."""
    found = []
    for line in _cluster(glyphs):
        printed = [g for g in line if g.text.strip()]
        size = _line_size(printed)
        baseline = statistics.median(g.bottom for g in printed if g.size >= _SMALL * size)
        columns = _columns(sorted(line, key=lambda g: g.x0), size)
        for column in columns:
            segment = _assemble(column, size, baseline)
            if segment is not None:
                segment.split = len(columns) > 1
                found.append(segment)
    return found


def _line_size(printed: list[Glyph]) -> float:
    """The type size of a line: the size most of its printed glyphs have, to a tenth of a point."""
    first = printed[0].size
    if all(g.size == first for g in printed):  # the usual line, in one size: no counting
        return round(first, 1)
    return Counter(round(g.size, 1) for g in printed).most_common(1)[0][0]


def labelled(segment: Segment) -> str:
    """A segment's text with the raised digits that opened it (a label) in front, as superscript."""
    return (superscript(segment.label) if segment.label else "") + segment.text


def raw_line(segment: Segment, text: str, kind: str, hint: Optional[bool]) -> RawLine:
    """The reader's line for `segment`, showing `text`, with the paragraph hint `hint`."""
    return RawLine(
        text=text,
        kind=kind,  # type: ignore[arg-type]
        new_paragraph=hint,
        font_size=segment.size,
        x0=round(segment.x0, 2),
        top=round(segment.top, 2),
        bold=segment.bold,
    )


def _cluster(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped into printed lines.

    A line's band is the vertical extent of its largest glyph. A printed glyph joins the recent
    line whose band it overlaps most, by at least half of the smaller height (a raised marker
    stays with its line, staggered table cells do not chain into one line). A space glyph joins
    the line whose band holds its middle, unless it is much larger than that line's type (Word
    leaves oversized spaces around signature blocks).
    """
    lines: list[list[Glyph]] = []
    bands: list[Glyph] = []  # the largest glyph of each line
    # The innermost loop of the reader: plain comparisons, no min/max calls. The recent lines are tried
    # latest first, which wins a tie; an overlap of 1 (the glyph within the band, the usual case) cannot
    # be beaten, so the older lines are not tried.
    for glyph in sorted((g for g in glyphs if g.text.strip()), key=lambda g: g.top):
        best, best_overlap = -1, 0.0
        top, bottom = glyph.top, glyph.bottom
        height = bottom - top
        count = len(lines)
        for i in range(count - 1, (count - _RECENT_LINES if count > _RECENT_LINES else 0) - 1, -1):
            band = bands[i]
            band_top, band_bottom = band.top, band.bottom
            shared = (band_bottom if band_bottom <= bottom else bottom) - (band_top if band_top >= top else top)
            if shared <= 0:
                continue  # no overlap (the share below could not reach _LINE_OVERLAP)
            smaller = band_bottom - band_top if band_bottom - band_top <= height else height
            overlap = shared / (smaller if smaller > 0.1 else 0.1)
            if overlap >= _LINE_OVERLAP and overlap > best_overlap:
                best, best_overlap = i, overlap
                if overlap >= 1.0:
                    break
        if best < 0:
            lines.append([glyph])
            bands.append(glyph)
            continue
        lines[best].append(glyph)
        if glyph.size > bands[best].size:
            bands[best] = glyph
    order = sorted(range(len(lines)), key=lambda i: bands[i].top)
    tops = [bands[i].top for i in order]
    for glyph in glyphs:
        if glyph.text.strip():
            continue
        middle = (glyph.top + glyph.bottom) / 2
        k = bisect.bisect_right(tops, middle) - 1
        if k >= 0:
            band = bands[order[k]]
            if middle <= band.bottom and glyph.size <= _SPACE_SIZE * band.size:
                lines[order[k]].append(glyph)
    return lines


def _columns(glyphs: list[Glyph], size: float) -> list[list[Glyph]]:
    """A line cut where an empty gap (no glyph, not even a space) is wider than a few ems."""
    columns: list[list[Glyph]] = [[]]
    right: Optional[float] = None
    for glyph in glyphs:
        if right is not None and glyph.x0 - right > _COLUMN_GAP * size and any(g.text.strip() for g in columns[-1]):
            columns.append([])
        columns[-1].append(glyph)
        if right is None or glyph.x1 > right:
            right = glyph.x1
    return columns


def _assemble(glyphs: list[Glyph], size: float, baseline: float) -> Optional[Segment]:
    """The text of one line or column: spaces from space glyphs and gaps, raised digits as markers."""
    parts: list[str] = []
    label = ""
    space = False
    right: Optional[float] = None
    printed: list[Glyph] = []
    for glyph in glyphs:
        if not glyph.text.strip():
            # a space that starts inside the previous letter is filler, not a word break
            space = space or right is None or glyph.x0 >= right - _SPACE_GAP * glyph.size
            continue
        if right is not None and glyph.x0 - right > _SPACE_GAP * glyph.size:
            space = True
        right = glyph.x1
        raised = glyph.size <= _SMALL * size and glyph.bottom < baseline - _RAISED * size
        if raised and glyph.text.isdigit():
            if parts:
                parts.append(superscript(glyph.text))  # a marker sticks to the word before it
            else:
                label += glyph.text
        else:
            if space and parts:
                parts.append(" ")
            parts.append(glyph.text)
            printed.append(glyph)
        space = False
    if not printed:
        return None
    return Segment(
        text=" ".join("".join(parts).split()),  # a stamped glyph brings its own spaces (pdf_stamps)
        label=label or None,
        x0=printed[0].x0,
        x1=printed[-1].x1,
        top=min(g.top for g in printed),
        bottom=max(g.bottom for g in printed),
        size=size,
        bold=sum(g.bold for g in printed) * 2 > len(printed),
    )
