"""`baocao.sqlite`: every table typed, with keys and indexes, and the normalised texts; written atomically.

`documents.doc_id` is the primary key; every other table's `doc_id` (and `links.cited_doc_id`) is a foreign
key to it; each row table has an integer `id` primary key. Dates are ISO text (SQLite's own convention),
booleans 0/1, exact decimals NUMERIC.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, Mapping

import pandas as pd

from extract.write.typed import Kind, typed_columns

_SQL_TYPE: dict[Kind, str] = {
    "int": "INTEGER",
    "bool": "INTEGER",
    "date": "TEXT",
    "datetime": "TEXT",
    "decimal": "NUMERIC",
    "float": "REAL",
    "text": "TEXT",
}
# The columns people join and filter by.
INDEXED = ("doc_id", "cited_doc_id", "canonical", "kind", "issued_on", "check", "status", "noun", "footnote", "number")
_FOREIGN = ("doc_id", "cited_doc_id")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def _create(connection: sqlite3.Connection, name: str, frame: pd.DataFrame) -> None:
    columns = typed_columns(name, frame)
    definitions = []
    if name == "documents":
        definitions = [f"{_quote(c)} {_SQL_TYPE[k]}{' PRIMARY KEY' if c == 'doc_id' else ''}" for c, (k, _) in columns.items()]
    else:
        definitions = ["id INTEGER PRIMARY KEY"] + [f"{_quote(c)} {_SQL_TYPE[k]}" for c, (k, _) in columns.items()]
        definitions += [
            f"FOREIGN KEY ({_quote(c)}) REFERENCES documents(doc_id)" for c in _FOREIGN if c in columns
        ]
    connection.execute(f"CREATE TABLE {_quote(name)} ({', '.join(definitions)})")
    rows = zip(*(values for _, values in columns.values())) if columns else []
    placeholders = ", ".join("?" for _ in columns)
    connection.executemany(
        f"INSERT INTO {_quote(name)} ({', '.join(map(_quote, columns))}) VALUES ({placeholders})",
        ([_sql_value(v) for v in row] for row in rows),
    )
    for column in INDEXED:
        if column in columns and not (name == "documents" and column == "doc_id"):
            connection.execute(f"CREATE INDEX {_quote(f'{name}_{column}')} ON {_quote(name)} ({_quote(column)})")


def write_sqlite(path: Path, frames: Mapping[str, pd.DataFrame], texts: Mapping[str, str]) -> None:
    """The database at `path`: `documents` first, then every other table, then `texts` (doc_id, text)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        with sqlite3.connect(temporary) as connection:
            connection.execute("PRAGMA foreign_keys = ON")
            _create(connection, "documents", frames["documents"])
            for name, frame in frames.items():
                if name != "documents":
                    _create(connection, name, frame)
            connection.execute("CREATE TABLE texts (doc_id TEXT PRIMARY KEY REFERENCES documents(doc_id), text TEXT)")
            connection.executemany("INSERT INTO texts VALUES (?, ?)", sorted(texts.items()))
        connection.close()
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

