"""Table totals and group rows against the rows they cover, and ``Tỷ lệ`` rows against their pair.

The table's rows are read as an outline (table_rows.py). Checked, column by column:

- a total row (its label cell reads ``Tổng``, ``Tổng cộng``, ``Tổng số`` or ``Cộng``, optionally with a
  bracket note), when it is the only one: against the top-level rows of the table;
- a group row with a number (``A``, ``I``, ``1``, ``1.4``, ``a`` ...) against its direct sub-rows, when at
  least two of them hold numbers and the rest are empty;
- a ``Tổng số ...`` row without sub-rows against the sibling rows after it, up to the next total or
  rate row (``2.1. Tổng số đơn vị`` over ``2.2. ... 2.6.``);
- a rate row (``Tỷ lệ ...`` or unit ``%``) whose two sub-rows hold its part and whole (the whole is
  the ``Tổng số`` one, else the larger): a ``rate`` check.

Not summed: rate rows and columns (``%``, ``tỷ lệ``, ``bình quân``), a group whose sub-rows include a
total or a rate row (they are not its shares), sub-rows in another unit than the group (unit column),
rows whose unit is a code (``Có = 1; Không = 0``), columns with text among the numbers. A money unit
(``triệu đồng``, ``Tỷ VNĐ``, ``1000 đồng`` ...) in the column's header, a unit note of the table
(``ĐVT: 1000 đồng``) or the row's unit cell converts the figures to whole đồng.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator, Optional

import regex

from extract.check.figures import Fig, describe, make_check
from extract.check.rates import rate_check
from extract.check.table_rows import TOTAL_LABEL, Layout, layout, parse_number
from extract.vi.tones import fold_tones
from schemas.models import Check, Table

__all__ = ["parse_number", "table_sums"]

_TOTAL_ROW = regex.compile(r"^\s*(?:[-+]\s*)?tổng(?:\s+số|\s+cộng)?(?!\s+(?:hợp|kết|thể|quan)(?!\p{L}))(?!\p{L})", regex.IGNORECASE)
_RATE = regex.compile(r"%|tỷ\s+lệ|tỉ\s+lệ|bình\s+quân", regex.IGNORECASE)
_CODE_UNIT = regex.compile(r"=")
_EMPTY = regex.compile(r"^\s*[-–…./]*\s*$")
_MONEY_UNITS = (
    (regex.compile(r"(?:tỷ|tỉ)\s*(?:đồng|vnđ|vnd)", regex.IGNORECASE), 10**9),
    (regex.compile(r"triệu\s*(?:đồng|vnđ|vnd)", regex.IGNORECASE), 10**6),
    (regex.compile(r"(?:nghìn|ngàn|1\.?000)\s*(?:đồng|vnđ|vnd)", regex.IGNORECASE), 10**3),
    (regex.compile(r"(?<!\p{L})(?:đồng|vnđ|vnd)(?!\p{L})", regex.IGNORECASE), 1),
)
_UNIT_NOTE = regex.compile(r"(?:đvt|đơn\s+vị\s+tính|đơn\s+vị)\s*:\s*(.+)", regex.IGNORECASE)


def _money_factor(text: str) -> Optional[int]:
    for pattern, factor in _MONEY_UNITS:
        if pattern.search(text):
            return factor
    return None


def _unit_note(table: Table) -> str:
    """The table's own unit note (``ĐVT: 1000 đồng``) in any cell, '' if none."""
    for cell in table.cells:
        match = _UNIT_NOTE.search(cell.text)
        if match and _money_factor(match.group(1)):
            return match.group(1)
    return ""


class _Column:
    """One column of numbers: its figures by row, in đồng where its unit is money."""

    def __init__(self, rows: Layout, column: int, note: str) -> None:
        self.rows, self.column = rows, column
        header = rows.header(column)
        self.is_rate = bool(_RATE.search(header))
        self.factor = _money_factor(header) or _money_factor(note)

    def factor_of(self, row: int) -> Optional[int]:
        unit = self.rows.rows[row].unit if row in self.rows.rows else ""
        return _money_factor(unit) or self.factor

    def fig(self, row: int) -> Optional[Fig]:
        cell = self.rows.grid.get((row, self.column))
        parsed = parse_number(cell.text) if cell is not None else None
        if parsed is None:
            return None
        factor = self.factor_of(row) or 1
        return Fig(parsed[0] * factor, parsed[1] * factor / 2, cell.page, cell.start, cell.end, cell.text)

    def empty(self, row: int) -> bool:
        return bool(_EMPTY.match(self.rows.text(row, self.column)))

    def unit(self, rows: list[int]) -> str:
        return "đồng" if any(self.factor_of(r) for r in rows) else ""


def _is_rate_row(rows: Layout, row: int) -> bool:
    item = rows.rows[row]
    return bool(regex.match(r"\s*(?:tỷ|tỉ)\s+lệ", item.label, regex.IGNORECASE)) or item.unit.strip() == "%"


