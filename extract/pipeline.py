"""One document through every stage: read → normalise → parse → check → validate.

`extract_record` is the one definition of the stage chain: the batch runs it through `process`,
the benchmark (tools/bench.py) times each stage through its `measure` hook, the evaluation
(tools/evaluate.py) scores what it returns. A failure of one document becomes a `failed` record
with a one-line error and, kept on the Result, the full traceback; it never escapes to stop the batch.
"""

from __future__ import annotations

import hashlib
import logging
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable, Optional, Protocol, TypeVar

from extract.check import run_checks
from extract.errors import DocumentError, one_line
from extract.normalise import NormalisedDocument, normalise
from extract.parse import parse_document
from extract.read import read_document
from extract.read.model import RawDocument
from extract.read.pdf_signatures import read_signatures
from schemas.models import Amount, DocumentMetadata, Figure, Record, Signature, Table, TableCell

log = logging.getLogger(__name__)

T = TypeVar("T")
STAGES = ("read", "normalise", "parse", "check", "validate")


class Measure(Protocol):
    """Runs one stage's work and returns its result; a benchmark times it, the pipeline just runs it."""

    def __call__(self, stage: str, work: Callable[[], T]) -> T: ...


def just_run(stage: str, work: Callable[[], T]) -> T:
    return work()


@dataclass
class Result:
    """A validated record, and the normalised text its offsets point into (None when failed).

    traceback: the full traceback of a failure, for the batch's log (the record keeps one line).
    transient: a failure that says nothing about the document itself (a time limit hit on a busy
    machine, a worker killed from outside): a batch run again tries it once more.
    """

    record: Record
    text: Optional[str]
    traceback: Optional[str] = None
    transient: bool = False


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
            cells=[TableCell(row=c.row, column=c.column, cell=c.address, **doc.quote(c.start, c.end)) for c in table.cells],
            sheet=table.sheet,
        )
        for table in doc.tables
    ]


def place_in_cells(doc: NormalisedDocument, record: Record) -> None:
    """Give each amount and each figure a check used the spreadsheet cell it stands in (sheet and address)."""
    items: list[Amount | Figure] = [*record.amounts, *(figure for check in record.checks for figure in check.figures)]
    for item in items:
        place = doc.cell_at(item.start)
        if place is not None:
            item.sheet, item.cell = place


def metadata_of(doc: NormalisedDocument) -> Optional[DocumentMetadata]:
    """The file's own metadata as a schema item, None when it has none."""
    if doc.metadata is None:
        return None
    return DocumentMetadata.model_validate(
        {**doc.metadata.fields, "decoded_from": doc.metadata.decoded_from, "stored": doc.metadata.stored}
    )


def signatures_of(path: Path, fmt: str) -> list[Signature]:
    """The digital signatures of a PDF as schema items ([] for other formats and unsigned files)."""
    if fmt != "pdf":
        return []
    return [Signature(**asdict(info), signed_by=info.signed_by) for info in read_signatures(path)]


def _read(path: Path) -> tuple[RawDocument, list[Signature]]:
    """The read stage: the pages of lines, and the digital signatures of a PDF."""
    raw = read_document(path)
    return raw, signatures_of(path, raw.format)


def extract_record(path: Path, doc_id: str, source: str, measure: Measure = just_run) -> tuple[Record, NormalisedDocument]:
    """The validated record of the document at `path`, and its normalised document; raises on any failure."""
    raw, signatures = measure("read", lambda: _read(path))
    log.debug("%s: read %d pages (%s, %d OCR'd, %d signatures)", source, len(raw.pages), raw.format, raw.ocr_pages,
              len(signatures))
    doc = measure("normalise", lambda: normalise(raw))
    if not doc.text.strip():
        raise DocumentError("no text found (blank document, or a scan whose pages could not be read)")
    parsed = measure("parse", lambda: parse_document(doc))
    record = Record(
        doc_id=doc_id,
        source=source,
        sha256=sha256_of(path),
        status="ok",
        pages=doc.page_count,
        ocr_pages=raw.ocr_pages,
        text_chars=len(doc.text),
        tables=tables_of(doc),
        metadata=metadata_of(doc),
        signatures=signatures,
        **parsed.record_fields(),
    )
    record.checks = measure("check", lambda: run_checks(doc, record))
    place_in_cells(doc, record)
    return measure("validate", lambda: Record.model_validate(record.model_dump())), doc


def process(path: Path, doc_id: str, source: str) -> Result:
    """Run one document; a failure is returned as a failed record with its traceback, never raised."""
    try:
        record, doc = extract_record(path, doc_id, source)
        return Result(record, doc.text)
    except DocumentError as error:
        log.info("%s: cannot be processed: %s", source, error)
        return _failed(path, doc_id, source, error)
    except Exception as error:  # noqa: BLE001 - one document's failure must never stop the batch
        log.error("%s: internal error", source, exc_info=True)
        return _failed(path, doc_id, source, error)


def _failed(path: Path, doc_id: str, source: str, error: Exception) -> Result:
    try:
        digest = sha256_of(path)
    except OSError:
        digest = ""
    failed = Record(doc_id=doc_id, source=source, sha256=digest, status="failed", error=one_line(error))
    return Result(failed, None, "".join(traceback.format_exception(error)))
