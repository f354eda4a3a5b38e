"""Links between the documents of one batch: a reference whose cited document is itself in the batch.

A link needs more than a number: the canonical number and symbol must be the same, nothing may
disagree (issuer, date, year), and something besides the symbol must agree: the issuer where the
reference names one, otherwise the full date. So `587/QĐ-UBND` of one province never links to the
`587/QĐ-UBND` of another.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

import regex

from schemas.models import Record, Reference

Row = dict[str, object]

LINK_COLUMNS = ["doc_id", "canonical", "start", "end", "cited_doc_id", "page", "text", "kind"]

# Abbreviations that stand for the same body in headers and in running text.
_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
}
# What a body's name may add to say where it stands: `Sở Công Thương` is `Sở Công Thương tỉnh X`.
_LEVELS = ("tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ")
_NON_WORD = regex.compile(r"[^\p{L}\p{N}]+")


def plain_key(text: str) -> str:
    """Lower-case letters and digits without marks (`Ủy ban` → `uy ban`, `Đ` → `d`), words single-spaced."""
    decomposed = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = _NON_WORD.sub(" ", bare).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


def canonical_key(canonical: str) -> str:
    """A canonical number and symbol compared without case, marks or spaces: `587/QĐ-UBND` → `587/qd-ubnd`."""
    decomposed = unicodedata.normalize("NFD", canonical.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and not ch.isspace()).casefold()


def same_issuer(first: str, second: str) -> bool:
    """The same body: equal once folded, or one adds where it stands (`Sở Công Thương` / `Sở Công Thương tỉnh X`)."""
    a, b = plain_key(first), plain_key(second)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    if longer == shorter:
        return True
    return longer.startswith(shorter + " ") and longer[len(shorter) + 1 :].startswith(_LEVELS)


@dataclass(frozen=True)
class Citable:
    """What a batch document says of itself: its canonical number, issuer and date."""

    doc_id: str
    canonical: str
    issuer: Optional[str]
    issued_on: Optional[date]


def citable(record: Record) -> Optional[Citable]:
    """The document as a citable one; None when it failed or prints no number and symbol."""
    header = record.header
    if record.status != "ok" or header.canonical is None:
        return None
    canonical = canonical_key(header.canonical)
    return Citable(record.doc_id, canonical, header.issuer.value if header.issuer else None, header.issued_on)


def cites(reference: Reference, document: Citable) -> bool:
    """Whether `reference` names `document`: same canonical, no disagreement, and issuer or full date agree."""
    if canonical_key(reference.canonical) != document.canonical:
        return False
    if reference.issued_on and document.issued_on and reference.issued_on != document.issued_on:
        return False
    if reference.year and document.issued_on and reference.year != document.issued_on.year:
        return False
    if reference.issuer and document.issuer:
        return same_issuer(reference.issuer, document.issuer)
    return bool(reference.issued_on and document.issued_on)


def link_rows(records: Iterable[Record]) -> list[Row]:
    """One row per mention whose cited document is in the batch (never a document citing itself)."""
    records = list(records)
    by_canonical: dict[str, list[Citable]] = {}
    for record in records:
        document = citable(record)
        if document is not None:
            by_canonical.setdefault(document.canonical, []).append(document)
    rows: list[Row] = []
    for record in records:
        for reference in record.references:
            for document in by_canonical.get(canonical_key(reference.canonical), []):
                if document.doc_id != record.doc_id and cites(reference, document):
                    rows.append({
                        "doc_id": record.doc_id,
                        "canonical": reference.canonical,
                        "start": reference.start,
                        "end": reference.end,
                        "cited_doc_id": document.doc_id,
                        "page": reference.page,
                        "text": reference.text,
                        "kind": reference.kind,
                    })
    return rows
