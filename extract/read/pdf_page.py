"""The page pass of the PDF reader: one PDFium pass over the file, one page in memory at a time.

Each page is opened, its characters (pdf_glyphs) and other objects (pdf_objects) read, and closed again;
what the later, document-wide rules need is kept as plain records: the page's printed lines and
data tables, its horizontal rules, how many characters of each size it prints, and whether its
text layer is unusable (so it goes to OCR). The characters themselves are not kept, so memory
holds one page's objects plus the document's lines.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from extract.errors import DocumentError
from extract.read.pdf_colour import is_dark_ink
from extract.read.pdf_glyphs import page_glyphs
from extract.read.pdf_lines import Segment, printed_lines
from extract.read.pdf_objects import Drawn, page_objects
from extract.read.pdf_scan import page_needs_ocr
from extract.read.pdf_stamps import with_stamps
from extract.read.pdf_table_rows import Table, data_tables
from extract.read.pdf_tables import find_grids
from extract.read.pdf_widgets import StampLine, WidgetStamps, widget_rects

Rule = tuple[float, float, float]  # a horizontal rule: x0, x1, y

_RULE_THICKNESS = 2.0  # points: thicker is a box, not a rule
_RULE_MIN_WIDTH = 30.0


@dataclass
class Page:
    """One page as read: its size, rules, type sizes, and its printed lines and data tables."""

    number: int
    width: float
    height: float
    rules: list[Rule]
    sizes: Counter[float]  # printed characters per size, to half a point
    scanned: bool  # the text layer is unusable: the page goes to OCR
    segments: list[Segment] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    stamps: list[StampLine] = field(default_factory=list)  # lines signature or form widgets stamp on it


def load_pages(path: Path) -> list[Page]:
    """Every page of the PDF at `path`, read one at a time.

    A malformed PDF becomes one DocumentError with a one-line reason (the pipeline reports it and
    goes on with other files).
    """
    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise DocumentError(f"encrypted PDF {path.name}: a password is required to read it") from error
        raise DocumentError(f"unreadable PDF {path.name}: {' '.join(str(error).split())}") from error
    try:
        with WidgetStamps(path) as widgets:
            return [_read_page(pdf, index, widgets) for index in range(len(pdf))]
    except pdfium.PdfiumError as error:
        raise DocumentError(f"unreadable PDF {path.name}: {' '.join(str(error).split())}") from error
    finally:
        pdf.close()


def dominant_size(pages: list[Page]) -> float:
    """The body type size: the size most printed characters of the document have."""
    sizes: Counter[float] = Counter()
    for page in pages:
        sizes.update(page.sizes)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _read_page(pdf: pdfium.PdfDocument, index: int, widgets: WidgetStamps) -> Page:
    """The record of page `index` (its PDFium page and text page are closed afterwards), with the
    lines widgets stamp on it placed among its glyphs after the OCR decision (a stamp is no text layer)."""
    page = pdf[index]
    try:
        stamps = widgets.lines(index) if widget_rects(page) else []
        width, height = page.get_size()
        drawing = page_objects(page.raw, height)
        textpage = page.get_textpage()
        try:
            glyphs = page_glyphs(textpage.raw, height, drawing.texts)
        finally:
            textpage.close()
    finally:
        page.close()
    image_share = min(1.0, drawing.image_area / (width * height or 1.0))
    scanned = page_needs_ocr("".join([g.text for g in glyphs]), image_share)
    sizes = _half_points(Counter([g.size for g in glyphs if g.text.strip()]))
    record = Page(index + 1, width, height, _rules(drawing.paths), sizes, scanned, stamps=stamps)
    if not scanned:
        glyphs = with_stamps(glyphs, stamps)
        record.tables, body = data_tables(glyphs, find_grids(drawing.paths))
        record.segments = printed_lines(body)
    return record


def _half_points(sizes: Counter[float]) -> Counter[float]:
    """Character counts by size, the sizes rounded to half a point (in the order the sizes first appear)."""
    rounded: Counter[float] = Counter()
    for size, count in sizes.items():
        rounded[round(size * 2) / 2] += count
    return rounded


def _rules(paths: list[Drawn]) -> list[Rule]:
    """Thin dark horizontal lines and rectangles, as (x0, x1, y)."""
    found = []
    for path in paths:
        if path.kind == "curve":
            continue
        top, bottom, x0, x1 = path.top, path.bottom, path.x0, path.x1
        colour = path.fill_colour if path.fill else path.stroke_colour
        if bottom - top <= _RULE_THICKNESS and x1 - x0 >= _RULE_MIN_WIDTH and is_dark_ink(colour):
            found.append((x0, x1, (top + bottom) / 2))
    return found
