"""Footnotes: the markers in the body linked to their footnotes by label, and each footnote's text,
with the items of a list inside it (see `footnote_items`)."""

from __future__ import annotations

from extract.normalise.document import NormalisedDocument
from extract.parse.footnote_items import parse_items
from schemas.models import Footnote, FootnoteMarker

__all__ = ["parse_footnotes"]


def parse_footnotes(doc: NormalisedDocument) -> tuple[list[FootnoteMarker], list[Footnote]]:
    """Markers (label → footnote) and footnotes (text span, list items) of `doc`.

    A marker whose label has no footnote is still reported: the document printed it.
    """
    markers = [FootnoteMarker(footnote=m.label, **doc.quote(m.start, m.end)) for m in doc.markers]
    footnotes = [
        Footnote(footnote=f.label, items=parse_items(doc, f.start, f.end), **doc.quote(f.start, f.end))
        for f in doc.footnotes
    ]
    return markers, footnotes
