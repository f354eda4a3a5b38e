"""Write stage: the files of CONTRACT.md, each written atomically."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Optional

from extract.write.atomic import write_bytes_atomic, write_text_atomic
from extract.write.review import write_index_page, write_review_page
from extract.write.tables import COLUMNS, skipped_csv, table_csv
from schemas.models import Record


def record_json(record: Record) -> str:
    """The JSON record: UTF-8, stable key order, dates as ISO strings."""
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n"


def write_document(out_dir: Path, record: Record, text: Optional[str]) -> None:
    """json/<doc_id>.json, text/<doc_id>.txt and review/<doc_id>.html of one document."""
    write_text_atomic(out_dir / "json" / f"{record.doc_id}.json", record_json(record))
    if text is not None:
        write_text_atomic(out_dir / "text" / f"{record.doc_id}.txt", text)
        write_review_page(record, text, out_dir / "review" / f"{record.doc_id}.html")


def write_skipped(out_dir: Path, rows: Iterable[tuple[str, str]]) -> None:
    """skipped.csv: (source, reason) of every file found among the inputs but not read."""
    write_bytes_atomic(out_dir / "skipped.csv", skipped_csv(rows))


def write_tables(out_dir: Path, records: Iterable[Record]) -> None:
    """Every CSV table of the run, then the review index page."""
    records = list(records)
    for name in COLUMNS:
        write_bytes_atomic(out_dir / f"{name}.csv", table_csv(name, records))
    write_index_page(records, out_dir / "review" / "index.html")
