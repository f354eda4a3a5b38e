"""Unit notes that disagree about one table's figures: the one applied stays, the disagreement is recorded.

A table's figures take the unit of its note (`ĐVT: triệu đồng`, extract.parse.money_table): the note over
the figures, in the table's header, before one closing a paragraph just above it. A form copied from another
year, or a sheet with a note left from an older layout, may state a second, different unit
(`Đơn vị tính: 1000 đồng`) — a thousandfold difference in every amount. The applied note is not changed; a
warning names both places (page, offsets, quoted note and, on a spreadsheet, the cell), so a reader can check.

Notes agree when they name the same multiple of the đồng (`nghìn đồng` = `1.000 đồng`).
"""

from __future__ import annotations

from extract.normalise.document import NormalisedDocument
from extract.parse.money_table import UnitNote, unit_notes
from extract.parse.money_units import unit_scale
from schemas.models import DocumentWarning, Place


def unit_conflicts(doc: NormalisedDocument) -> list[DocumentWarning]:
    """A warning for each table of `doc` whose unit notes name different units."""
    warnings = []
    for index, table in enumerate(doc.tables):
        notes = unit_notes(doc, table)
        if not notes:
            continue
        applied, others = notes[0], [n for n in notes[1:] if unit_scale(n.unit) != unit_scale(notes[0].unit)]
        if others:
            warnings.append(DocumentWarning(
                kind="unit_conflict",
                table=index,
                detail=f"the table's figures are read in '{applied.unit}' (the note over them); "
                       + ", ".join(f"'{doc.text[n.start:n.end]}'" for n in others) + " states another unit",
                applied=_place(doc, applied),
                overridden=[_place(doc, note) for note in others],
            ))
    return warnings


def _place(doc: NormalisedDocument, note: UnitNote) -> Place:
    cell = doc.cell_at(note.start)
    return Place(**doc.quote(note.start, note.end), sheet=cell[0] if cell else None, cell=cell[1] if cell else None)
