"""The stamp reader opens a PDF a second time only when a page has widgets, and reads those pages only."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from extract.read import pdf_widgets
from extract.read.pdf_page import load_pages

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pages the stamp reader reads (0-based), in order, counted through its page reader."""
    pages: list[int] = []
    read = pdf_widgets._page_lines

    def counting(document: pdfium.PdfDocument, index: int) -> list[pdf_widgets.StampLine]:
        pages.append(index)
        return read(document, index)

    monkeypatch.setattr(pdf_widgets, "_page_lines", counting)
    return pages


def test_a_pdf_without_widgets_is_opened_once(opened: list[int]) -> None:
    pages = load_pages(CORPUS / "seed.pdf")
    assert pages and not any(page.stamps for page in pages)
    assert opened == []


def test_only_pages_with_widgets_are_read_again(opened: list[int]) -> None:
    pages = load_pages(CORPUS / "seed_signed.pdf")
    stamped = [page.number - 1 for page in pages if page.stamps]
    assert stamped  # the seed's signing stamp (number and day) is read
    assert opened == stamped
