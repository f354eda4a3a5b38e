"""Which cells of a table are amounts of money, in which unit, and what each pays for.

The header is the table's leading rows, up to the first row holding a figure or a row number (`1.`,
`2.1.`, `I`, `a`); a numbering row under it (`1 | 2 | 3`, `(A) | (B) | (1)`) is header too. A
column's name is its header cells top to bottom. An empty header cell that has header text below it
is covered by a merged cell on its left and takes that cell's text: `Kinh phí (triệu đồng)` spread
over `Kế hoạch 2025 | Thực hiện` names both.

A figure (a cell that is only a number) is an amount in the first of these units that applies:
1. the unit its column's name gives, in brackets or after `ĐVT:` (`Kinh phí (triệu đồng)`, `(Tỷ
   VNĐ)`), when it names a currency or the name speaks of money; else, when the name speaks of money
   (`Kinh phí`, `Thành tiền`, `Đơn giá`), the table's unit note: `ĐVT: triệu đồng` closing one of
   the two paragraphs above the table, or filling a header cell;
2. the row's cell in the unit column (header `Đơn vị tính`, `ĐVT` or `Đơn vị`) when the figure
   stands right of it and the cell is filled: money when it is a money unit (`Triệu đồng`, `VNĐ`,
   `Tr.đ`), not money otherwise (`Người`, `%`, `Hồ sơ`, `Sở Tài chính`);
3. the table's unit note, when the column's name is a planned or achieved figure (`Kế hoạch 2025`,
   `Thực hiện`, `Lũy kế`, `Tổng số`).
Columns of rates, comparisons, years, counts, notes and row numbers (`Tỷ lệ (%)`, `So sánh`,
`Năm`, `Số lượng`, `Ghi chú`, `STT`) never hold money unless their own header cell names a money
unit (`Giá bình quân (triệu đồng)`).

Purpose: the row's label (its first cell naming something, the unit cell aside), and where the table
has several money columns, the column's own name after it (`Tập huấn — Kế hoạch 2025`); the
column's name alone when the row has no label.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from extract.normalise.document import CellSpan, NormalisedDocument, TableSpan
from extract.parse.money_units import FLAGS, HAS_CURRENCY, MULTIPLIER, UNIT, is_money_unit
from extract.vi.numbers import NUMBER, YEAR


def _words(alternatives: str) -> str:
    """A pattern matching one of `alternatives` as whole words."""
    return rf"(?<!\p{{L}})(?:{alternatives})(?!\p{{L}})"


_NOTE_WORD = r"(?:đvt|đơn vị tính|đơn vị)"
_UNIT_HEADER = regex.compile(rf"\s*{_NOTE_WORD}\s*[.:]?\s*", FLAGS)
_TABLE_UNIT = rf"(?:{MULTIPLIER})?{UNIT}"
_NOTE = regex.compile(rf"\(?\s*{_NOTE_WORD}\s*:\s*(?P<unit>{_TABLE_UNIT})\s*\)?\s*[.;]?\s*$", FLAGS)
_WHOLE_NOTE = regex.compile(rf"\s*\(?\s*{_NOTE_WORD}\s*:\s*(?P<unit>{_TABLE_UNIT})\s*\)?\s*", FLAGS)
_HEADER_UNIT = regex.compile(
    rf"\(\s*(?:{_NOTE_WORD}\s*:\s*)?(?P<unit>{_TABLE_UNIT})\s*\)|{_NOTE_WORD}\s*:\s*(?P<unit>{_TABLE_UNIT})", FLAGS
)
_MONEY_NAME = regex.compile(
    _words(r"kinh phí|vốn|tiền|dự toán|giá trị|ngân sách|tổng mức|chi phí|giải ngân|đơn giá|doanh thu"),
    FLAGS,
)
_FIGURE_NAME = regex.compile(
    _words(r"kế hoạch|thực hiện|ước|lũy kế|quyết toán|được giao|năm \d{4}|\d{4}|tổng|tổng số|tổng cộng|cộng"
           r"|nstw|nsđp|nsnn"),
    FLAGS,
)
_NOT_MONEY = regex.compile(
    r"%|" + _words(r"tỷ lệ|tỉ lệ|so sánh|bình quân|số lượng|thời gian|ghi chú|mã số|stt|tt|số tt|số thứ tự")
    + r"|^\s*năm(?!\s*\d)",
    FLAGS,
)
_FIGURE = regex.compile(rf"\s*(?P<num>{NUMBER})\s*")
_YEAR = regex.compile(rf"\s*{YEAR}\s*")
_ROW_NUMBER = regex.compile(r"\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.?|[a-zđ][.)]?|[A-Z]\.?|\(\d+\))\s*")
_NUMBERING_CELL = regex.compile(r"\s*\(?(?P<mark>\d{1,2}|[A-Z])\)?(?:\s*=\s*[\d()+\-*/x ]+)?\s*")
_LABEL = regex.compile(r"\p{L}{2,}")
_ROMAN = regex.compile(r"[IVXLC]+\.?")


@dataclass(frozen=True)
class MoneyCell:
    """A figure of a table that is an amount: where its number is, its unit, what it pays for."""

    start: int
    end: int
    unit: str
    purpose: Optional[str]


@dataclass(frozen=True)
class _Column:
    """How a column's figures get their unit: a fixed unit, the row's unit cell, or the table's note."""

    name: str
    fixed: Optional[str] = None
    by_row: bool = False
    note: Optional[str] = None


