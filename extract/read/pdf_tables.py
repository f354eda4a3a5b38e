"""Ruled tables of a born-digital PDF page: where they are, and which are data rather than layout.

pdfplumber's table finder (lines strategy: the Nurminen/Tabula grid algorithm) builds cells from the
edges of the page's drawn lines, rectangles and curves, here as PDFium read them (pdf_objects); only
the finder's geometry is used, not pdfplumber's parsing of the file. Only VISIBLE drawing counts: Word exports paint white rectangles behind highlighted or
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
from types import SimpleNamespace
from typing import Any, Optional

from pdfplumber.table import TableFinder

from extract.read.docx_tables import has_form_marker
from extract.read.pdf_colour import is_paper
from extract.read.pdf_objects import Drawn

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_MIN_VERTICAL = 3.0  # points: a drawn object at least this tall can give a column border


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


def find_grids(paths: list[Drawn]) -> list[Grid]:
    """The ruled tables drawn in ink among a page's painted subpaths, top to bottom."""
    visible = [path for path in paths if _inked(path)]
    if not any(path.bottom - path.top >= _MIN_VERTICAL for path in visible):
        return []
    edges = [edge for path in visible for edge in _edges(path)]
    found = TableFinder(SimpleNamespace(edges=edges), _SETTINGS).tables  # the finder reads only .edges
    grids = [Grid(tuple(table.bbox), [list(row.cells) for row in table.rows]) for table in found]
    return sorted(grids, key=lambda grid: grid.bbox[1])


def is_layout(rows: list[list[str]]) -> bool:
    """Whether a table whose cell texts are `rows` only places blocks (rule in the module docstring)."""
    width = max((len(row) for row in rows), default=0)
    return width < 2 or has_form_marker("\n".join(cell for row in rows for cell in row))


def _edges(path: Drawn) -> list[dict[str, Any]]:
    """The edges pdfplumber derives from a drawn object: a line's one, a rectangle's four sides,
    a curve's segments between consecutive points (orientation None when slanted)."""
    x0, x1, top, bottom = path.x0, path.x1, path.top, path.bottom
    if path.kind == "line":
        return [_edge(x0, x1, top, bottom, "h" if top == bottom else "v", "line")]
    if path.kind == "rect":
        return [
            _edge(x0, x1, top, top, "h", "rect_edge"),
            _edge(x0, x1, bottom, bottom, "h", "rect_edge"),
            _edge(x0, x0, top, bottom, "v", "rect_edge"),
            _edge(x1, x1, top, bottom, "v", "rect_edge"),
        ]
    return [
        _edge(min(ax, bx), max(ax, bx), min(ay, by), max(ay, by),
              "v" if ax == bx else ("h" if ay == by else None), "curve_edge")
        for (ax, ay), (bx, by) in zip(path.pts, path.pts[1:])
    ]


def _edge(x0: float, x1: float, top: float, bottom: float, orientation: Optional[str], kind: str) -> dict[str, Any]:
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}


def _inked(path: Drawn) -> bool:
    """Whether a drawn object is filled or stroked in a colour other than paper white."""
    return (path.fill and not is_paper(path.fill_colour)) or (path.stroke and not is_paper(path.stroke_colour))
