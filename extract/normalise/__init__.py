"""Normalise stage: a reader's pages of lines → one normalised text with its page and kind map.

Order of work, each step a general rule:
1. legacy 8-bit encodings (TCVN3, VNI) detected and converted, Unicode NFC;
2. white space folded, spacing inside document numbers repaired (`2463 /QĐ - UBND`);
3. soft line breaks joined into paragraphs (across pages and around footnote blocks too);
4. body, then tables in place, then a footnote section, rendered into one text;
5. a same-length matching key with one tone-placement convention.
"""

from __future__ import annotations

import unicodedata

from extract.normalise.document import NormalisedDocument
from extract.normalise.layout import Assembler
from extract.normalise.paragraphs import join_lines
from extract.read.model import RawDocument, RawLine, RawPage
from extract.vi.legacy import decode_text, detect_encoding
from extract.vi.tones import fold_tones

__all__ = ["normalise", "from_text", "NormalisedDocument"]


def _clean_lines(raw: RawDocument) -> None:
    """NFC and legacy-encoding repair of every line and cell, in place."""
    sample = "\n".join(line.text for page in raw.pages for line in page.lines)
    encoding = detect_encoding(sample) if raw.legacy_encoding is None else None
    for page in raw.pages:
        for line in page.lines:
            line.text = _clean(line.text, encoding)
            if line.cells is not None:
                line.cells = [_clean(cell, encoding) for cell in line.cells]
    if encoding:
        raw.legacy_encoding = encoding


def _clean(text: str, encoding: str | None) -> str:
    if encoding:
        text = decode_text(text, encoding)
    return unicodedata.normalize("NFC", text)


def normalise(raw: RawDocument) -> NormalisedDocument:
    """The normalised document for a reader's output."""
    _clean_lines(raw)
    assembler = Assembler()
    for paragraph in join_lines(raw.pages):
        assembler.add(paragraph)
    confidence = {p.number: p.ocr_confidence for p in raw.pages if p.ocr and p.ocr_confidence is not None}
    text, regions, paragraphs, markers, footnotes, tables, body_end = assembler.finish()
    return NormalisedDocument(
        text=text,
        key=fold_tones(text),
        regions=regions,
        paragraphs=paragraphs,
        markers=markers,
        footnotes=footnotes,
        tables=tables,
        page_count=max(1, len(raw.pages)),
        page_confidence=confidence,
        body_end=body_end,
    )


def from_text(text: str) -> NormalisedDocument:
    """A one-page document whose paragraphs are the lines of `text`: for parser tests and tools."""
    lines = [RawLine(text=line, new_paragraph=True) for line in text.split("\n")]
    return normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="txt"))
