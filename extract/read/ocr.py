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

import regex

from extract.normalise.ocr_fixes import fix_stacked_marks
from extract.read.model import RawPage
from extract.read.ocr_capitals import respell_capitals
from extract.read.ocr_page import ocr_pdf_page
from extract.read.ocr_pool import map_pages

_UNMAPPED = regex.compile(r"[\p{Cc}\p{Co}\p{Cn}\p{Cs}\ufffd]")
_MIN_CHARACTERS = 20  # fewer printed characters than this on a page: a scan's stray glyphs
_MAX_UNMAPPED_SHARE = 0.1
_MIN_LETTER_SHARE = 0.5
_MAX_SINGLE_SHARE = 0.6


def ocr_pages(path: Path, page_numbers: list[int]) -> dict[int, RawPage]:
    """RawPage (ocr=True, with confidence) for each 1-based page number of the PDF at `path`; the
    marks Tesseract confuses on circumflexes and on bold capitals are set as the pages' own usual
    spelling has them."""
    if not page_numbers:
        return {}
    tasks = [(path, number) for number in page_numbers]
    read = map_pages(ocr_pdf_page, tasks, lambda task: f"{path.name} page {task[1]}")
    pages = [page or RawPage(number=number, ocr=True) for number, page in zip(page_numbers, read)]
    return {page.number: page for page in finish_pages(pages)}


def finish_pages(pages: list[RawPage]) -> list[RawPage]:
    """The OCR'd pages of one document read as a whole: small type at a page's foot decided across pages,
    marks on circumflexes and bold capitals set as the document usually spells the word."""
    unlabelled_notes_to_body(pages)
    lines = [line for page in pages for line in page.lines]
    for line, text in zip(lines, respell_capitals(fix_stacked_marks([line.text for line in lines]))):
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


def text_layer_is_garbage(text: str) -> bool:
    """Whether a page's text layer is noise rather than words, so that the page needs OCR.

    Noise is what an image's stray glyphs or a broken font map leave: little text, mostly
    non-letters, unmapped glyphs (`(cid:12)`, U+FFFD, private-use or control characters), or
    mostly one-character "words". A legacy-encoded layer (TCVN3 `B¸o c¸o`) is mostly letters
    in words and is not noise: it is decoded, not OCR'd.
    """
    characters = [c for c in text if not c.isspace()]
    if len(characters) < _MIN_CHARACTERS:
        return True
    unmapped = len(_UNMAPPED.findall(text)) + text.count("(cid:")
    letters = sum(1 for c in characters if c.isalpha())
    words = text.split()
    single = sum(1 for word in words if len(word) == 1)
    return (
        unmapped > _MAX_UNMAPPED_SHARE * len(characters)
        or letters < _MIN_LETTER_SHARE * len(characters)
        or single > _MAX_SINGLE_SHARE * len(words)
    )
