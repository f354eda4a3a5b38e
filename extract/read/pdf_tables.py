"""Ruled tables of a born-digital PDF page: where they are, and which are data rather than layout.

pdfplumber's table finder (lines strategy) builds cells from the page's drawn lines and rectangle
edges. Only VISIBLE drawing counts: Word exports paint white rectangles behind highlighted or
shaded paragraphs and white border lines, and the finder would turn a page of such paragraphs into
a one-column "table". The finder runs only on pages that draw something vertical in ink, so a
text page costs nothing.

A found table is a LAYOUT table, whose cells stay body text, when
  (a) its text holds a form marker of Nghị định 30/2020 (the rule Word tables follow, see
      `docx_tables.has_form_marker`): the header block with the national motto, the closing block
      with `Nơi nhận` or the signature; or
  (b) it has a single column: a frame drawn around a paragraph (a bordered paragraph or text box),
      not a grid of data.
Every other table is a DATA table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from extract.read.docx_tables import has_form_marker
from extract.read.pdf_colour import is_paper

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_MIN_VERTICAL = 3.0  # points: a drawn object at least this tall can give a column border
_DRAWN = ("rect", "line", "curve")


@dataclass
class Grid:
    """A ruled table as found: its box and its rows of cell boxes on the column grid.

    A row holds one entry per grid column: the cell's box in the column where the cell starts,
    None in the columns a cell merged across covers, and in the rows a cell merged down covers.
    """

    bbox: Box
    rows: list[list[Optional[Box]]]

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0


def find_grids(page: Any) -> list[Grid]:
    """The ruled tables drawn in ink on an open pdfplumber page, top to bottom."""
    if not any(obj["height"] >= _MIN_VERTICAL for obj in page.rects + page.lines + page.curves if _inked(obj)):
        return []
    found = page.filter(_visible).find_tables(_SETTINGS)
    grids = [Grid(tuple(table.bbox), [list(row.cells) for row in table.rows]) for table in found]
    return sorted(grids, key=lambda grid: grid.bbox[1])


def is_layout(rows: list[list[str]]) -> bool:
    """Whether a table whose cell texts are `rows` only places blocks (rule in the module docstring)."""
    width = max((len(row) for row in rows), default=0)
    return width < 2 or has_form_marker("\n".join(cell for row in rows for cell in row))


def _visible(obj: dict[str, Any]) -> bool:
    """Keep every object but drawings in paper white (the filter the finder sees the page through)."""
    return obj.get("object_type") not in _DRAWN or _inked(obj)


def _inked(obj: dict[str, Any]) -> bool:
    """Whether a drawn object is filled or stroked in a colour other than paper white."""
    filled = bool(obj.get("fill")) and not is_paper(obj.get("non_stroking_color"))
    stroked = bool(obj.get("stroke")) and not is_paper(obj.get("stroking_color"))
    return filled or stroked
