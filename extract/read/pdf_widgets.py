"""Text that widget annotations (signature stamps, form fields) draw on a PDF page, where it stands.

Signing systems stamp the document's number and day at signing into the appearance of signature
widgets placed over `Số:      /QĐ-UBND` and `ngày ... tháng ...`: the page's own text has blanks
there and only the drawn page shows the values. PDFium merges the appearances into the page
(`FPDFPage_Flatten`, for print, as a reader of the printed page sees it); the stamped characters
then come out after the page's own text, and are placed by their boxes, in top-down coordinates
(points from the page's top-left corner, as the PDF reader's lines). The boxes are PDFium's loose ones
(the advance width, the font's ascent to descent), as a text reader's glyph boxes are, so that a line's
height is about its type size and letters of one word touch.

The reader asks `widget_rects` of the page it already holds; only for a page that has widgets is the
file opened a second time (`WidgetStamps`, once per document, on first need): flattening changes the
page in memory, so the caller's document is never touched. A page without widgets costs one look-up.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

log = logging.getLogger(__name__)

_LINE_OVERLAP = 0.5  # share of the smaller height two characters of one stamped line overlap by
_SPACE_GAP = 0.15  # a gap wider than this share of the line's height is a space


@dataclass(frozen=True)
class StampLine:
    """One line of text a widget draws: its text and box (points, from the page's top-left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def size(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class _Char:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


Rect = tuple[float, float, float, float]  # left, top, right, bottom, top-down


class WidgetStamps:
    """The stamped lines of pages that have widgets, read from a second, private copy of the document.

    The copy is opened on the first page asked for and closed by `close` (or on leaving a `with` block);
    a file PDFium cannot open this way yields no stamps: the reader reports it in its own words.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._document: Optional[pdfium.PdfDocument] = None
        self._unreadable = False

    def __enter__(self) -> WidgetStamps:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def lines(self, index: int) -> list[StampLine]:
        """The lines the widgets of page `index` (0-based) stamp on it, top down."""
        document = self._opened()
        return _page_lines(document, index) if document is not None else []

    def close(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None

    def _opened(self) -> Optional[pdfium.PdfDocument]:
        if self._document is None and not self._unreadable:
            try:
                self._document = pdfium.PdfDocument(str(self.path))
            except pdfium.PdfiumError as error:
                log.debug("widgets of %s not read: %s", self.path.name, error)
                self._unreadable = True
        return self._document


def _page_lines(document: pdfium.PdfDocument, index: int) -> list[StampLine]:
    """The stamped lines of one page: its widgets' appearances flattened into it, then read."""
    page = document[index]
    try:
        rects = widget_rects(page)
        if not rects:
            return []
        before = _char_count(page)
        if pdfium_c.FPDFPage_Flatten(page, pdfium_c.FLAT_PRINT) != pdfium_c.FLATTEN_SUCCESS:
            return []
    finally:
        page.close()
    page = document[index]  # loaded again: its content now holds the appearances
    try:
        textpage = page.get_textpage()
        try:
            chars = _chars_after(textpage, before, page.get_mediabox())
        finally:
            textpage.close()
    finally:
        page.close()
    by_widget: list[list[_Char]] = [[] for _ in rects]
    for char in chars:
        owner = next((i for i, rect in enumerate(rects) if _centre_in(char, rect)), None)
        if owner is not None:
            by_widget[owner].append(char)
    lines = [_joined(line) for widget in by_widget for line in _lines(widget)]
    return sorted(lines, key=lambda line: (line.top, line.x0))


def widget_rects(page: pdfium.PdfPage) -> list[Rect]:
    """The rectangles of the page's widget annotations, top-down, smallest first (a character inside
    two overlapping widgets belongs to the smaller)."""
    top = page.get_mediabox()[3]
    rects = []
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, i)
        try:
            if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
                continue
            rect = pdfium_c.FS_RECTF()
            if pdfium_c.FPDFAnnot_GetRect(annot, rect):
                rects.append((rect.left, top - rect.top, rect.right, top - rect.bottom))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return sorted(rects, key=lambda r: (r[2] - r[0]) * (r[3] - r[1]))


def _char_count(page: pdfium.PdfPage) -> int:
    textpage = page.get_textpage()
    try:
        return textpage.count_chars()
    finally:
        textpage.close()


def _chars_after(textpage: pdfium.PdfTextPage, start: int, mediabox: tuple[float, ...]) -> list[_Char]:
    """The printed characters from index `start` on (what flattening added), with top-down boxes."""
    left, _, _, top = mediabox
    chars = []
    for i in range(start, textpage.count_chars()):
        text = textpage.get_text_range(i, 1)
        if not text.strip():
            continue
        x0, y0, x1, y1 = textpage.get_charbox(i, loose=True)
        chars.append(_Char(text, x0 - left, x1 - left, top - y1, top - y0))
    return chars


def _centre_in(char: _Char, rect: Rect) -> bool:
    x, y = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
    return rect[0] <= x <= rect[2] and rect[1] <= y <= rect[3]


def _lines(chars: list[_Char]) -> list[list[_Char]]:
    """Characters grouped into lines by vertical overlap, each line left to right, lines top down."""
    lines: list[list[_Char]] = []
    for char in sorted(chars, key=lambda c: (c.top, c.x0)):
        for line in lines:
            if _overlap(line[0], char) >= _LINE_OVERLAP:
                line.append(char)
                break
        else:
            lines.append([char])
    return [sorted(line, key=lambda c: c.x0) for line in sorted(lines, key=lambda ln: (ln[0].top, ln[0].x0))]


def _overlap(a: _Char, b: _Char) -> float:
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared / max(0.1, min(a.bottom - a.top, b.bottom - b.top))


def _joined(line: list[_Char]) -> StampLine:
    """One stamped line: its characters' text, a space at each wide gap, and their common box."""
    height = max(c.bottom - c.top for c in line)
    parts = [line[0].text]
    for before, char in zip(line, line[1:]):
        if char.x0 - before.x1 > _SPACE_GAP * height:
            parts.append(" ")
        parts.append(char.text)
    return StampLine(
        text="".join(parts),
        x0=min(c.x0 for c in line),
        x1=max(c.x1 for c in line),
        top=min(c.top for c in line),
        bottom=max(c.bottom for c in line),
    )
