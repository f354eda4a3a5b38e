"""The rows of a PDF page's data tables, read from the glyphs inside their ruled cells.

A data table (found in pdf_tables) becomes one line per row (kind "table"), its cells' printed
lines joined by a space; the glyphs inside it are not body text. Layout tables (header and
signature blocks, frames) stay body text.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Optional

from extract.read.model import RawLine
from extract.read.pdf_lines import Glyph, labelled, printed_lines
from extract.read.pdf_tables import Box, Grid, is_layout


@dataclass
class Table:
    """A data table of a page: its box and its rows as (top, cell texts), empty rows left out."""

    bbox: Box
    rows: list[tuple[float, list[str]]]

    @property
    def top(self) -> float:
        return self.bbox[1]


def data_tables(glyphs: list[Glyph], grids: list[Grid]) -> tuple[list[Table], list[Glyph]]:
    """The data tables of a page's `grids`, and the glyphs left for body lines (outside them all)."""
    tables = []
    inside: set[int] = set()
    for grid in grids:
        in_grid = [g for g in glyphs if _centre_in(g, grid.bbox)]
        by_height = _ByHeight(in_grid)
        rows = [row for row in (_row(by_height, boxes) for boxes in grid.rows) if any(row[1])]
        if not rows or is_layout([cells for _, cells in rows]):
            continue
        tables.append(Table(grid.bbox, rows))
        inside.update(id(g) for g in in_grid)
    return tables, [g for g in glyphs if id(g) not in inside]


def table_lines(table: Table, table_id: int) -> list[RawLine]:
    """The reader's lines of a table: one per row, numbered `table_id`."""
    return [
        RawLine(
            text=" | ".join(cells),
            kind="table",
            new_paragraph=True,
            cells=cells,
            table_id=table_id,
            x0=round(table.bbox[0], 2),
            top=round(top, 2),
        )
        for top, cells in table.rows
    ]


def _centre_in(glyph: Glyph, box: Box) -> bool:
    """Whether a glyph's centre lies in `box` (half-open, so a glyph falls in one cell only)."""
    x, y = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


class _ByHeight:
    """A table's glyphs sorted by the height of their centre, to take a row's without a pass over all."""

    def __init__(self, glyphs: list[Glyph]) -> None:
        order = sorted(range(len(glyphs)), key=lambda i: (glyphs[i].top + glyphs[i].bottom) / 2)
        self.glyphs = glyphs
        self.order = order
        self.centres = [(glyphs[i].top + glyphs[i].bottom) / 2 for i in order]

    def between(self, top: float, bottom: float) -> list[Glyph]:
        """The glyphs whose centre lies in [top, bottom), in their original order."""
        lo, hi = bisect.bisect_left(self.centres, top), bisect.bisect_left(self.centres, bottom)
        return [self.glyphs[i] for i in sorted(self.order[lo:hi])]


def _row(glyphs: _ByHeight, boxes: list[Optional[Box]]) -> tuple[float, list[str]]:
    """(top, cell texts) of a table row whose cells are `boxes`, from the table's glyphs."""
    top = min(box[1] for box in boxes if box is not None)
    bottom = max(box[3] for box in boxes if box is not None)
    in_row = glyphs.between(top, bottom)
    return top, [_cell_text(in_row, box) for box in boxes]


def _cell_text(glyphs: list[Glyph], box: Optional[Box]) -> str:
    """A cell's printed lines joined by a space ("" where a merged cell covers the position)."""
    if box is None:
        return ""
    return " ".join(labelled(segment) for segment in printed_lines([g for g in glyphs if _centre_in(g, box)]))
