"""Normalise stage: a reader's pages of lines → one normalised text with its page and kind map.

Order of work, each step a general rule:
1. legacy 8-bit encodings (TCVN3, VNI) detected and converted, Unicode NFC;
2. white space folded, spacing inside document numbers repaired (`2463 /QĐ - UBND`);
3. soft line breaks joined into paragraphs (across pages and around footnote blocks too);
4. body, then tables in place, then a footnote section, rendered into one text;
5. a same-length matching key with one tone-placement convention;
6. the file's own metadata (a PDF's title, author, ...) decoded like the text (`metadata.py`).
The reader's output is not changed: the normaliser works on copies of its lines.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import replace
from typing import Optional

from extract.normalise.document import NormalisedDocument
from extract.normalise.layout import Assembler
from extract.normalise.metadata import decoded_metadata
from extract.normalise.paragraphs import join_lines
from extract.read.model import RawDocument, RawLine, RawPage
from extract.vi.legacy import decode_text, detect_encoding

log = logging.getLogger(__name__)

__all__ = ["normalise", "from_text", "NormalisedDocument"]


def _cleaned_pages(raw: RawDocument) -> tuple[list[RawPage], Optional[str]]:
    """Copies of the reader's pages with every line and cell in NFC and legacy text converted, and
    the legacy encoding the text was in (the reader's own finding first); `raw` is left as it is."""
    sample = "\n".join(line.text for page in raw.pages for line in page.lines)
    encoding = detect_encoding(sample) if raw.legacy_encoding is None else None
    pages = [
        replace(page, lines=[_cleaned_line(line, encoding) for line in page.lines]) for page in raw.pages
    ]
    return pages, encoding or raw.legacy_encoding


def _cleaned_line(line: RawLine, encoding: Optional[str]) -> RawLine:
    cells = None if line.cells is None else [_clean(cell, encoding) for cell in line.cells]
    return replace(line, text=_clean(line.text, encoding), cells=cells)


def _clean(text: str, encoding: str | None) -> str:
    if encoding:
        text = decode_text(text, encoding)
    return unicodedata.normalize("NFC", text)


def normalise(raw: RawDocument) -> NormalisedDocument:
    """The normalised document for a reader's output (which is not changed)."""
    pages, encoding = _cleaned_pages(raw)
    if encoding and raw.legacy_encoding is None:
        log.info("legacy %s text converted to Unicode", encoding)
    assembler = Assembler()
    for paragraph in join_lines(pages):
        assembler.add(paragraph)
    confidence = {p.number: p.ocr_confidence for p in pages if p.ocr and p.ocr_confidence is not None}
    doc = assembler.finish(max(1, len(pages)), confidence, encoding)
    doc.stamps = {page.number: list(page.stamps) for page in pages if page.stamps}
    doc.metadata = decoded_metadata(raw.metadata)
    return doc


def from_text(text: str) -> NormalisedDocument:
    """A one-page document whose paragraphs are the lines of `text`: for parser tests and tools."""
    lines = [RawLine(text=line, new_paragraph=True) for line in text.split("\n")]
    return normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="txt"))
