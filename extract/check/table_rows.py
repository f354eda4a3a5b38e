"""The structure of a table's rows: header rows, the outline label of each body row, and its tree.

Reports number their rows in outline form: ``A``/``B`` above ``I``/``II`` above ``1``/``2`` above ``a``/``b``
above bullets (``-``, ``_``, ``+``), or decimally (``1.``, ``1.1.``, ``1.1.1.``). The label stands in
the first column (``STT``/``TT``), or — where that cell is empty — as the bullet opening the row's
text. A row's parent is the nearest row above it of a style met earlier: a new style nests, a style
already open closes what was opened after it. The order of styles is read from the table itself, so
``I`` over ``1`` and ``1`` over ``a`` need no fixed ranking. Rows without a label are leaves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional

import regex

from extract.vi.tones import fold_tones
from schemas.models import Table, TableCell

_NUMBER = regex.compile(r"^\s*(-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s*$")
_ROMAN = regex.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})\.?$")
_UPPER = regex.compile(r"^[A-Z]\.?$")
_LOWER = regex.compile(r"^[a-zđ][.)]?$")
_DECIMAL = regex.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?$")
_BULLET = regex.compile(r"^\s*([-–_+*•])\s*(?=\p{L})")
_LABEL_HEADER = regex.compile(r"^\s*(?:số\s+)?(?:stt|tt|thứ\s+tự|mã\s+số)\s*$", regex.IGNORECASE)
TOTAL_LABEL = regex.compile(r"^\s*(?:tổng\s+cộng|tổng\s+số|tổng|cộng)\s*(?:\(.*\))?\s*:?\s*$", regex.IGNORECASE)
_UNIT_HEADER = regex.compile(r"đơn\s+vị\s+tính|(?<!\p{L})đvt(?!\p{L})", regex.IGNORECASE)


def parse_number(text: str) -> Optional[tuple[Decimal, Decimal]]:
    """A cell's number written the Vietnamese way (`1.234,5`) and its last digit's unit; None otherwise."""
    match = _NUMBER.match(text)
    if not match:
        return None
    number = match.group(1).replace(".", "")
    integer, _, decimals = number.partition(",")
    return Decimal(f"{integer}.{decimals}" if decimals else integer), Decimal(1).scaleb(-len(decimals))


def outline_style(label: str) -> Optional[str]:
    """The numbering style of a row label: 'roman', 'upper', 'dec1', 'dec2' ..., 'lower', 'bullet-'; None if none."""
    text = label.strip()
    if not text:
        return None
    if _ROMAN.match(text) and text.rstrip("."):
        return "roman"
    if _UPPER.match(text):
        return "upper"
    match = _DECIMAL.match(text)
    if match:
        return f"dec{match.group(1).count('.') + 1}"
    if _LOWER.match(text):
        return "lower"
    bullet = _BULLET.match(text)
    if bullet and bullet.end() == len(text.rstrip()) or text in "-–_+*•":
        return "bullet" + ("-" if text[0] in "-–" else text[0])
    return None


@dataclass
class Row:
    """One body row: its index, outline style, text label, unit, and its place in the tree."""

    index: int
    style: Optional[str]
    label: str
    unit: str
    total: bool = False
    parent: Optional[int] = None
    children: list[int] = field(default_factory=list)


@dataclass
class Layout:
    """A table read as rows: the grid, the header rows, the label/description/unit columns, the body rows."""

    table: Table
    grid: dict[tuple[int, int], TableCell]
    header_rows: list[int]
    label_column: Optional[int]
    text_column: int
    unit_column: Optional[int]
    rows: dict[int, Row]

    def text(self, row: int, column: int) -> str:
        cell = self.grid.get((row, column))
        return cell.text if cell is not None else ""

    def header(self, column: int) -> str:
        """The folded header text of a column, over every header row."""
        return " ".join(fold_tones(self.text(r, column)) for r in self.header_rows)


def _numbers_columns(grid: dict, row: int, columns: int) -> bool:
    """Whether a row numbers the columns (`1 | 2 | 3`, often under the header) rather than holding data."""
    texts = [grid[(row, c)].text.strip() for c in range(columns) if (row, c) in grid and grid[(row, c)].text.strip()]
    numbers = [parse_number(text) for text in texts if not _UPPER.match(text)]
    if len(numbers) < 2 or None in numbers:
        return False
    return all(b[0] == a[0] + 1 for a, b in zip(numbers, numbers[1:]))


def _first_body_row(table: Table, grid: dict) -> int:
    """The first row holding a number outside the first column (rows above are headers)."""
    for row in range(table.rows):
        if _numbers_columns(grid, row, table.columns):
            continue
        if any(parse_number(grid[(row, c)].text) for c in range(1, table.columns) if (row, c) in grid):
            return row
        label = outline_style(grid[(row, 0)].text) if (row, 0) in grid else None
        if label and not label.startswith("bullet") and any((row, c) in grid for c in range(1, table.columns)):
            return row
    return table.rows


def _label_column(layout_rows: range, grid: dict, header: str) -> bool:
    """Whether the first column holds row labels: headed STT/TT, or mostly outline labels."""
    if _LABEL_HEADER.match(header):
        return True
    labels = [grid[(r, 0)].text for r in layout_rows if (r, 0) in grid and grid[(r, 0)].text.strip()]
    styled = [text for text in labels if outline_style(text) and not outline_style(text).startswith("bullet")]
    return bool(labels) and len(styled) * 2 > len(labels)


def _deeper_decimal(open_style: Optional[str], style: Optional[str]) -> bool:
    """Whether an open decimal level (``dec3``) is closed by a shallower one (``dec2``): ``1.2.3`` then ``1.3``."""
    if not (open_style and style and open_style.startswith("dec") and style.startswith("dec")):
        return False
    return int(open_style[3:]) >= int(style[3:])


def _link(rows: dict[int, Row]) -> None:
    """Parents and children from the outline styles (see the module docstring)."""
    stack: list[Row] = []
    for row in rows.values():
        if row.total:
            stack.clear()
            continue
        if row.style is None:
            if stack:
                row.parent = stack[-1].index
            continue
        styles = [r.style for r in stack]
        closing = [i for i, style in enumerate(styles) if style == row.style or _deeper_decimal(style, row.style)]
        if closing:
            del stack[closing[0] :]
        row.parent = stack[-1].index if stack else None
        stack.append(row)
    for row in rows.values():
        if row.parent is not None:
            rows[row.parent].children.append(row.index)


def _is_text(grid: dict, first: int, rows: int, column: int) -> bool:
    """Whether a column's body holds words (a unit column), not numbers (``ĐVT: 1000 đồng`` over values)."""
    texts = [grid[(r, column)].text for r in range(first, rows) if (r, column) in grid and grid[(r, column)].text.strip()]
    return sum(parse_number(t) is None for t in texts) * 2 > len(texts)


