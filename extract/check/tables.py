"""Table columns against their total row.

A table is checked when exactly one row is labelled as a total (its first or second cell reads
``Tổng``, ``Tổng cộng``, ``Tổng số`` or ``Cộng``, optionally with a bracket note). For each column
whose total cell is a number, the parts are the other rows' numbers in that column — only the
group rows when the first column numbers groups with Roman numerals (their sub-rows are parts of
the groups, not of the total). Columns of rates (``%``, ``tỷ lệ``, ``bình quân``) are not sums and
are skipped, as are columns with text among the numbers. A money unit in the column's header
(``triệu đồng``, ``Tỷ VNĐ`` ...) converts the figures to whole đồng.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from extract.check.figures import Fig, describe, make_check
from extract.vi.tones import fold_tones
from schemas.models import Check, Table, TableCell

_TOTAL_LABEL = regex.compile(r"^\s*(?:tổng\s+cộng|tổng\s+số|tổng|cộng)\s*(?:\(.*\))?\s*:?\s*$", regex.IGNORECASE)
_NUMBER = regex.compile(r"^\s*(-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s*$")
_EMPTY = regex.compile(r"^\s*[-–…./]*\s*$")
_ROMAN = regex.compile(r"^\s*[IVXL]+\.?\s*$")
_RATE = regex.compile(r"%|tỷ\s+lệ|tỉ\s+lệ|bình\s+quân", regex.IGNORECASE)
_MONEY_UNITS = (
    (regex.compile(r"(?:tỷ|tỉ)\s*(?:đồng|vnđ|vnd)", regex.IGNORECASE), 10**9),
    (regex.compile(r"triệu\s*(?:đồng|vnđ|vnd)", regex.IGNORECASE), 10**6),
    (regex.compile(r"(?:nghìn|ngàn)\s*(?:đồng|vnđ|vnd)", regex.IGNORECASE), 10**3),
    (regex.compile(r"(?<!\p{L})(?:đồng|vnđ|vnd)(?!\p{L})", regex.IGNORECASE), 1),
)


def parse_number(text: str) -> Optional[tuple[Decimal, Decimal]]:
    """A cell's number written the Vietnamese way (`1.234,5`) and its last digit's unit; None otherwise."""
    match = _NUMBER.match(text)
    if not match:
        return None
    number = match.group(1).replace(".", "")
    integer, _, decimals = number.partition(",")
    return Decimal(f"{integer}.{decimals}" if decimals else integer), Decimal(1).scaleb(-len(decimals))


def _money_factor(header: str) -> Optional[int]:
    for pattern, factor in _MONEY_UNITS:
        if pattern.search(header):
            return factor
    return None


def _fig(cell: TableCell, factor: int) -> Optional[Fig]:
    parsed = parse_number(cell.text)
    if parsed is None:
        return None
    value, unit = parsed
    return Fig(value * factor, unit * factor / 2, cell.page, cell.start, cell.end, cell.text)


def _text(grid: dict, row: int, column: int) -> str:
    cell = grid.get((row, column))
    return cell.text if cell is not None else ""


def _column_check(table: Table, grid: dict, total_row: int, column: int, label_column: int) -> Optional[Check]:
    """The check of one column, or None when the column is not a column of summable numbers."""
    total_text = _text(grid, total_row, column)
    numeric = [r for r in range(table.rows) if r != total_row and parse_number(_text(grid, r, column))]
    if parse_number(total_text) is None or not numeric:
        return None
    header = " ".join(fold_tones(_text(grid, r, column)) for r in range(numeric[0]) if r != total_row)
    rows = [r for r in range(numeric[0], table.rows) if r != total_row]
    if _RATE.search(header) or any(not _EMPTY.match(_text(grid, r, column)) for r in rows if r not in numeric):
        return None
    groups = [r for r in rows if any(_ROMAN.match(_text(grid, r, c)) for c in range(label_column + 1))]
    factor = _money_factor(header)
    parts = [_fig(grid[(r, column)], factor or 1) for r in (groups or rows) if r in numeric]
    if len(parts) < 2:
        return None
    total = _fig(grid[(total_row, column)], factor or 1)
    how = f"column {column + 1} of the table against its total row"
    return make_check("table_sum", total, parts, "đồng" if factor else "", describe(total, parts, how))


def _total_label(table: Table, grid: dict) -> Optional[tuple[int, int]]:
    """(row, column) of the single total label among the first two columns; None if none or several rows."""
    found = [
        (r, c) for r in range(table.rows) for c in range(min(2, table.columns)) if _TOTAL_LABEL.match(_text(grid, r, c))
    ]
    if len({r for r, _ in found}) != 1:
        return None
    return max(found)


def table_sums(tables: list[Table]) -> list[Check]:
    """One check per numeric column of every table that has a single total row."""
    checks: list[Check] = []
    for table in tables:
        grid = {(c.row, c.column): c for c in table.cells}
        label = _total_label(table, grid)
        if label is None:
            continue
        for column in range(label[1] + 1, table.columns):
            check = _column_check(table, grid, label[0], column, label[1])
            if check is not None:
                checks.append(check)
    return checks
