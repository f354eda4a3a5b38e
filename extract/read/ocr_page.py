"""Recognition of one page, run inside an OCR worker process (see ocr_pool).

Only what a page needs is imported here, so that the workers' forkserver preloads little: the page
image (ocr_image), Tesseract's hOCR (ocr_hocr), the ruled tables (ocr_tables) whose cells are read
apart from the page (ocr_cells), and the lines built from the other words (ocr_lines).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
from PIL import Image

from extract.read.model import RawPage
from extract.read.ocr_cells import read_cells, with_cell_words
from extract.read.ocr_hocr import hocr_data
from extract.read.ocr_image import page_image
from extract.read.ocr_lines import raw_lines
from extract.read.ocr_markers import MarkerReader
from extract.read.ocr_tables import find_ruled_grids, table_words, with_tables

LANGUAGE = "vie"
_CHARACTER_BOXES = "-c hocr_char_boxes=1"


def ocr_pdf_page(task: tuple[Path, int]) -> RawPage:
    """Recognise the 1-based page `number` of the PDF at `path` (task = (path, number))."""
    path, number = task
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[number - 1]
        width, height = page.get_size()
        image, dpi = page_image(page)
    finally:
        document.close()
    return ocr_image(image, dpi, number, width, height)


def ocr_image(image: Image.Image, dpi: float, number: int, width: float, height: float) -> RawPage:
    """The RawPage (ocr=True, with confidence) Tesseract reads from a prepared page image at `dpi`;
    `width` and `height` are the page's size in points. The cells of ruled tables are read apart
    from the rest of the page (see ocr_cells)."""
    grids = find_ruled_grids(image, dpi)
    data = recognise(image, _CHARACTER_BOXES)
    cells = read_cells(image, grids, dpi, recognise) if grids else None
    if cells is not None:
        data = with_cell_words(data, *cells, grids)
    tables, data = table_words(data, grids, 72.0 / dpi)
    lines, confidence = raw_lines(data, image.height, 72.0 / dpi, MarkerReader(image, LANGUAGE))
    return RawPage(
        number=number, lines=with_tables(lines, tables), ocr=True, ocr_confidence=confidence, width=width, height=height
    )


def recognise(image: Image.Image, config: str) -> dict[str, list]:
    """Tesseract's words (hOCR with character boxes, as hocr_data gives them) of `image` with `config`."""
    with tempfile.NamedTemporaryFile(prefix="baocao-page-", suffix=".pgm") as handle:
        image.save(handle, format="PPM")  # uncompressed: PNG, pytesseract's choice, costs a tenth of the OCR
        handle.flush()
        hocr = pytesseract.image_to_pdf_or_hocr(handle.name, lang=LANGUAGE, extension="hocr", config=config)
    return hocr_data(hocr)