def layout(table: Table) -> Layout:
    """The table's rows as a tree (see the module docstring)."""
    grid = {(c.row, c.column): c for c in table.cells}
    first = _first_body_row(table, grid)
    header_rows = list(range(first))
    head = [" ".join(grid[(r, c)].text for r in header_rows if (r, c) in grid) for c in range(table.columns)]
    has_labels = table.columns > 2 and _label_column(range(first, table.rows), grid, head[0])
    label_column = 0 if has_labels else None
    text_column = 1 if has_labels else 0
    unit_column = next(
        (c for c in range(text_column + 1, table.columns) if _UNIT_HEADER.search(head[c]) and _is_text(grid, first, table.rows, c)),
        None,
    )
    rows: dict[int, Row] = {}
    for r in range(first, table.rows):
        label = grid[(r, label_column)].text if label_column is not None and (r, label_column) in grid else ""
        text = grid[(r, text_column)].text if (r, text_column) in grid else ""
        style = outline_style(label)
        if style is None and not label.strip():
            bullet = _BULLET.match(text)
            style = ("bullet" + ("-" if bullet.group(1) in "-–" else bullet.group(1))) if bullet else None
        unit = grid[(r, unit_column)].text if unit_column is not None and (r, unit_column) in grid else ""
        total = any(TOTAL_LABEL.match(grid[(r, c)].text) for c in range(min(2, table.columns)) if (r, c) in grid)
        rows[r] = Row(r, None if total else style, text, unit, total)
    _link(rows)
    return Layout(table, grid, header_rows, label_column, text_column, unit_column, rows)
