"""Spreadsheets (`.xls`, `.xlsx`, `.ods`) → RawDocument: one page per sheet that holds data.

A loader (sheet_xls with xlrd, sheet_xlsx with openpyxl; `.ods` converted to `.xlsx` by LibreOffice)
gives each sheet's cells as shown: text decoded by the font of its cell (or of each run inside it),
numbers as their stored value written as the cell shows it (sheet_numbers). This module lays a sheet
out as a reader sees it:

- the table is the block of rows from its header to its last row holding a figure; its columns are
  those of its header row and those filled in at least two of its rows (a stray helper cell beside
  the table is not a column and is left out, logged); the header starts at the nearest row above the first figure that fills
  two or more of those columns, and takes in the rows above it that fill two or more, or stand only
  over figure columns: a unit note over the figures (`ĐVT: 1000 đồng`) names its column's unit, and
  wins over one stated elsewhere on the sheet;
- each table row is one table line, a cell per column, codes (`A`, `I`, `1`, `a`) and labels kept,
  so that a total and its group rows can be checked; the line keeps its sheet's name and each cell's
  address (`C12`), which the outputs give as the cell's place;
- the rows above the table (title, `ĐVT: 1000 đồng` unit notes) and below it (signatures) are body
  lines, one per row, its cells in column order, each cell with its address too;
- a sheet with no cell is not a page; a workbook with no data is "no text".
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional

from extract.read.model import RawDocument, RawLine, RawPage

log = logging.getLogger(__name__)

_MIN_COLUMN_CELLS = 2  # a table column is filled in at least this many of the table's rows
_MIN_HEADER_CELLS = 2


@dataclass
class SheetCell:
    """One filled cell: its text as shown, and whether it holds a number."""

    text: str
    number: bool = False


@dataclass
class Sheet:
    """A sheet's filled cells by (row, column), 0-based, and the legacy encodings its fonts used."""

    name: str
    cells: dict[tuple[int, int], SheetCell] = field(default_factory=dict)


def workbook_document(sheets: list[Sheet], fmt: str, legacy: Counter[str]) -> RawDocument:
    """The pages of the sheets that hold data, in workbook order."""
    pages = []
    for sheet in sheets:
        lines = sheet_lines(sheet, table_id=len(pages) + 1)
        if lines:
            pages.append(RawPage(number=len(pages) + 1, lines=lines))
        else:
            log.debug("sheet %r is empty: not a page", sheet.name)
    encoding = legacy.most_common(1)[0][0] if legacy else None
    return RawDocument(pages=pages or [RawPage(number=1)], format=fmt, legacy_encoding=encoding)


def sheet_lines(sheet: Sheet, table_id: int) -> list[RawLine]:
    """Body lines above the table, its rows, body lines below it."""
    cells = {place: cell for place, cell in sheet.cells.items() if cell.text.strip()}
    if not cells:
        return []
    rows = sorted({row for row, _ in cells})
    figure_rows = [row for row in rows if any(cell.number for (r, _), cell in cells.items() if r == row)]
    table = _table_block(cells, rows, figure_rows)
    if table is None:
        return [_body_line(sheet.name, cells, row) for row in rows]
    first, last, columns = table
    lines = [_body_line(sheet.name, cells, row) for row in rows if row < first]
    for row in rows:
        if first <= row <= last:
            texts = [cells[(row, column)].text.strip() if (row, column) in cells else "" for column in columns]
            stray = [column for (r, column) in cells if r == row and column not in columns]
            if stray:
                log.debug("sheet %r row %d: cells beside the table left out (columns %s)", sheet.name, row + 1, stray)
            if any(texts):
                lines.append(RawLine(text=" | ".join(texts), kind="table", new_paragraph=True, cells=texts,
                                     table_id=table_id, sheet=sheet.name,
                                     cell_refs=[cell_address(row, column) for column in columns]))
    lines += [_body_line(sheet.name, cells, row) for row in rows if row > last]
    return lines


def cell_address(row: int, column: int) -> str:
    """The spreadsheet address of a 0-based (row, column): (11, 2) → `C12`."""
    from openpyxl.utils.cell import get_column_letter

    return f"{get_column_letter(column + 1)}{row + 1}"


def _table_block(cells: dict[tuple[int, int], SheetCell], rows: list[int],
                 figure_rows: list[int]) -> Optional[tuple[int, int, list[int]]]:
    """(first row, last row, columns) of the sheet's table, None when no row holds a figure."""
    if not figure_rows:
        return None
    last = figure_rows[-1]
    first = next((row for row in reversed(rows) if row < figure_rows[0] and _filled(cells, row) >= _MIN_HEADER_CELLS),
                 figure_rows[0])
    filled = Counter(column for (row, column) in cells if first <= row <= last)
    kept = [column for column, count in filled.items() if count >= _MIN_COLUMN_CELLS or (first, column) in cells]
    if not kept:
        return None
    columns = list(range(min(kept), max(kept) + 1))
    figure_columns = {column for (row, column), cell in cells.items() if cell.number and first <= row <= last}
    for row in reversed([row for row in rows if row < first]):
        in_row = [column for (r, column) in cells if r == row]
        if _filled(cells, row, columns) >= _MIN_HEADER_CELLS or set(in_row) <= figure_columns:
            first = row  # a header of several rows, or a heading over figures (`ĐVT: 1000 đồng`, `QUYẾT TOÁN`)
        else:
            break
    return first, last, columns


def _filled(cells: dict[tuple[int, int], SheetCell], row: int, columns: Optional[list[int]] = None) -> int:
    """How many cells of `row` (within `columns`, when given) are filled."""
    return sum(1 for (r, column) in cells if r == row and (columns is None or column in columns))


def _body_line(sheet: str, cells: dict[tuple[int, int], SheetCell], row: int) -> RawLine:
    """A row outside the table: one body line, its cells in column order, each with its address."""
    places = sorted(place for place in cells if place[0] == row)
    texts = [cells[place].text.strip() for place in places]
    return RawLine(text="   ".join(texts), kind="body", new_paragraph=True, cells=texts, sheet=sheet,
                   cell_refs=[cell_address(*place) for place in places])
