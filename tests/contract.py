"""Assertions of CONTRACT.md over an output folder, shared by the end-to-end and real-document tests."""

from __future__ import annotations

import json
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
