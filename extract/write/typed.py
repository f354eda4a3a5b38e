"""Column types for the typed outputs (Parquet, SQLite): one kind per column, the CSV's values converted.

CSV is text; a warehouse or a database wants integers, dates, booleans and exact decimals. A column's kind
is looked up by table and column, then by column name alone, else it is text. A value that does not fit
its kind (an int beyond 64 bits, a malformed date) becomes empty rather than failing the batch; it stays
as printed in the CSV and the JSON.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, Optional

import pandas as pd

log = logging.getLogger(__name__)

Kind = Literal["int", "bool", "date", "datetime", "decimal", "float", "text"]

_BY_NAME: dict[str, Kind] = {
    **dict.fromkeys(
        "pages ocr_pages text_chars references cited_documents amounts counts footnotes checks checks_failed "
        "page start end year cited_id value_vnd value item items numerator denominator warnings".split(),
        "int",
    ),
    **dict.fromkeys(
        "number_blank date_blank in_table within_rounding date_from_full_mention producer_shared signature_intact "
        "malformed implausible".split(),
        "bool",
    ),
    "issued_on": "date",
    "signed_at": "datetime",
    "confidence": "float",
    **dict.fromkeys("stated computed difference".split(), "decimal"),
}
_BY_TABLE: dict[tuple[str, str], Kind] = {("percentages", "value"): "decimal"}

INT64 = (-(2**63), 2**63 - 1)


def column_kind(table: str, column: str) -> Kind:
    """The kind of `table`.`column`: integers, booleans, dates, exact decimals, or text."""
    return _BY_TABLE.get((table, column)) or _BY_NAME.get(column, "text")


def typed_value(kind: Kind, value: Any) -> Any:
    """`value` as a Python value of `kind`; None for a blank or for a value that does not fit."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return None
    try:
        return _CONVERT[kind](value)
    except (ValueError, TypeError, InvalidOperation, OverflowError) as error:
        log.warning("value %r does not fit a %s column (%s); left empty in the typed outputs", value, kind, error)
        return None


def _int(value: Any) -> int:
    number = int(value)
    if not INT64[0] <= number <= INT64[1]:
        raise OverflowError("beyond 64-bit integers")
    return number


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if str(value).strip().lower() in ("true", "1"):
        return True
    if str(value).strip().lower() in ("false", "0"):
        return False
    raise ValueError("not a boolean")


def _date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _decimal(value: Any) -> Decimal:
    number = Decimal(str(value))
    if not number.is_finite():
        raise ValueError("not a finite number")
    return number


_CONVERT = {
    "int": _int,
    "bool": _bool,
    "date": _date,
    "datetime": _datetime,
    "decimal": _decimal,
    "float": float,
    "text": str,
}


def typed_columns(table: str, frame: pd.DataFrame) -> dict[str, tuple[Kind, list[Optional[Any]]]]:
    """Each column of `frame` with its kind and its values converted to it."""
    return {
        column: (column_kind(table, column), [typed_value(column_kind(table, column), v) for v in frame[column]])
        for column in frame.columns
    }
