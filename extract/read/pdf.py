"""Born-digital PDF reader: PDFium's characters → printed lines, body apart from footnotes.

One pass over the pages (pdf_page: characters from pdf_glyphs, other objects from pdf_objects, one page in
memory at a time), then general layout rules, each in its own module:

- pdf_lines: glyphs → printed lines, split into columns at wide empty gaps, raised digits as
  footnote markers and labels;
- pdf_table_rows / pdf_table_links: ruled data tables (found in pdf_tables) as one line per row,
  placed where the table stands among the body lines; a table split by a page break is joined;
- pdf_footnotes: the footnote zone under a thin rule, and its labelled lines;
- pdf_decoration: running page numbers, heads and footers are dropped;
- pdf_paragraphs: paragraph hints from gaps, indents and full lines.

Pages without a usable text layer go to OCR (`page_needs_ocr`, in pdf_scan).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional, Union

from extract.read.model import RawDocument, RawPage
from extract.read.ocr import ocr_pages
from extract.read.pdf_decoration import drop_repeated_margins, without_page_number
from extract.read.pdf_footnotes import footnote_line, footnote_top, is_typed_rule
from extract.read.pdf_lines import Segment, labelled, raw_line
from extract.read.pdf_metadata import read_metadata
from extract.read.pdf_page import Page, Rule, dominant_size, load_pages
from extract.read.pdf_paragraphs import body_margins, new_paragraph
from extract.read.pdf_scan import page_needs_ocr
from extract.read.pdf_table_links import link_tables
from extract.read.pdf_table_rows import Table, table_lines
from extract.read.pdf_tables import Box

log = logging.getLogger(__name__)

__all__ = ["page_needs_ocr", "read_pdf"]


def read_pdf(path: Path) -> RawDocument:
    """The pages of printed lines of a PDF; pages without a usable text layer are OCR'd."""
    pages = load_pages(path)
    body_size = dominant_size(pages)
    scanned = [p.number for p in pages if p.scanned]
    if scanned:
        log.info("%s: pages %s have no usable text layer: OCR", path.name, scanned)
    raw_pages = _raw_pages(pages, scanned, body_size)
    drop_repeated_margins(raw_pages)
    link_tables(raw_pages)
    for number, page in ocr_pages(path, scanned).items():
        raw_pages[number - 1] = page
    return RawDocument(pages=raw_pages, format="pdf", metadata=read_metadata(path))


def _raw_pages(pages: list[Page], scanned: list[int], body_size: float) -> list[RawPage]:
    """Body and footnote lines and table rows of every page, in reading order (tables numbered apart)."""
    margins = body_margins(pages, body_size)
    raw_pages = []
    previous: Optional[Segment] = None  # last body line, carried across pages
    tables = 0
    for page in pages:
        stamps = [stamp.text for stamp in page.stamps]
        raw = RawPage(number=page.number, width=page.width, height=page.height, stamps=stamps)
        raw_pages.append(raw)
        if page.number in scanned:
            continue
        segments = without_page_number(page.segments, page.height)
        rules = [rule for rule in page.rules if not any(_rule_in(rule, table.bbox) for table in page.tables)]
        zone = footnote_top(segments, rules, body_size)
        same_page = False
        for item in _in_reading_order(segments, page.tables):
            if isinstance(item, Table):
                tables += 1
                raw.lines.extend(table_lines(item, tables))
                previous = None  # what follows a table starts afresh
                continue
            segment = item
            if zone is not None and segment.top <= zone <= segment.bottom and is_typed_rule(segment):
                continue  # the rule itself, typed as underscores
            if zone is not None and segment.top > zone:
                raw.lines.append(footnote_line(segment))
                continue
            hint = new_paragraph(segment, previous, same_page, margins)
            raw.lines.append(raw_line(segment, labelled(segment), "body", hint))
            previous, same_page = segment, True
    return raw_pages


def _in_reading_order(segments: list[Segment], tables: list[Table]) -> list[Union[Segment, Table]]:
    """The body lines in their order, each table placed before the first line below its top."""
    items: list[Union[Segment, Table]] = []
    pending = sorted(tables, key=lambda table: table.top)
    for segment in segments:
        while pending and pending[0].top < segment.top:
            items.append(pending.pop(0))
        items.append(segment)
    return items + pending


def _rule_in(rule: Rule, box: Box) -> bool:
    """Whether a horizontal rule is one of a table's borders (it lies within the table's box)."""
    x0, x1, y = rule
    return box[1] - 1 <= y <= box[3] + 1 and x0 >= box[0] - 1 and x1 <= box[2] + 1
