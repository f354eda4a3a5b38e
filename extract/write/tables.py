"""The CSV tables of CONTRACT.md, built from validated records with pandas.

Column order: the contract's required columns first, in its order, then the extra ones. Cells are
UTF-8 with a byte-order mark so spreadsheet programs show Vietnamese correctly; empty = no value.
"""

from __future__ import annotations

import io
from typing import Any, Callable, Iterable

import pandas as pd

from schemas.models import HeaderField, Record

Row = dict[str, Any]

COLUMNS: dict[str, list[str]] = {
    "documents": [
        "doc_id", "source", "sha256", "status", "error", "pages", "ocr_pages", "doc_type", "number", "issuer",
        "place", "issued_on", "title", "signer", "signer_title", "signed_by", "signed_at", "signature_intact",
        "parent_issuer", "symbol", "number_blank", "date_blank", "authority", "signer_rank", "recipients", "text_chars",
        "references", "cited_documents", "amounts", "counts", "footnotes", "checks", "checks_failed",
        "year", "canonical", "flags", "warnings",
    ],
    "references": [
        "doc_id", "kind", "canonical", "number", "year", "symbol", "issued_on", "issuer", "page", "start", "end", "text",
        "subject", "clause", "cited_id", "date_from_full_mention", "canonical_printed", "confidence",
    ],
    "amounts": [
        "doc_id", "value_vnd", "number_text", "unit", "page", "start", "end", "text",
        "purpose", "funding_source", "in_table", "confidence", "flags", "sheet", "cell",
    ],
    "counts": ["doc_id", "value", "noun", "page", "start", "end", "text", "in_table", "confidence", "flags"],
    "footnotes": ["doc_id", "footnote", "page", "text", "start", "end", "items"],
    "footnote_items": [
        "doc_id", "footnote", "item", "product", "producer", "address", "page", "start", "end", "text", "producer_shared",
    ],
    "checks": [
        "doc_id", "check", "status", "stated", "computed", "difference", "detail", "within_rounding", "unit",
        "page", "start", "end", "figures", "sheet", "cell", "figure_cells",
    ],
    "percentages": ["doc_id", "value", "page", "start", "end", "text", "confidence"],
    "ratios": ["doc_id", "numerator", "denominator", "page", "start", "end", "text", "confidence"],
}


def _value(field: HeaderField | None) -> str | None:
    return field.value if field is not None else None


def document_row(record: Record) -> Row:
    header = record.header
    first = record.signatures[0] if record.signatures else None
    return {
        "doc_id": record.doc_id,
        "source": record.source,
        "sha256": record.sha256,
        "status": record.status,
        "error": record.error,
        "pages": record.pages,
        "ocr_pages": record.ocr_pages,
        "doc_type": _value(header.doc_type),
        "number": _value(header.number),
        "issuer": _value(header.issuer),
        "place": _value(header.place),
        "issued_on": header.issued_on,
        "title": _value(header.title),
        "signer": _value(header.signer),
        "signer_title": _value(header.signer_title),
        "signed_by": first.signed_by if first else None,
        "signed_at": first.signed_at.isoformat() if first and first.signed_at else None,
        "signature_intact": first.intact if first else None,
        "parent_issuer": _value(header.parent_issuer),
        "symbol": _value(header.symbol),
        "year": int(header.year.value) if header.year else None,
        "canonical": header.canonical,
        "number_blank": header.number_blank,
        "date_blank": header.date_blank,
        "authority": _value(header.authority),
        "signer_rank": _value(header.signer_rank),
        "recipients": "; ".join(r.value for r in header.recipients),
        "text_chars": record.text_chars,
        "references": len(record.references),
        "cited_documents": len(record.cited_documents),
        "amounts": len(record.amounts),
        "counts": len(record.counts),
        "footnotes": len(record.footnotes),
        "checks": len(record.checks),
        "checks_failed": sum(1 for check in record.checks if check.status == "fail"),
        "warnings": len(record.warnings),
        "flags": "; ".join(
            f"{name}: {flag.name}" for name, field in header if isinstance(field, HeaderField) for flag in field.flags
        ),
    }


def _flag_names(row: Row) -> Row:
    """The row with its flags (if it has any) as one cell: their names, `;`-separated (reasons are in the JSON)."""
    if "flags" in row:
        row["flags"] = "; ".join(flag["name"] for flag in row["flags"])
    return row


def _items(record: Record, items: Iterable[Any]) -> list[Row]:
    return [_flag_names({"doc_id": record.doc_id, **item.model_dump()}) for item in items]


def footnote_item_rows(record: Record) -> list[Row]:
    return [
        {"doc_id": record.doc_id, "footnote": note.footnote, **item.model_dump()}
        for note in record.footnotes
        for item in note.items
    ]


def footnote_rows(record: Record) -> list[Row]:
    return [
        {"doc_id": record.doc_id, **note.model_dump(exclude={"items"}), "items": len(note.items)}
        for note in record.footnotes
    ]


def check_rows(record: Record) -> list[Row]:
    """Checks, each with where its stated figure stands (its spreadsheet cell too) and every figure it used as
    `text@page:start-end`; `figure_cells`: the spreadsheet cell of each figure that stands in one (`part Sheet1!C12`)."""
    rows = []
    for check in record.checks:
        stated = next((f for f in check.figures if f.role == "stated"), None)
        rows.append({
            "doc_id": record.doc_id,
            **check.model_dump(exclude={"figures"}),
            "page": stated.page if stated else None,
            "start": stated.start if stated else None,
            "end": stated.end if stated else None,
            "figures": "; ".join(f"{f.role} {f.text}@{f.page}:{f.start}-{f.end}" for f in check.figures),
            "sheet": stated.sheet if stated else None,
            "cell": stated.cell if stated else None,
            "figure_cells": "; ".join(f"{f.role} {f.sheet}!{f.cell}" for f in check.figures if f.cell),
        })
    return rows


ROWS: dict[str, Callable[[Record], list[Row]]] = {
    "documents": lambda r: [document_row(r)],
    "references": lambda r: _items(r, r.references),
    "amounts": lambda r: _items(r, r.amounts),
    "counts": lambda r: _items(r, r.counts),
    "footnotes": footnote_rows,
    "footnote_items": footnote_item_rows,
    "checks": check_rows,
    "percentages": lambda r: _items(r, r.percentages),
    "ratios": lambda r: _items(r, r.ratios),
}


def table_rows(name: str, records: Iterable[Record]) -> list[Row]:
    """The rows of table `name` for `records`, in record order."""
    return [row for record in records for row in ROWS[name](record)]


def frame_of(rows: list[Row], columns: list[str]) -> pd.DataFrame:
    """A table as a DataFrame of Python values in `columns` order (the one source of every output format)."""
    # object dtype keeps whole numbers whole: an int column with blanks would otherwise turn float (2026.0)
    return pd.DataFrame(rows, columns=columns, dtype=object)


SKIPPED_COLUMNS = ["source", "reason"]


def skipped_csv(rows: Iterable[tuple[str, str]]) -> bytes:
    """skipped.csv: each file found among the inputs but not read (source, reason)."""
    return frame_csv(frame_of([dict(zip(SKIPPED_COLUMNS, row)) for row in rows], SKIPPED_COLUMNS))


def frame_csv(frame: pd.DataFrame) -> bytes:
    """A table as CSV: UTF-8 bytes with a byte-order mark."""
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
