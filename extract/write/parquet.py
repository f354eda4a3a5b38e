"""`parquet/<table>.parquet`: every table with real column types (pyarrow), written atomically."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from extract.write.atomic import write_bytes_atomic
from extract.write.typed import Kind, typed_columns

_SIMPLE: dict[Kind, pa.DataType] = {
    "int": pa.int64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "float": pa.float64(),
    "text": pa.string(),
}
_MAX_SCALE = 12


def _decimal_type(values: list[Optional[Decimal]]) -> pa.DataType:
    """decimal128 wide enough for every value: scale from the most decimal places, at most 38 digits."""
    scale = max((-v.as_tuple().exponent for v in values if v is not None and v.as_tuple().exponent < 0), default=0)
    return pa.decimal128(38, min(scale, _MAX_SCALE))


def _utc(value: Optional[datetime]) -> Optional[datetime]:
    if value is None:
        return None
    return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)


def arrow_column(kind: Kind, values: list[Any]) -> pa.Array:
    """The values of one column as an Arrow array of its kind."""
    if kind == "decimal":
        data_type = _decimal_type(values)
        quantum = Decimal(1).scaleb(-data_type.scale)
        return pa.array([None if v is None else v.quantize(quantum) for v in values], type=data_type)
    if kind == "datetime":
        return pa.array([_utc(v) for v in values], type=pa.timestamp("us", tz="UTC"))
    return pa.array(values, type=_SIMPLE[kind])


def arrow_table(name: str, frame: pd.DataFrame) -> pa.Table:
    """A table with one typed Arrow column per column of `frame`, in the same order."""
    columns = typed_columns(name, frame)
    return pa.table({column: arrow_column(kind, values) for column, (kind, values) in columns.items()})


def write_parquet(folder: Path, frames: dict[str, pd.DataFrame]) -> None:
    """One Parquet file per table in `folder`."""
    for name, frame in frames.items():
        buffer = io.BytesIO()
        pq.write_table(arrow_table(name, frame), buffer)
        write_bytes_atomic(folder / f"{name}.parquet", buffer.getvalue())
