"""Parse stage: the facts of one normalised document, each a typed item with its provenance."""

from __future__ import annotations

from typing import Any

from extract.normalise.document import NormalisedDocument
from extract.parse.counts import find_counts
from extract.parse.figures import find_percentages, find_ratios
from extract.parse.footnotes import parse_footnotes
from extract.parse.header import infer_province, parse_header
from extract.parse.money import find_amounts
from extract.parse.references import find_references


def own_canonical(header) -> str | None:
    """The document's own number as a canonical id (`123/BC-SCT`), so it is not taken for a reference."""
    if header.number is None or header.symbol is None:
        return None
    return f"{header.number.value}/{header.symbol.value}"


def parse_document(doc: NormalisedDocument) -> dict[str, Any]:
    """Record fields found in `doc`: header, references, amounts, counts, figures, footnotes."""
    header = parse_header(doc)
    references, cited = find_references(doc, own_canonical=own_canonical(header), province=infer_province(doc, header))
    markers, footnotes = parse_footnotes(doc)
    return {
        "header": header,
        "references": references,
        "cited_documents": cited,
        "amounts": find_amounts(doc),
        "counts": find_counts(doc),
        "percentages": find_percentages(doc),
        "ratios": find_ratios(doc),
        "footnote_markers": markers,
        "footnotes": footnotes,
    }
