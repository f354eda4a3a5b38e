"""The page-aware document every reader produces, whatever the input format.

A reader knows the layout (fonts, positions, Word's footnote part); it does not join lines into
paragraphs or fix spelling: that is the normalise stage. Conventions shared by all readers:

- A footnote marker standing in the text is written as Unicode superscript digits (``¹``, ``²³``: see `extract.vi.superscripts`)
  exactly where it stands, so that later stages find markers without knowing the format.
- ``kind`` tells body text from footnote text and table rows; running page numbers, headers and
  footers that are only decoration are dropped by the reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

LineKind = Literal["body", "footnote", "table"]

@dataclass
class RawLine:
    """One printed line (PDF, text) or one paragraph (Word) as the reader found it.

    new_paragraph: True when the layout says a paragraph starts here (a Word paragraph, a PDF
    first-line indent), False when it says the line continues the previous one, None when the
    layout cannot tell and the normaliser decides from the words.
    footnote_label: set on the first line of a footnote (kind == "footnote"); continuation lines
    of the same footnote, including on the next page, have None.
    cells: the cell texts when kind == "table" (one RawLine per table row), and of a spreadsheet's row
    outside its table (a title, a unit note), whose text is these cells in order.
    sheet, cell_refs: for a spreadsheet's row, the sheet's name and each cell's address (`C12`).
    """

    text: str
    kind: LineKind = "body"
    new_paragraph: Optional[bool] = None
    footnote_label: Optional[str] = None
    cells: Optional[list[str]] = None
    table_id: Optional[int] = None
    font_size: Optional[float] = None
    x0: Optional[float] = None
    top: Optional[float] = None
    bold: Optional[bool] = None
    sheet: Optional[str] = None
    cell_refs: Optional[list[str]] = None


@dataclass
class RawPage:
    """One page of lines; `stamps`: texts that signature or form widgets draw on it (`214`, `05`),
    already placed among the lines where they stand, kept apart so their provenance can be told."""

    number: int
    lines: list[RawLine] = field(default_factory=list)
    ocr: bool = False
    ocr_confidence: Optional[float] = None
    width: Optional[float] = None
    height: Optional[float] = None
    stamps: list[str] = field(default_factory=list)


@dataclass
class RawDocument:
    """What a reader returns: pages of lines, plus what it learned about the source."""

    pages: list[RawPage]
    format: str  # a format name registered in extract/read/registry.py
    legacy_encoding: Optional[str] = None  # "tcvn3" / "vni" when the reader converted legacy text
    # what the file says about itself (a PDF's Info dictionary: title, author, subject, keywords, creator,
    # producer as stored, legacy text not yet decoded; created, modified in ISO 8601); empty when it says nothing
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def ocr_pages(self) -> int:
        return sum(1 for page in self.pages if page.ocr)
