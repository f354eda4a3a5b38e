"""Export the JSON Schema of a document record: `python -m schemas.export` rewrites record.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

from schemas.models import Record

SCHEMA_PATH = Path(__file__).with_name("record.schema.json")


def record_schema_text() -> str:
    """The JSON Schema of `Record`, as committed: stable order, UTF-8, trailing newline."""
    schema = Record.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "baocao/record.schema.json"
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(record_schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
