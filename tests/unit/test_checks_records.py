"""Building records by hand on a `from_text` document, for the check and review-page tests.

Items are located by the text they quote (the n-th occurrence), so a case is written as the
text and what a parser would have found in it.
"""

from __future__ import annotations

from typing import Sequence

import pytest

from extract.normalise import NormalisedDocument, from_text
from schemas.models import Amount, Count, Footnote, FootnoteItem, FootnoteMarker, Record, Table, TableCell


def locate(doc: NormalisedDocument, quoted: str, occurrence: int = 0, after: int = 0) -> dict:
    """doc.quote of the `occurrence`-th appearance of `quoted` at or after `after`."""
    start = after - 1
    for _ in range(occurrence + 1):
        start = doc.text.index(quoted, start + 1)
    return {k: v for k, v in doc.quote(start, start + len(quoted)).items()}


def amounts(doc: NormalisedDocument, specs: Sequence[tuple]) -> list[Amount]:
    """(quoted, value_vnd, number_text, unit[, occurrence]) → Amount."""
    return [Amount(value_vnd=s[1], number_text=s[2], unit=s[3], **locate(doc, s[0], *s[4:])) for s in specs]


def counts(doc: NormalisedDocument, specs: Sequence[tuple]) -> list[Count]:
    """(quoted, value, noun[, occurrence]) → Count."""
    return [Count(value=s[1], noun=s[2], **locate(doc, s[0], *s[3:])) for s in specs]


def markers(doc: NormalisedDocument) -> list[FootnoteMarker]:
    """The markers the normaliser found in the body, as record items."""
    return [FootnoteMarker(footnote=m.label, **doc.quote(m.start, m.end)) for m in doc.markers]


def footnote(doc: NormalisedDocument, label: str, line_start: str, items: Sequence[str]) -> Footnote:
    """A footnote on the line starting with `line_start`, whose items are the given product names."""
    line = locate(doc, line_start)
    end = doc.text.index("\n", line["start"])
    parsed = []
    for n, product in enumerate(items, 1):
        parsed.append(FootnoteItem(item=n, product=product, **locate(doc, product, after=line["start"])))
    return Footnote(footnote=label, items=parsed, **doc.quote(line["start"], end))


def table(doc: NormalisedDocument, first_row: str, rows: int) -> Table:
    """A table over the `rows` lines starting with `first_row`, cells split on ' | '."""
    start = locate(doc, first_row)["start"]
    cells, offset = [], start
    for r in range(rows):
        line_end = doc.text.index("\n", offset)
        cell_start = offset
        for c, cell in enumerate(doc.text[offset:line_end].split(" | ")):
            cells.append(TableCell(row=r, column=c, **doc.quote(cell_start, cell_start + len(cell))))
            cell_start += len(cell) + 3
        offset = line_end + 1
    return Table(page=1, start=start, end=offset - 1, rows=rows, columns=1 + max(c.column for c in cells), cells=cells)


def record(doc: NormalisedDocument, **items) -> Record:
    return Record(doc_id="t", source="t.txt", sha256="0" * 64, status="ok", text_chars=len(doc.text), **items)


@pytest.mark.parametrize("quoted, occurrence", [("đề án", 0), ("đề án", 1), ("37", 0)])
def test_locate_quotes_exactly(quoted: str, occurrence: int) -> None:
    doc = from_text("Thực hiện 37 đề án, trong đó 10 đề án")
    found = locate(doc, quoted, occurrence)
    assert doc.text[found["start"] : found["end"]] == quoted == found["text"]
