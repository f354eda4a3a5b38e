"""Write stage: the files of CONTRACT.md, each written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Optional

from extract.write.atomic import write_bytes_atomic, write_text_atomic
from extract.write.review import write_index_page, write_review_page
from extract.write.tables import COLUMNS, table_csv
from schemas.models import Record


def record_json(record: Record) -> str:
    """The JSON record: UTF-8, stable key order, dates as ISO strings."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def write_document(out_dir: Path, record: Record, text: Optional[str]) -> None:
    """json/<doc_id>.json, text/<doc_id>.txt and review/<doc_id>.html of one document.

    A document without text (failed) loses the text and review page an earlier run may have left,
    so no file describes a version of it that this run did not produce.
    """
    text_path, review_path = out_dir / "text" / f"{record.doc_id}.txt", out_dir / "review" / f"{record.doc_id}.html"
    if text is None:
        text_path.unlink(missing_ok=True)
        review_path.unlink(missing_ok=True)
    else:
        write_text_atomic(text_path, text)
        write_review_page(record, text, review_path)
    write_text_atomic(out_dir / "json" / f"{record.doc_id}.json", record_json(record))


def read_record(out_dir: Path, doc_id: str) -> Record:
    """The record json/<doc_id>.json written by `write_document` (the tables are assembled from these)."""
    return Record.model_validate_json((out_dir / "json" / f"{doc_id}.json").read_bytes())


def write_tables(out_dir: Path, records: Iterable[Record]) -> None:
    """Every CSV table of the run, then the review index page."""
    records = list(records)
    for name in COLUMNS:
        write_bytes_atomic(out_dir / f"{name}.csv", table_csv(name, records))
    write_index_page(records, out_dir / "review" / "index.html")