def _text(doc: NormalisedDocument, cell: Optional[CellSpan]) -> str:
    return doc.text[cell.start : cell.end].strip() if cell else ""


def _key(doc: NormalisedDocument, cell: Optional[CellSpan]) -> str:
    return doc.key[cell.start : cell.end] if cell else ""


def _is_numbering(doc: NormalisedDocument, cells: list[CellSpan]) -> bool:
    """Whether the row only numbers the columns: `A | B | 1 | 2 | 3=1+2`, `(1) | (2) | (3)`: three marks
    or more, the numbers counting up by one from 1, the letters from A."""
    marks = []
    for cell in sorted(cells, key=lambda c: c.column):
        if not doc.key[cell.start : cell.end].strip():
            continue
        match = _NUMBERING_CELL.fullmatch(doc.key, cell.start, cell.end)
        if match is None:
            return False
        marks.append(match.group("mark"))
    runs = [[int(m) for m in marks if m.isdigit()], [ord(m) for m in marks if not m.isdigit()]]
    starts = (1, ord("A"))
    return len(marks) >= 3 and all(
        not run or (run[0] == start and all(b == a + 1 for a, b in zip(run, run[1:])))
        for run, start in zip(runs, starts)
    )


def _header_rows(doc: NormalisedDocument, rows: list[list[CellSpan]]) -> int:
    """How many leading rows make the header (see the module doc)."""
    for index, cells in enumerate(rows):
        if index and _is_numbering(doc, cells):
            continue
        first = min(cells, key=lambda c: c.column, default=None)
        figures = [c for c in cells if _FIGURE.fullmatch(doc.key, c.start, c.end)]
        if any(not _YEAR.fullmatch(doc.key, c.start, c.end) for c in figures) or (
            first is not None and _ROW_NUMBER.fullmatch(doc.key, first.start, first.end)
        ):
            return index
    return len(rows)


def _header_cells(doc: NormalisedDocument, grid: dict, names: list[int], column: int) -> tuple[list, list]:
    """(cells covering the column from a merge on the left, the column's own cells) in the header
    rows `names`, top to bottom."""
    inherited, own = [], []
    for index, row in enumerate(names):
        cell = grid.get((row, column))
        if _text(doc, cell):
            own.append(cell)
            continue
        if not any(_text(doc, grid.get((below, column))) for below in names[index + 1 :]):
            continue
        left = next((grid[(row, c)] for c in range(column - 1, -1, -1) if _text(doc, grid.get((row, c)))), None)
        if left is not None:
            inherited.append(left)
    return inherited, own


@dataclass(frozen=True)
class UnitNote:
    """A unit note (`ĐVT: 1000 đồng`): where it stands, without the white space around it, and its unit."""

    start: int
    end: int
    unit: str


def _note_at(doc: NormalisedDocument, match: regex.Match) -> UnitNote:
    """The note `match` found, trimmed of the white space it took in."""
    text = doc.text[match.start() : match.end()]
    start = match.start() + len(text) - len(text.lstrip())
    return UnitNote(start, match.start() + len(text.rstrip()), doc.text[match.start("unit") : match.end("unit")])


def _notes(doc: NormalisedDocument, table: TableSpan, header_cells: list[CellSpan]) -> list[UnitNote]:
    """The table's unit notes, the one that applies first: header cells that are only `ĐVT: ...`, then
    the ends of the two paragraphs just above, nearest first."""
    notes = [_note_at(doc, match) for cell in header_cells
             if (match := _WHOLE_NOTE.fullmatch(doc.key, cell.start, cell.end))]
    above = [p for p in doc.paragraphs if p.end <= table.start][-2:]
    notes += [_note_at(doc, match) for paragraph in reversed(above)
              if (match := _NOTE.search(doc.key, paragraph.start, paragraph.end))]
    return notes


def unit_notes(doc: NormalisedDocument, table: TableSpan) -> list[UnitNote]:
    """Every unit note that speaks of `table`, the one its figures take first (`_notes`); on a spreadsheet,
    then every other cell of the sheet that is only a unit note (a sheet holds one table)."""
    rows = _table_rows(table)
    notes = _notes(doc, table, _header(doc, rows)[2])
    if table.sheet is not None:
        seen = {note.start for note in notes}
        for place in doc.cell_places:
            match = _WHOLE_NOTE.fullmatch(doc.key, place.start, place.end)
            if place.sheet == table.sheet and match:
                note = _note_at(doc, match)
                if note.start not in seen:
                    notes.append(note)
    return notes


