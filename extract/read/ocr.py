"""OCR of scanned PDF pages with Tesseract's Vietnamese model, pages in parallel processes.

Each page is rendered at about 300 dpi (low-resolution scans upscaled), cleared of red ink,
levelled, and recognised with `tesseract -l vie` (hOCR with character boxes); its words, boxes and
confidences become RawLines (see ocr_lines), raised footnote markers read again from the image
(see ocr_markers); small type at a page's foot is a footnote only with a label or as the
continuation of the previous page's footnote. Pages run side by side in worker processes, each
running Tesseract with one thread (see ocr_pool); a page that cannot be read is a page without
text, never the end of the document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from extract.read.model import RawPage
from extract.read.ocr_fixes import repair_ocr_lines
from extract.read.ocr_page import ocr_pdf_page
from extract.read.ocr_pool import map_pages


def ocr_pages(path: Path, page_numbers: list[int]) -> dict[int, RawPage]:
    """RawPage (ocr=True, with confidence) for each 1-based page number of the PDF at `path`, its
    lines repaired of what OCR predictably misreads (see finish_pages); a page that could not be read
    has no lines."""
    if not page_numbers:
        return {}
    tasks = [(path, number) for number in page_numbers]
    read = map_pages(ocr_pdf_page, tasks, lambda task: f"{path.name} page {task[1]}")
    pages = [page or RawPage(number=number, ocr=True) for number, page in zip(page_numbers, read)]
    return {page.number: page for page in finish_pages(pages)}


def finish_pages(pages: list[RawPage]) -> list[RawPage]:
    """The OCR'd pages of one document read as a whole: small type at a page's foot decided across
    pages, lines repaired of what OCR predictably misreads (see ocr_fixes.repair_ocr_lines)."""
    unlabelled_notes_to_body(pages)
    lines = [line for page in pages for line in page.lines]
    for line, text in zip(lines, repair_ocr_lines([line.text for line in lines])):
        line.text = text
    return pages


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
