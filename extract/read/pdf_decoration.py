"""Page decoration of a PDF that is not text of the report: running page numbers, heads, footers.

A segment that is the page's number (see page_numbers) is dropped; a line repeated (digits aside)
in the top or bottom margin band of many pages is a running head or footer.
"""

from __future__ import annotations

from collections import Counter

import regex

from extract.read.model import RawLine, RawPage
from extract.read.page_numbers import is_page_number
from extract.read.pdf_lines import Segment

_MARGIN_BAND = 0.08  # share of the page height at top and bottom where running heads live
_REPEATED_SHARE = 0.5  # a margin line on at least this share of pages (and 3) is decoration

_DIGITS = regex.compile(r"\d+")


def without_page_number(segments: list[Segment], height: float) -> list[Segment]:
    """The page's lines without its number: a lone number above or below everything else."""
    if not segments:
        return segments
    top = min(s.top for s in segments)
    bottom = max(s.bottom for s in segments)
    return [
        s for s in segments if not is_page_number(s.text, s.top, s.bottom, height, s.top <= top, s.bottom >= bottom)
    ]


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
            page.lines = [line for line in page.lines if not (line.kind == "body" and in_band(line, page) and key(line) in repeated)]
