"""Page decoration of a PDF that is not text of the report: running page numbers, heads, footers.

A lone number at the top or bottom of a page is its page number; a line repeated (digits aside)
in the top or bottom margin band of many pages is a running head or footer.
"""

from __future__ import annotations

from collections import Counter

import regex

from extract.read.model import RawLine, RawPage
from extract.read.pdf_lines import Segment

_MARGIN_BAND = 0.08  # share of the page height at top and bottom where running heads live
_REPEATED_SHARE = 0.5  # a margin line on at least this share of pages (and 3) is decoration

_PAGE_NUMBER = regex.compile(r"^(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?$", regex.I)
_DIGITS = regex.compile(r"\d+")


def is_page_number(segment: Segment, segments: list[Segment], height: float) -> bool:
    """A lone number above or below everything else, in the top or bottom band of the page."""
    if not _PAGE_NUMBER.match(segment.text.strip()):
        return False
    first = segment.top <= min(s.top for s in segments)
    last = segment.bottom >= max(s.bottom for s in segments)
    return (first and segment.bottom < 0.15 * height) or (last and segment.top > 0.85 * height)


def drop_repeated_margins(pages: list[RawPage]) -> None:
    """Remove running heads and footers: the same margin-band line (digits aside) on many pages."""

    def in_band(line: RawLine, page: RawPage) -> bool:
        return line.top is not None and bool(page.height) and (
            line.top < _MARGIN_BAND * page.height or line.top > (1 - _MARGIN_BAND) * page.height
        )

    def key(line: RawLine) -> str:
        return _DIGITS.sub("#", line.text.strip())

    counts = Counter(
        k for page in pages for k in {key(line) for line in page.lines if line.kind == "body" and in_band(line, page)}
    )
    threshold = max(3, _REPEATED_SHARE * len(pages))
    repeated = {k for k, n in counts.items() if n >= threshold}
    if repeated:
        for page in pages:
            page.lines = [l for l in page.lines if not (l.kind == "body" and in_band(l, page) and key(l) in repeated)]
