"""Stamped text (signature and form widgets) placed among a page's printed glyphs, as a reader sees the page.

Each stamped line becomes one glyph where it stands, so the line assembler puts `1696` between `Số:` and
`/QĐ-UBND`. Where a stamp covers printed characters (a month the stamp corrects, the blank it fills), the
stamp wins: the glyphs under it are dropped.
"""

from __future__ import annotations

from extract.read.pdf_lines import Glyph
from extract.read.pdf_widgets import StampLine

_COVERED_WIDTH = 0.5  # a glyph is covered when a stamp spans this share of its width ...
_COVERED_HEIGHT = 0.3  # ... and this share of the smaller height
_INK_TO_SIZE = 0.7  # a stamp's box is its ink (digits, capitals): the type size is about ink height / 0.7


def with_stamps(glyphs: list[Glyph], stamps: list[StampLine]) -> list[Glyph]:
    """`glyphs` without those a stamp covers, plus one glyph per stamped line."""
    kept = [glyph for glyph in glyphs if not any(_covers(stamp, glyph) for stamp in stamps)]
    return kept + [_glyph(stamp) for stamp in stamps]


def _covers(stamp: StampLine, glyph: Glyph) -> bool:
    wide = min(stamp.x1, glyph.x1) - max(stamp.x0, glyph.x0)
    high = min(stamp.bottom, glyph.bottom) - max(stamp.top, glyph.top)
    smaller = max(0.1, min(stamp.bottom - stamp.top, glyph.bottom - glyph.top))
    return wide >= _COVERED_WIDTH * max(0.1, glyph.x1 - glyph.x0) and high >= _COVERED_HEIGHT * smaller


def _glyph(stamp: StampLine) -> Glyph:
    """A stamped line as one glyph; its size from its ink height, so it is not taken for a raised marker."""
    return Glyph(stamp.text, stamp.x0, stamp.x1, stamp.top, stamp.bottom, stamp.size / _INK_TO_SIZE, False)
