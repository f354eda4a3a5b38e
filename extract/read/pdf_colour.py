"""How light a PDF fill or stroke colour is: one reading of gray, RGB and CMYK for every test.

Two questions are asked of a colour, with two thresholds on the same reading:
- is it paper (`is_paper`): every channel near white, so the drawing is invisible (a white box
  laid over a table is not a table rule);
- is it dark ink (`is_dark_ink`): no channel light, as a printed rule under the body is (a pale
  or coloured line is decoration, not the footnote separator).
A colour not given as numbers (a pattern, a named colour space) and the default (None, black)
count as dark ink.
"""

from __future__ import annotations

from typing import Any, Optional

_PAPER = 0.95  # every channel at least this light: paper white
_DARK = 0.5  # every channel darker than this: dark ink


def _lightness(color: Any) -> Optional[list[float]]:
    """Lightness 0 (black) to 1 (white) of each channel; None for the default or a non-numeric colour."""
    if color is None:
        return None
    values = list(color) if isinstance(color, (list, tuple)) else [color]
    if not values or not all(isinstance(v, (int, float)) for v in values):
        return None
    if len(values) == 4:  # CMYK: ink laid down, black on top of each colour
        *inks, black = values
        return [(1 - ink) * (1 - black) for ink in inks]
    return [float(v) for v in values]


def is_paper(color: Any) -> bool:
    """Whether a fill or stroke colour is paper white (every channel light)."""
    channels = _lightness(color)
    return channels is not None and min(channels) >= _PAPER


def is_dark_ink(color: Any) -> bool:
    """Whether a fill or stroke colour is dark ink (no channel light); unknown colours count as ink."""
    channels = _lightness(color)
    return channels is None or max(channels) < _DARK
