"""One document through every stage: read → normalise → parse → check → validate.

Any failure of one document becomes a `failed` record with a one-line error; it never escapes
to stop the batch.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from extract.check import run_checks
from extract.errors import DocumentError, one_line
from extract.normalise import NormalisedDocument, normalise
from extract.parse import parse_document
from extract.read import read_document
from extract.read.pdf_signatures import read_signatures
from schemas.models import Record, Signature, Table, TableCell


@dataclass
class Result:
    """A validated record, and the normalised text its offsets point into (None when failed)."""

    record: Record
    text: Optional[str]


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def tables_of(doc: NormalisedDocument) -> list[Table]:
    """The tables of `doc` as schema items, each cell quoted."""
    return [
        Table(
            page=table.page,
            start=table.start,
            end=table.end,
            rows=table.rows,
            columns=table.columns,
            cells=[TableCell(row=c.row, column=c.column, **doc.quote(c.start, c.end)) for c in table.cells],
        )
        for table in doc.tables
    ]


def signatures_of(path: Path, fmt: str) -> list[Signature]:
    """The digital signatures of a PDF as schema items ([] for other formats and unsigned files)."""
    if fmt != "pdf":
        return []
    return [Signature(**asdict(info), signed_by=info.signed_by) for info in read_signatures(path)]


def extract_record(path: Path, doc_id: str, source: str) -> tuple[Record, NormalisedDocument]:
    """The validated record of the document at `path`; raises on any failure."""
    raw = read_document(path)
    doc = normalise(raw)
    if not doc.text.strip():
        raise DocumentError("no text found (blank document, or a scan whose pages could not be read)")
    fields = parse_document(doc)
    record = Record(
        doc_id=doc_id,
        source=source,
        sha256=sha256_of(path),
        status="ok",
        pages=doc.page_count,
        ocr_pages=raw.ocr_pages,
        text_chars=len(doc.text),
        tables=tables_of(doc),
        signatures=signatures_of(path, raw.format),
        **fields,
    )
    record.checks = run_checks(doc, record)
    return Record.model_validate(record.model_dump()), doc


def process(path: Path, doc_id: str, source: str) -> Result:
    """Run one document; a failure is returned as a failed record, never raised."""
    try:
        record, doc = extract_record(path, doc_id, source)
        return Result(record, doc.text)
    except Exception as error:  # noqa: BLE001 - one document's failure must never stop the batch
        try:
            digest = sha256_of(path)
        except OSError:
            digest = ""
        failed = Record(doc_id=doc_id, source=source, sha256=digest, status="failed", error=one_line(error))
        return Result(failed, None)
