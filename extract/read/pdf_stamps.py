"""Stamped text (signature and form widgets) placed among a page's printed glyphs, as a reader sees the page.

Each stamped line becomes one glyph where it stands, so the line assembler puts `214` between `Số:` and
`/QĐ-UBND`. Where a stamp covers printed characters (a month the stamp corrects, the blank it fills), the
stamp wins: the glyphs under it are dropped.
"""

from __future__ import annotations

from extract.read.pdf_lines import Glyph
from extract.read.pdf_widgets import StampLine

_COVERED_WIDTH = 0.5  # a glyph is covered when a stamp spans this share of its width ...
_COVERED_HEIGHT = 0.3  # ... and this share of the smaller height


def with_stamps(glyphs: list[Glyph], stamps: list[StampLine]) -> list[Glyph]:
    """`glyphs` without those a stamp covers, plus one glyph per stamped line."""
    if not stamps:
        return glyphs
    kept = [glyph for glyph in glyphs if not any(_covers(stamp, glyph) for stamp in stamps)]
    return kept + [_glyph(stamp, _line_size(stamp, glyphs)) for stamp in stamps]


def _covers(stamp: StampLine, glyph: Glyph) -> bool:
    wide = min(stamp.x1, glyph.x1) - max(stamp.x0, glyph.x0)
    high = min(stamp.bottom, glyph.bottom) - max(stamp.top, glyph.top)
    smaller = max(0.1, min(stamp.bottom - stamp.top, glyph.bottom - glyph.top))
    return wide >= _COVERED_WIDTH * max(0.1, glyph.x1 - glyph.x0) and high >= _COVERED_HEIGHT * smaller


def _line_size(stamp: StampLine, glyphs: list[Glyph]) -> float:
    """The type size of the printed line the stamp stands on (the largest printed glyph beside it in height),
    or its own height where it stands alone."""
    beside = [g.size for g in glyphs if g.text.strip() and min(stamp.bottom, g.bottom) - max(stamp.top, g.top) > 0]
    return max([stamp.size, *beside])


def _glyph(stamp: StampLine, size: float) -> Glyph:
    """A stamped line as one glyph at its line's type size (a stamp is never a small raised footnote marker),
    set apart by spaces: it fills a blank, it never goes on with a printed word it touches (`ngày15`)."""
    return Glyph(f" {stamp.text} ", stamp.x0, stamp.x1, stamp.top, stamp.bottom, size, False)
