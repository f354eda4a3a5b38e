"""Write stage: the files of CONTRACT.md, each written atomically, in the formats asked for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Optional, Sequence

import pandas as pd

from extract.write.atomic import write_bytes_atomic, write_text_atomic
from extract.write.links import LINK_COLUMNS, link_rows
from extract.write.review import write_index_page, write_review_page
from extract.write.sqlite import write_sqlite
from extract.write.tables import COLUMNS, frame_csv, frame_of, table_rows
from schemas.models import Record

FORMATS = ("csv", "parquet", "sqlite")


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


def table_frames(records: list[Record]) -> dict[str, pd.DataFrame]:
    """Every table of the run as a DataFrame: the per-record tables, then the links between documents."""
    frames = {name: frame_of(table_rows(name, records), columns) for name, columns in COLUMNS.items()}
    frames["links"] = frame_of(link_rows(records), LINK_COLUMNS)
    return frames


def _texts(out_dir: Path, records: list[Record]) -> dict[str, str]:
    paths = {r.doc_id: out_dir / "text" / f"{r.doc_id}.txt" for r in records if r.status == "ok"}
    return {doc_id: path.read_text(encoding="utf-8") for doc_id, path in paths.items() if path.exists()}


def write_tables(out_dir: Path, records: Iterable[Record], formats: Sequence[str] = ("csv",)) -> None:
    """Every table of the run in each of `formats`, then the review index page."""
    records = list(records)
    frames = table_frames(records)
    if "csv" in formats:
        for name, frame in frames.items():
            write_bytes_atomic(out_dir / f"{name}.csv", frame_csv(frame))
    if "parquet" in formats:
        from extract.write.parquet import write_parquet  # pyarrow is loaded only when Parquet is asked for

        write_parquet(out_dir / "parquet", frames)
    if "sqlite" in formats:
        write_sqlite(out_dir / "baocao.sqlite", frames, _texts(out_dir, records))
    write_index_page(records, out_dir / "review" / "index.html", frames["links"])
