"""OCR of scanned PDF pages. Placeholder until implemented: returns no text."""

from __future__ import annotations

from pathlib import Path

from extract.read.model import RawPage


def ocr_pages(path: Path, page_numbers: list[int]) -> dict[int, RawPage]:
    """RawPage (ocr=True, with confidence) for each 1-based page number of the PDF at `path`."""
    return {n: RawPage(number=n, ocr=True, ocr_confidence=0.0) for n in page_numbers}
