"""Excel 97-2003 `.xls` cells with xlrd: each text decoded by its cell's font, or by the font of each
rich-text run inside it (a legacy VNI or TCVN3 font says which table applies), numbers as shown."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from extract.errors import DocumentError
from extract.read.model import RawDocument
from extract.read.sheet import Sheet, SheetCell, workbook_document
from extract.read.sheet_numbers import shown_number
from extract.vi.legacy import decode_run, font_encoding


def read_xls(path: Path) -> RawDocument:
    """The sheets of an Excel 97-2003 workbook."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except xlrd.XLRDError as error:
        raise DocumentError(f"unreadable Excel 97-2003 file: {error}") from error
    legacy: Counter[str] = Counter()
    sheets = []
    for index in range(book.nsheets):
        sheet = book.sheet_by_index(index)
        cells = {}
        for row in range(sheet.nrows):
            for column in range(sheet.ncols):
                cell = _cell(book, sheet, row, column, legacy)
                if cell is not None:
                    cells[(row, column)] = cell
        sheets.append(Sheet(sheet.name, cells))
        book.unload_sheet(index)
    return workbook_document(sheets, "xls", legacy)


def _cell(book, sheet, row: int, column: int, legacy: Counter[str]) -> SheetCell | None:
    import xlrd

    cell = sheet.cell(row, column)
    xf = book.xf_list[cell.xf_index]
    if cell.ctype == xlrd.XL_CELL_TEXT:
        runs = sheet.rich_text_runlist_map.get((row, column)) or [(0, xf.font_index)]
        return SheetCell(_decoded(book, cell.value, runs, legacy))
    if cell.ctype == xlrd.XL_CELL_NUMBER:
        return SheetCell(shown_number(cell.value, book.format_map[xf.format_key].format_str), number=True)
    if cell.ctype == xlrd.XL_CELL_DATE:
        year, month, day, *_ = xlrd.xldate_as_tuple(cell.value, book.datemode)
        return SheetCell(f"{day:02d}/{month:02d}/{year}")
    return None  # empty, blank, boolean, error


def _decoded(book, text: str, runs: list[tuple[int, int]], legacy: Counter[str]) -> str:
    """`text` decoded run by run: (offset, font index) pairs, as xlrd gives a rich-text cell."""
    if runs[0][0] != 0:
        runs = [(0, runs[0][1]), *runs]
    parts = []
    for (start, font_index), (end, _) in zip(runs, [*runs[1:], (len(text), 0)]):
        font = book.font_list[font_index].name
        encoding = font_encoding(font)
        if encoding:
            legacy[encoding] += end - start
        parts.append(decode_run(text[start:end], font))
    return "".join(parts)
