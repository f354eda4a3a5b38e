"""Renditions of corpus/ that archives hold: the seed as Word 97 `.doc` and RTF (converted by LibreOffice
from the `.VnTime` Word file, so every run keeps its TCVN3 font), the seed's scan as a multi-page TIFF,
and a small budget form as Excel 97 `.xls` whose totals add up.

The budget form (BUDGET_ROWS) is written here, so its figures are known: each group row (I, II) is
the sum of its numbered rows and the `Tổng cộng` row the sum of the groups, in both money columns;
its unit note `ĐVT: triệu đồng` stands over the figures. Cells mix fonts as real forms do: titles in
a Unicode font, the header typed in VNI, row labels in TCVN3 (`.VnTime`), the signature line in
`.VnTimeH` (capitals); a helper figure stands beside the table, and the workbook's second sheet is
empty. LibreOffice gives the same bytes for the same input, so running it again leaves corpus/ as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from extract.read.office import convert
from extract.vi.legacy import encode_text

TIFF_DPI = 200

# code, label, planned (Dự toán), spent (Thực hiện): millions of đồng
BUDGET_ROWS: list[tuple[str, str, int, int]] = [
    ("", "Tổng cộng", 7440, 7040),
    ("I", "Khuyến công quốc gia", 4100, 3700),
    ("1", "Xây dựng mô hình trình diễn kỹ thuật", 1000, 1000),
    ("2", "Hỗ trợ ứng dụng máy móc thiết bị tiên tiến", 3100, 2700),
    ("II", "Khuyến công địa phương", 3340, 3340),
    ("1", "Hỗ trợ máy móc thiết bị", 2540, 2600),
    ("2", "Đào tạo nghề, truyền nghề", 500, 440),
    ("3", "Hội chợ triển lãm hàng công nghiệp nông thôn", 300, 300),
]
BUDGET_UNIT = "ĐVT: triệu đồng"


def render_word_renditions(vntime_docx: Path, corpus: Path) -> None:
    """corpus/seed_tcvn3.doc and corpus/seed_tcvn3.rtf from the `.VnTime` Word file."""
    for target in ("doc", "rtf"):
        with tempfile.TemporaryDirectory(prefix="baocao-corpus-") as work:
            shutil.copyfile(convert(vntime_docx, "docx", target, Path(work)), corpus / f"seed_tcvn3.{target}")


def render_tiff(scan_pdf: Path, out: Path) -> None:
    """The scanned seed's page images as a multi-page TIFF, one frame per page, at the scan's resolution."""
    document = pdfium.PdfDocument(str(scan_pdf))
    try:
        pages = [_page_image(document[index]) for index in range(len(document))]
    finally:
        document.close()
    pages[0].save(out, format="TIFF", save_all=True, append_images=pages[1:], compression="jpeg", quality=90,
                  dpi=(TIFF_DPI, TIFF_DPI))


def _page_image(page: pdfium.PdfPage) -> Image.Image:
    """The one image a scanned page holds, as its pixels."""
    [image] = page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))
    return image.get_bitmap().to_pil().convert("L")


def render_budget_xls(out: Path) -> None:
    """The budget form as `.xls` (written as `.xlsx` by openpyxl, saved as Excel 97 by LibreOffice)."""
    with tempfile.TemporaryDirectory(prefix="baocao-corpus-") as work:
        xlsx = Path(work) / "budget.xlsx"
        _budget_workbook().save(xlsx)
        shutil.copyfile(convert(xlsx, "xlsx", "xls", Path(work)), out)


def _budget_workbook():
    import openpyxl
    from openpyxl.styles import Font

    def put(sheet, cell: str, text, font: str = "Times New Roman", encoding: str | None = None) -> None:
        sheet[cell] = encode_text(text, encoding) if encoding and isinstance(text, str) else text
        sheet[cell].font = Font(name=font, size=12)
        if isinstance(text, int):
            sheet[cell].number_format = "#,##0"

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Biểu 01"
    put(sheet, "A1", "UBND TỈNH TUYÊN QUANG")
    put(sheet, "A2", "SỞ CÔNG THƯƠNG")
    put(sheet, "E1", "Biểu số 01")
    put(sheet, "A4", "KINH PHÍ KHUYẾN CÔNG NĂM 2023")
    put(sheet, "D6", BUDGET_UNIT, "VNI-Times", "vni")
    for column, title in zip("ABCDE", ("STT", "Nội dung", "Dự toán", "Thực hiện", "Ghi chú")):
        put(sheet, f"{column}7", title, "VNI-Times", "vni")
    for row, (code, label, planned, spent) in enumerate(BUDGET_ROWS, start=8):
        if code:
            put(sheet, f"A{row}", code, ".VnTime", "tcvn3")
        put(sheet, f"B{row}", label, ".VnTime", "tcvn3")
        put(sheet, f"C{row}", planned)
        put(sheet, f"D{row}", spent)
    put(sheet, "G8", BUDGET_ROWS[0][2] - BUDGET_ROWS[0][3])  # a helper figure beside the table
    footer = 8 + len(BUDGET_ROWS) + 1
    put(sheet, f"B{footer}", "Người lập biểu", ".VnTime", "tcvn3")
    put(sheet, f"D{footer}", "giám đốc", ".VnTimeH", "tcvn3")  # an upper-case font: shown as GIÁM ĐỐC
    book.create_sheet("Sheet2")
    return book
