"""A page's own running number (`12`, `- 12 -`, `Trang 12`, `12/30`): decoration every reader drops.

A lone number is a page number only at the top or bottom of its page, with nothing of the page
above it (top) or below it (bottom); elsewhere it is a figure of the text.
"""

from __future__ import annotations

import regex

_PAGE_NUMBER = regex.compile(r"^(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?$", regex.I)
_BAND = 0.15  # share of the page height at the top and at the bottom where page numbers stand


def is_page_number(text: str, top: float, bottom: float, page_height: float, first: bool = True, last: bool = True) -> bool:
    """Whether a line reading `text`, from `top` to `bottom` on a page `page_height` high (same
    units, top down), is the page's number; `first` / `last`: no other line above / below it."""
    if _PAGE_NUMBER.match(text.strip()) is None:
        return False
    return (first and bottom < _BAND * page_height) or (last and top > (1 - _BAND) * page_height)
