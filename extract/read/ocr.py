"""OCR of scanned PDF pages with Tesseract's Vietnamese model, pages in parallel processes.

Each page is rendered at about 300 dpi (low-resolution scans upscaled), cleared of red ink,
levelled, and recognised with `tesseract -l vie` (hOCR with character boxes); its words, boxes and
confidences become RawLines (see ocr_lines), raised footnote markers read again from the image
(see ocr_markers); small type at a page's foot is a footnote only with a label or as the
continuation of the previous page's footnote. Tesseract's own threads make it several times
slower on a small machine, so each worker process runs it with one thread (OMP_THREAD_LIMIT=1)
and pages run side by side.
BAOCAO_OCR_WORKERS overrides the number of workers (the benchmark compares 1 and 2).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Optional

from extract.read.model import RawPage
from extract.read.ocr_fixes import repair_ocr_lines

LANGUAGE = "vie"
WORKERS_VARIABLE = "BAOCAO_OCR_WORKERS"
_CHARACTER_BOXES = "-c hocr_char_boxes=1"


def worker_count(pages: int) -> int:
    """Workers for `pages` pages: BAOCAO_OCR_WORKERS, else one per core, never more than pages."""
    wanted = os.environ.get(WORKERS_VARIABLE)
    count = int(wanted) if wanted else os.cpu_count() or 1
    return max(1, min(count, pages))


def _single_threaded() -> None:
    """Worker initialiser: Tesseract (spawned by pytesseract) inherits one OpenMP thread."""
    os.environ["OMP_THREAD_LIMIT"] = "1"


def ocr_page(path: Path, number: int) -> RawPage:
    """Recognise one 1-based page of the PDF at `path` (run inside a worker)."""
    import pypdfium2 as pdfium
    import pytesseract

    from extract.read.ocr_hocr import hocr_data
    from extract.read.ocr_image import page_image
    from extract.read.ocr_lines import raw_lines
    from extract.read.ocr_markers import MarkerReader

    document = pdfium.PdfDocument(str(path))
    try:
        page = document[number - 1]
        width, height = page.get_size()
        image, dpi = page_image(page)
    finally:
        document.close()
    hocr = pytesseract.image_to_pdf_or_hocr(image, lang=LANGUAGE, extension="hocr", config=_CHARACTER_BOXES)
    lines, confidence = raw_lines(hocr_data(hocr), image.height, 72.0 / dpi, MarkerReader(image, LANGUAGE))
    return RawPage(number=number, lines=lines, ocr=True, ocr_confidence=confidence, width=width, height=height)


def ocr_pages(path: Path, page_numbers: list[int]) -> dict[int, RawPage]:
    """RawPage (ocr=True, with confidence) for each 1-based page number of the PDF at `path`, its
    lines repaired of what OCR predictably misreads (see ocr_fixes.repair_ocr_lines)."""
    if not page_numbers:
        return {}
    with ProcessPoolExecutor(max_workers=worker_count(len(page_numbers)), initializer=_single_threaded) as pool:
        pages = list(pool.map(ocr_page, [path] * len(page_numbers), page_numbers))
    unlabelled_notes_to_body(pages)
    lines = [line for page in pages for line in page.lines]
    for line, text in zip(lines, repair_ocr_lines([line.text for line in lines])):
        line.text = text
    return {page.number: page for page in pages}


def unlabelled_notes_to_body(pages: list[RawPage]) -> None:
    """Small type at the foot of a page that opens without a label is a footnote only where it goes
    on with the footnote ending the page before; otherwise (a `Nơi nhận` list, a note in small
    type) it is body text: a footnote needs a label."""
    previous: Optional[RawPage] = None
    for page in sorted(pages, key=lambda page: page.number):
        notes = [line for line in page.lines if line.kind == "footnote"]
        continued = (
            previous is not None and previous.number == page.number - 1
            and bool(previous.lines) and previous.lines[-1].kind == "footnote"
        )
        if notes and not continued:
            for position, line in enumerate(notes):
                if line.footnote_label is not None:
                    break
                line.kind, line.new_paragraph = "body", True if position == 0 else None
        previous = page