def _column(doc: NormalisedDocument, inherited: list, own: list, unit_column: Optional[int], column: int,
            note: Optional[str]) -> Optional[_Column]:
    """How the column's figures get their unit; None when they are not money (module doc, rules 1-3)."""
    names = [
        _HEADER_UNIT.sub("", _text(doc, c)).strip() for c in own if not _WHOLE_NOTE.fullmatch(doc.key, c.start, c.end)
    ]
    name = next((n for n in reversed(names) if n), "")
    full = " ".join(_key(doc, c) for c in [*inherited, *own])
    own_key = " ".join(_key(doc, c) for c in own)
    for cell in [*reversed(own), *reversed(inherited)]:
        if _WHOLE_NOTE.fullmatch(doc.key, cell.start, cell.end):
            continue
        found = _HEADER_UNIT.search(doc.key, cell.start, cell.end)
        if found and (HAS_CURRENCY.search(found.group("unit")) or _MONEY_NAME.search(full)):
            if cell in inherited and _NOT_MONEY.search(own_key):
                return None
            unit = doc.text[found.start("unit") : found.end("unit")]
            return _Column(name, fixed=unit)
    if column == unit_column or _NOT_MONEY.search(own_key) or _UNIT_HEADER.fullmatch(own_key):
        return None
    if note and _MONEY_NAME.search(full):
        return _Column(name, fixed=note)
    named = note if note and _FIGURE_NAME.search(full) else None
    by_row = unit_column is not None and column > unit_column
    return _Column(name, by_row=by_row, note=named) if by_row or named else None


def _label(
    doc: NormalisedDocument, cells: list[CellSpan], exclude: int, unit_column: Optional[int] = None
) -> Optional[str]:
    """The first cell of the row that names something (letters, not only a number or an `a`, `II`),
    other than the cell at offset `exclude` and the row's unit."""
    for cell in sorted(cells, key=lambda c: c.column):
        text = _text(doc, cell)
        if cell.start <= exclude <= cell.end or cell.column == unit_column:
            continue
        if _LABEL.search(text) and not _ROMAN.fullmatch(text):
            return text
    return None


def _table_rows(table: TableSpan) -> list[list[CellSpan]]:
    rows: list[list[CellSpan]] = [[] for _ in range(table.rows)]
    for cell in table.cells:
        rows[cell.row].append(cell)
    return rows


def _header(doc: NormalisedDocument, rows: list[list[CellSpan]]) -> tuple[int, list[int], list[CellSpan]]:
    """(how many leading rows are header, those of them that name columns, their cells): numbering rows aside."""
    header = _header_rows(doc, rows)
    names = [index for index in range(header) if not _is_numbering(doc, rows[index])]
    return header, names, [c for index in names for c in rows[index]]


def row_label_at(doc: NormalisedDocument, offset: int) -> Optional[str]:
    """The label of the table row holding `offset`, None outside tables."""
    for table in doc.tables:
        if table.start <= offset <= table.end:
            row = next((c.row for c in table.cells if c.start <= offset <= c.end), None)
            return None if row is None else _label(doc, [c for c in table.cells if c.row == row], offset)
    return None


def money_cells(doc: NormalisedDocument, table: TableSpan) -> Iterator[MoneyCell]:
    """The figures of `table` that are amounts of money, row by row."""
    rows = _table_rows(table)
    grid = {(c.row, c.column): c for c in table.cells}
    header, names, header_cells = _header(doc, rows)
    unit_column = next((c.column for c in header_cells if _UNIT_HEADER.fullmatch(doc.key, c.start, c.end)), None)
    notes = _notes(doc, table, header_cells)
    note = notes[0].unit if notes else None
    columns = {}
    for index in range(table.columns):
        column = _column(doc, *_header_cells(doc, grid, names, index), unit_column, index, note)
        if column is not None:
            columns[index] = column
    for cells in rows[header:]:
        if _is_numbering(doc, cells):  # repeated under a header repeated on a new page
            continue
        unit_cell = grid.get((cells[0].row, unit_column)) if cells and unit_column is not None else None
        row_unit = _text(doc, unit_cell)
        for cell in cells:
            column = columns.get(cell.column)
            match = _FIGURE.fullmatch(doc.key, cell.start, cell.end)
            if column is None or match is None:
                continue
            from_row = column.fixed is None and column.by_row and bool(row_unit)
            if from_row and not is_money_unit(_key(doc, unit_cell)):
                continue
            unit = column.fixed or (row_unit if from_row else column.note)
            if unit is None:
                continue
            label = _label(doc, cells, match.start("num"), unit_column)
            purpose = f"{label} — {column.name}" if len(columns) > 1 and column.name and label else label
            yield MoneyCell(match.start("num"), match.end("num"), unit, purpose or column.name or None)
