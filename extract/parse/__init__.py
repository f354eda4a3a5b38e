"""Parse stage: the facts of one normalised document, each a typed item with its provenance."""

from __future__ import annotations

import logging
from dataclasses import dataclass, fields
from typing import Any

from extract.normalise.document import NormalisedDocument
from extract.parse.counts import find_counts
from extract.parse.figures import find_percentages, find_ratios
from extract.parse.footnotes import parse_footnotes
from extract.parse.header import infer_province, parse_header
from extract.parse.money import find_amounts
from extract.parse.references import find_references
from extract.parse.unit_conflicts import unit_conflicts
from schemas.models import (
    Amount,
    CitedDocument,
    Count,
    DocumentWarning,
    Footnote,
    FootnoteMarker,
    Header,
    Percentage,
    Ratio,
    Reference,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ParsedDocument:
    """What the parse stage found in one document: the record's fields, named as in schemas.models.Record."""

    header: Header
    references: list[Reference]
    cited_documents: list[CitedDocument]
    amounts: list[Amount]
    counts: list[Count]
    percentages: list[Percentage]
    ratios: list[Ratio]
    footnote_markers: list[FootnoteMarker]
    footnotes: list[Footnote]
    warnings: list[DocumentWarning]

    def record_fields(self) -> dict[str, Any]:
        """The fields as keyword arguments of a Record."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


def parse_document(doc: NormalisedDocument) -> ParsedDocument:
    """Everything found in `doc`: header, references, amounts, counts, figures, footnotes."""
    header = parse_header(doc)
    references, cited = find_references(
        doc,
        own_canonical=header.canonical,
        province=infer_province(doc, header),
        own_symbol=header.symbol.value if header.symbol else None,
    )
    markers, footnotes = parse_footnotes(doc)
    log.debug("%d references, %d footnotes", len(references), len(footnotes))
    return ParsedDocument(
        header=header,
        references=references,
        cited_documents=cited,
        amounts=find_amounts(doc),
        counts=find_counts(doc),
        percentages=find_percentages(doc),
        ratios=find_ratios(doc),
        footnote_markers=markers,
        footnotes=footnotes,
        warnings=unit_conflicts(doc),
    )
