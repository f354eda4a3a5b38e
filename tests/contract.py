"""Assertions of CONTRACT.md over an output folder, shared by the end-to-end and real-document tests."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import jsonschema
import pandas as pd

from extract.write.tables import COLUMNS
from schemas.export import SCHEMA_PATH
from schemas.models import Record

REQUIRED = {
    "documents": "doc_id source sha256 status error pages ocr_pages doc_type number issuer place issued_on title signer signer_title"
    " signed_by signed_at signature_intact",
    "references": "doc_id kind canonical number year symbol issued_on issuer page start end text",
    "amounts": "doc_id value_vnd number_text unit page start end text",
    "counts": "doc_id value noun page start end text",
    "footnotes": "doc_id footnote page text",
    "footnote_items": "doc_id footnote item product producer address page",
    "checks": "doc_id check status stated computed difference detail",
}


def read_table(out: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)


def assert_contract(out: Path) -> pd.DataFrame:
    """Every table with its required columns, every quote equal to its span, every JSON valid; returns documents."""
    for name, required in REQUIRED.items():
        table = read_table(out, name)
        missing = set(required.split()) - set(table.columns)
        assert not missing, f"{name}.csv lacks {missing}"
        assert list(table.columns) == COLUMNS[name]
    documents = read_table(out, "documents")
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    texts = {}
    for row in documents.itertuples():
        record_json = json.loads((out / "json" / f"{row.doc_id}.json").read_text(encoding="utf-8"))
        jsonschema.validate(record_json, schema)
        Record.model_validate(record_json)
        if row.status == "ok":
            texts[row.doc_id] = (out / "text" / f"{row.doc_id}.txt").read_text(encoding="utf-8")
    for name in ("references", "amounts", "counts", "footnote_items", "percentages", "ratios"):
        for row in read_table(out, name).itertuples():
            text = texts[row.doc_id]
            assert text[int(row.start) : int(row.end)] == row.text, f"{name}: {row.doc_id} {row.start}:{row.end}"
    return documents


_ARROW = {"int": "int64", "bool": "bool", "date": "date32", "datetime": "timestamp", "decimal": "decimal128",
          "float": "double", "text": "string"}


def _same(kind: str, printed: str, typed: object) -> bool:
    """A CSV cell and the typed value of the same cell say the same thing."""
    if printed == "":
        return typed is None
    if kind in ("decimal", "float"):
        return typed is not None and Decimal(printed) == Decimal(str(typed))
    if kind == "bool":
        return typed in (True, False) and str(bool(typed)) == printed
    if kind in ("date", "datetime"):
        return str(typed).replace(" ", "T").startswith(printed[:10]) if typed is not None else False
    return str(typed) == printed


def assert_typed_formats_match_csv(out: Path) -> None:
    """Parquet files and the SQLite database hold exactly the CSV rows, each column with its type."""
    import sqlite3

    import pyarrow.parquet as pq

    from extract.write.typed import column_kind

    database = sqlite3.connect(out / "baocao.sqlite")
    try:
        for csv_path in sorted(out.glob("*.csv")):
            name = csv_path.stem
            if name == "skipped":
                continue
            table = read_table(out, name)
            arrow = pq.read_table(out / "parquet" / f"{name}.parquet")
            for field in arrow.schema:
                assert str(field.type).split("(")[0].split("[")[0] == _ARROW[column_kind(name, field.name)], (name, field)
            parquet = arrow.to_pylist()
            cursor = database.execute(f'SELECT * FROM "{name}" ORDER BY rowid')
            columns = [d[0] for d in cursor.description]
            sql_rows = [dict(zip(columns, row)) for row in cursor.fetchall()]
            assert len(parquet) == len(sql_rows) == len(table), name
            for row, typed_row, sql_row in zip(table.to_dict("records"), parquet, sql_rows):
                for column, printed in row.items():
                    kind = column_kind(name, column)
                    assert _same(kind, printed, typed_row[column]), (name, column, printed, typed_row[column])
                    assert _same(kind, printed, sql_row[column]), (name, column, printed, sql_row[column])
        texts = dict(database.execute("SELECT doc_id, text FROM texts"))
        for doc_id, text in texts.items():
            assert (out / "text" / f"{doc_id}.txt").read_text(encoding="utf-8") == text
    finally:
        database.close()
