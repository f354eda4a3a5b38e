"""The normalised document: one text that every offset points into, and what each part of it is.

``text`` is written out as text/<doc_id>.txt; every extraction quotes ``text[start:end]``.
``key`` has the same length as ``text`` and is what parsers match on: one tone-placement
convention (``Uỷ`` → ``Ủy``, ``hoá`` → ``hóa``), so that both spellings match one rule while
quotes keep what was printed.

Layout of ``text``: body paragraphs one per line (tables as rows of ``cell | cell`` lines), then,
after a blank line, one line per footnote starting with its superscript label.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal, Optional

from extract.normalise.metadata import Metadata

RegionKind = Literal["body", "footnote", "table"]


@dataclass(frozen=True)
class Region:
    """A stretch of the text that came from one page and is of one kind."""

    start: int
    end: int
    page: int
    kind: RegionKind


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph (or table row, or footnote): the unit clauses and list items live in."""

    start: int
    end: int
    kind: RegionKind


@dataclass(frozen=True)
class MarkerSpan:
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class FootnoteSpan:
    """A footnote's text (label excluded) in the footnote section of ``text``."""

    label: str
    start: int
    end: int
    page: int


@dataclass(frozen=True)
class CellSpan:
    """A table cell's text: its row and column in the table, and for a spreadsheet its address (`C12`)."""

    row: int
    column: int
    start: int
    end: int
    address: Optional[str] = None


@dataclass(frozen=True)
class CellPlace:
    """A spreadsheet cell's text outside any table (a title, a unit note): its offsets, sheet and address."""

    start: int
    end: int
    sheet: str
    address: str


@dataclass
class TableSpan:
    start: int
    end: int
    page: int
    cells: list[CellSpan] = field(default_factory=list)
    sheet: Optional[str] = None  # the spreadsheet's sheet the table stands on

    @property
    def rows(self) -> int:
        return 1 + max((c.row for c in self.cells), default=-1)

    @property
    def columns(self) -> int:
        return 1 + max((c.column for c in self.cells), default=-1)


@dataclass
class NormalisedDocument:
    text: str
    key: str
    regions: list[Region]
    paragraphs: list[Paragraph]
    markers: list[MarkerSpan] = field(default_factory=list)
    footnotes: list[FootnoteSpan] = field(default_factory=list)
    tables: list[TableSpan] = field(default_factory=list)
    page_count: int = 1
    page_confidence: dict[int, float] = field(default_factory=dict)
    body_end: Optional[int] = None  # where the footnote section begins
    legacy_encoding: Optional[str] = None  # "tcvn3" / "vni" when the text was converted from one
    stamps: dict[int, list[str]] = field(default_factory=dict)  # page → texts signature widgets stamp on it
    metadata: Optional[Metadata] = None  # what the file says about itself (a PDF's Info dictionary), decoded
    cell_places: list[CellPlace] = field(default_factory=list)  # spreadsheet cells outside the tables

    def __post_init__(self) -> None:
        if len(self.key) != len(self.text):
            raise ValueError("key must have the same length as text")
        self._region_starts = [r.start for r in self.regions]
        self._paragraph_starts = [p.start for p in self.paragraphs]
        self._addressed = sorted(
            [(cell.start, cell.end, table.sheet or "", cell.address)
             for table in self.tables for cell in table.cells if cell.address]
            + [(place.start, place.end, place.sheet, place.address) for place in self.cell_places]
        )
        self._cell_starts = [cell[0] for cell in self._addressed]

    def region_at(self, offset: int) -> Optional[Region]:
        i = bisect.bisect_right(self._region_starts, offset) - 1
        if i >= 0 and self.regions[i].start <= offset < max(self.regions[i].end, self.regions[i].start + 1):
            return self.regions[i]
        return None

    def page_at(self, offset: int) -> int:
        """1-based page where the character at ``offset`` was printed."""
        region = self.region_at(offset)
        if region is not None:
            return region.page
        i = bisect.bisect_right(self._region_starts, offset) - 1
        return self.regions[i].page if i >= 0 else 1

    def kind_at(self, offset: int) -> RegionKind:
        region = self.region_at(offset)
        return region.kind if region else "body"

    def confidence_at(self, offset: int) -> Optional[float]:
        return self.page_confidence.get(self.page_at(offset))

    def paragraph_at(self, offset: int) -> Optional[Paragraph]:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and self.paragraphs[i].start <= offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def quote(self, start: int, end: int) -> dict:
        """The provenance fields of an item spanning [start, end): page, offsets, text, confidence."""
        return {
            "page": self.page_at(start),
            "start": start,
            "end": end,
            "text": self.text[start:end],
            "confidence": self.confidence_at(start),
        }

    def cell_at(self, offset: int) -> Optional[tuple[str, str]]:
        """(sheet, address) of the spreadsheet cell whose text holds `offset`, None outside one."""
        i = bisect.bisect_right(self._cell_starts, offset) - 1
        if i >= 0 and offset < self._addressed[i][1]:
            _, _, sheet, address = self._addressed[i]
            return sheet, address
        return None

    def stamped(self, start: int, value: str) -> bool:
        """Whether `value`, read at `start`, is a text a widget stamped on that page (a number or day
        filled in at signing)."""
        return value in self.stamps.get(self.page_at(start), [])

    @property
    def body(self) -> str:
        return self.text[: self.body_end] if self.body_end is not None else self.text
