"""What the PDF reader takes from each page: glyphs, drawn rules, image coverage, ruled grids.

One pass of pdfplumber over the file; every later rule works on these plain records, and the
reader fills in each page's printed lines and data tables.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import DocumentError
from extract.read.pdf_colour import is_dark_ink
from extract.read.pdf_lines import Glyph, Segment
from extract.read.pdf_table_rows import Table
from extract.read.pdf_tables import Grid, find_grids
from extract.read.pdf_widgets import StampLine, widget_lines

Rule = tuple[float, float, float]  # a horizontal rule: x0, x1, y

_RULE_THICKNESS = 2.0  # points: thicker is a box, not a rule
_RULE_MIN_WIDTH = 30.0


@dataclass
class Page:
    """One page as read: its size, glyphs, rules and grids, the lines signature or form widgets stamp on
    it, then its printed lines and tables."""

    number: int
    width: float
    height: float
    glyphs: list[Glyph]
    rules: list[Rule]
    image_share: float
    grids: list[Grid] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    stamps: list[StampLine] = field(default_factory=list)


def load_pages(path: Path) -> list[Page]:
    """Glyphs, stamped lines, rules and image coverage of every page.

    A malformed PDF can fail anywhere inside pdfminer, so any failure while parsing becomes one
    DocumentError with a one-line reason (the pipeline reports it and goes on with other files).
    """
    try:
        with pdfplumber.open(path) as pdf:
            pages = [_page_data(page) for page in pdf.pages]
    except Exception as error:  # noqa: BLE001 - see docstring
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        if isinstance(cause, PDFPasswordIncorrect) or "encrypt" in str(cause).lower():
            raise DocumentError(f"encrypted PDF {path.name}: a password is required to read it") from error
        reason = " ".join(f"{type(cause).__name__} {cause}".split())
        raise DocumentError(f"unreadable PDF {path.name}: {reason}") from error
    for number, stamps in widget_lines(path).items():
        if number <= len(pages):
            pages[number - 1].stamps = stamps
    return pages


def dominant_size(pages: list[Page]) -> float:
    """The body type size: the size most printed characters of the document have."""
    sizes = Counter(round(g.size * 2) / 2 for p in pages for g in p.glyphs if g.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _page_data(page: Any) -> Page:
    """The record of one open pdfplumber page (closed afterwards to free its objects)."""
    glyphs = [
        Glyph(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], "bold" in c["fontname"].lower())
        for c in page.chars
        if c.get("upright", True) and c["size"] > 0
    ]
    area = float(page.width * page.height) or 1.0
    images = sum(max(0.0, i["x1"] - i["x0"]) * max(0.0, i["bottom"] - i["top"]) for i in page.images)
    data = Page(page.page_number, float(page.width), float(page.height), glyphs, _rules(page), min(1.0, images / area))
    data.grids = find_grids(page)
    page.close()
    return data


def _rules(page: Any) -> list[Rule]:
    """Thin dark horizontal lines and rectangles, as (x0, x1, y)."""
    found = []
    for obj in page.lines + page.rects:
        thin = obj["bottom"] - obj["top"] <= _RULE_THICKNESS
        color = obj.get("non_stroking_color") if obj.get("fill") else obj.get("stroking_color")
        if thin and obj["x1"] - obj["x0"] >= _RULE_MIN_WIDTH and is_dark_ink(color):
            found.append((obj["x0"], obj["x1"], (obj["top"] + obj["bottom"]) / 2))
    return found
