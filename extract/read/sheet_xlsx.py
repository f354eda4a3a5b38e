"""Excel 2007+ `.xlsx` cells with openpyxl (values as last calculated, not formulas): each text
decoded by its cell's font, or by the font of each rich-text run inside it, numbers as shown.
OpenDocument `.ods` is converted to `.xlsx` by LibreOffice first."""

from __future__ import annotations

import datetime
import tempfile
from collections import Counter
from pathlib import Path

from extract.errors import DocumentError
from extract.read.model import RawDocument
from extract.read.office import convert
from extract.read.sheet import Sheet, SheetCell, workbook_document
from extract.read.sheet_numbers import shown_number
from extract.vi.legacy import decode_run, font_encoding


def read_xlsx(path: Path, fmt: str = "xlsx") -> RawDocument:
    """The sheets of an Excel 2007+ workbook."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(str(path), data_only=True, rich_text=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a damaged package
        raise DocumentError(f"unreadable Excel file: {type(error).__name__}: {error}") from error
    legacy: Counter[str] = Counter()
    sheets = []
    for worksheet in book.worksheets:
        cells = {}
        for row in worksheet.iter_rows():
            for cell in row:
                shown = _cell(cell, legacy)
                if shown is not None:
                    cells[(cell.row - 1, cell.column - 1)] = shown
        sheets.append(Sheet(worksheet.title, cells))
    return workbook_document(sheets, fmt, legacy)


def read_ods(path: Path) -> RawDocument:
    """An OpenDocument spreadsheet, through LibreOffice's conversion to `.xlsx`."""
    with tempfile.TemporaryDirectory(prefix="baocao-convert-") as work:
        return read_xlsx(convert(path, "ods", "xlsx", Path(work)), fmt="ods")


def _cell(cell, legacy: Counter[str]) -> SheetCell | None:
    from openpyxl.cell.rich_text import CellRichText

    value = cell.value
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, CellRichText):
        return SheetCell("".join(_decoded(str(block), _run_font(block, cell), legacy) for block in value))
    if isinstance(value, str):
        return SheetCell(_decoded(value, cell.font.name if cell.font else None, legacy))
    if isinstance(value, (int, float)):
        return SheetCell(shown_number(float(value), cell.number_format), number=True)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return SheetCell(value.strftime("%d/%m/%Y"))
    return SheetCell(str(value))


def _run_font(block, cell) -> str | None:
    font = getattr(block, "font", None)
    name = getattr(font, "rFont", None) if font is not None else None
    return name or (cell.font.name if cell.font else None)


def _decoded(text: str, font: str | None, legacy: Counter[str]) -> str:
    encoding = font_encoding(font)
    if encoding:
        legacy[encoding] += len(text)
    return decode_run(text, font)