def _is_total_row(rows: Layout, row: int) -> bool:
    return bool(_TOTAL_ROW.match(rows.rows[row].label))


def _same_unit(rows: Layout, group: int, parts: list[int]) -> bool:
    """Whether the parts are counted in the group's unit (a group without a unit takes its parts')."""
    unit = fold_tones(rows.rows[group].unit).strip().casefold()
    if _CODE_UNIT.search(unit) or any(_CODE_UNIT.search(rows.rows[p].unit) for p in parts):
        return False
    units = {fold_tones(rows.rows[p].unit).strip().casefold() for p in parts} - {""}
    return not unit or units <= {unit}


def _sum(col: _Column, total_row: int, part_rows: list[int], how: str) -> Optional[Check]:
    """A sum check of one column: at least two parts with numbers, the others empty."""
    total = col.fig(total_row)
    if total is None or any(col.fig(r) is None and not col.empty(r) for r in part_rows):
        return None
    parts = [f for f in (col.fig(r) for r in part_rows) if f is not None]
    if len(parts) < 2:
        return None
    return make_check("table_sum", total, parts, col.unit([total_row, *part_rows]), describe(total, parts, how))


def _total_label_row(rows: Layout) -> Optional[tuple[int, int]]:
    """(row, column) of the single total label among the first two columns; None if none or several rows."""
    found = [(r, c) for r in rows.rows for c in range(min(2, rows.table.columns)) if TOTAL_LABEL.match(rows.text(r, c))]
    if len({r for r, _ in found}) != 1:
        return None
    return max(found)


def _group_checks(rows: Layout, col: _Column) -> Iterator[Check]:
    for index, row in rows.rows.items():
        if col.fig(index) is None:
            continue
        if _is_rate_row(rows, index):
            check = _rate(rows, col, index)
        elif row.children:
            children = row.children
            if any(_is_rate_row(rows, c) or _is_total_row(rows, c) for c in children):
                continue
            if not _same_unit(rows, index, children):
                continue
            check = _sum(col, index, children, f"row {row.label[:40]!r} against its sub-rows, column {col.column + 1}")
        elif _is_total_row(rows, index):
            check = _siblings(rows, col, index)
        else:
            continue
        if check is not None:
            yield check


def _siblings(rows: Layout, col: _Column, index: int) -> Optional[Check]:
    """A 'Tổng số' row without sub-rows, first of its level, against the siblings after it (none under a rate row)."""
    parent = rows.rows[index].parent
    if parent is not None and _is_rate_row(rows, parent):
        return None
    siblings = [r for r in rows.rows if rows.rows[r].parent == parent and rows.rows[r].style]
    if not siblings or siblings[0] != index:
        return None  # only the first row of its level opens a breakdown of the rows after it
    siblings = siblings[1:]
    parts = []
    for sibling in siblings:
        if _is_total_row(rows, sibling) or _is_rate_row(rows, sibling):
            break
        parts.append(sibling)
    if not _same_unit(rows, index, parts):
        return None
    how = f"row {rows.rows[index].label[:40]!r} against the rows after it, column {col.column + 1}"
    return _sum(col, index, parts, how)


def _rate(rows: Layout, col: _Column, index: int) -> Optional[Check]:
    """A rate row against its two sub-rows: the part over the whole."""
    children = rows.rows[index].children
    figs = [(c, col.fig(c)) for c in children]
    if len(children) != 2 or any(f is None for _, f in figs) or any(_is_rate_row(rows, c) for c in children):
        return None
    totals = [i for i, (c, _) in enumerate(figs) if _is_total_row(rows, c)]
    whole_at = totals[0] if len(totals) == 1 else max(range(2), key=lambda i: figs[i][1].value)
    whole, part = figs[whole_at][1], figs[1 - whole_at][1]
    stated = col.fig(index)
    stated = Fig(stated.value / (col.factor_of(index) or 1), Decimal(0), stated.page, stated.start, stated.end, stated.text)
    how = f"rate row {rows.rows[index].label[:40]!r} over its two sub-rows, column {col.column + 1}"
    return rate_check("rate", stated, part, whole, how)


def table_sums(tables: list[Table]) -> list[Check]:
    """Every total, group and rate row of every table, column by column (see the module docstring)."""
    checks: list[Check] = []
    for table in tables:
        rows = layout(table)
        note = _unit_note(table)
        total = _total_label_row(rows)
        for column in range(1, table.columns):
            if column in (rows.label_column, rows.text_column, rows.unit_column):
                continue
            col = _Column(rows, column, note)
            if total is not None and column > total[1]:
                top = [r for r in rows.rows if rows.rows[r].parent is None and r != total[0]]
                check = None if col.is_rate else _sum(col, total[0], top, f"column {column + 1} of the table against its total row")
                if check is not None:
                    checks.append(check)
            if not col.is_rate:
                checks.extend(_group_checks(rows, col))
    return checks
