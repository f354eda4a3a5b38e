"""Rendering joined paragraphs into the one normalised text, keeping the page, kind and table maps.

Body paragraphs and table rows are one line each, in reading order; then a blank line and the
footnotes, each on one line that starts with its label in superscript digits. Footnote markers in
the body (superscript digits, as readers write them) are recorded with their offsets.
"""

from __future__ import annotations

from typing import Optional

from extract.normalise.document import (
    CellPlace,
    CellSpan,
    FootnoteSpan,
    MarkerSpan,
    NormalisedDocument,
    Paragraph,
    Region,
    TableSpan,
)
from extract.normalise.paragraphs import JoinedParagraph
from extract.vi.superscripts import SUPERSCRIPT_RUN, plain_digits, superscript
from extract.vi.tones import fold_tones


class Assembler:
    """Accumulates paragraphs and produces the text with its maps."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.regions: list[Region] = []
        self.paragraphs: list[Paragraph] = []
        self.markers: list[MarkerSpan] = []
        self.footnotes: list[FootnoteSpan] = []
        self.tables: list[TableSpan] = []
        self.cell_places: list[CellPlace] = []
        self._table_id: Optional[int] = None
        self._table_row = 0
        self._body_end: Optional[int] = None

    def _write(self, text: str, page: int, kind) -> None:
        if not text:
            return
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        last = self.regions[-1] if self.regions else None
        if last and last.page == page and last.kind == kind and last.end == start:
            self.regions[-1] = Region(last.start, self._length, page, kind)
        else:
            self.regions.append(Region(start, self._length, page, kind))

    def _newline(self) -> None:
        if self._length:
            self._parts.append("\n")
            self._length += 1

    def add(self, paragraph: JoinedParagraph) -> None:
        if paragraph.kind == "footnote" and self._body_end is None:
            self._newline()
            self._body_end = self._length
        self._newline()
        if paragraph.kind == "footnote":
            label = paragraph.footnote_label or "?"
            self._write(superscript(label) + " ", paragraph.pieces[0].page if paragraph.pieces else 1, "footnote")
        start = self._length
        if paragraph.kind == "table":
            self._add_row(paragraph)
        else:
            for piece in paragraph.pieces:
                self._write(piece.text, piece.page, paragraph.kind)
        if paragraph.kind != "table":
            self._table_id = None
            self._place_cells(paragraph, start)
        self.paragraphs.append(Paragraph(start, self._length, paragraph.kind))
        if paragraph.kind == "footnote":
            page = paragraph.pieces[0].page if paragraph.pieces else 1
            self.footnotes.append(FootnoteSpan(paragraph.footnote_label or "?", start, self._length, page))
        else:
            self._record_markers(start, paragraph.text)

    def _add_row(self, paragraph: JoinedParagraph) -> None:
        page = paragraph.pieces[0].page
        if self._table_id is None or paragraph.table_id != self._table_id:
            self.tables.append(TableSpan(self._length, self._length, page, sheet=paragraph.sheet))
            self._table_id = paragraph.table_id
            self._table_row = 0
        table = self.tables[-1]
        for column, cell in enumerate(paragraph.cells or []):
            if column:
                self._write(" | ", page, "table")
            cell_start = self._length
            self._write(cell, page, "table")
            address = paragraph.cell_refs[column] if paragraph.cell_refs else None
            table.cells.append(CellSpan(self._table_row, column, cell_start, self._length, address))
        table.end = self._length
        self._table_row += 1

    def _place_cells(self, paragraph: JoinedParagraph, start: int) -> None:
        """The place of each cell of a spreadsheet's row outside its tables, found in order in the text
        written from `start` (a cell whose text cannot be found, repaired across cells, has no place)."""
        if not paragraph.cell_refs or paragraph.cells is None or paragraph.sheet is None:
            return
        text, position = paragraph.text, 0
        for cell, address in zip(paragraph.cells, paragraph.cell_refs):
            found = text.find(cell, position) if cell else -1
            if found >= 0:
                self.cell_places.append(CellPlace(start + found, start + found + len(cell), paragraph.sheet, address))
                position = found + len(cell)

    def _record_markers(self, start: int, text: str) -> None:
        for match in SUPERSCRIPT_RUN.finditer(text):
            self.markers.append(
                MarkerSpan(plain_digits(match.group()), start + match.start(), start + match.end())
            )

    def finish(
        self, page_count: int, page_confidence: dict[int, float], legacy_encoding: Optional[str]
    ) -> NormalisedDocument:
        """The normalised document of the paragraphs added, with its matching key (one tone placement)."""
        text = "".join(self._parts) + "\n"
        return NormalisedDocument(
            text=text,
            key=fold_tones(text),
            regions=self.regions,
            paragraphs=self.paragraphs,
            markers=self.markers,
            footnotes=self.footnotes,
            tables=self.tables,
            cell_places=self.cell_places,
            page_count=page_count,
            page_confidence=page_confidence,
            body_end=self._body_end,
            legacy_encoding=legacy_encoding,
        )
