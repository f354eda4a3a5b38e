"""The committed JSON Schema is the one the models export, and the models refuse inconsistent items."""

import pytest
from pydantic import ValidationError

from schemas.export import SCHEMA_PATH, record_schema_text
from schemas.models import Amount


def test_committed_schema_is_up_to_date():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == record_schema_text(), "run: python -m schemas.export"


@pytest.mark.parametrize(
    "start, end, text, ok",
    [
        (10, 25, "1.000 triệu đồng", False),  # 15 characters of span for a 16-character quote
        (10, 26, "1.000 triệu đồng", True),
    ],
)
def test_span_must_fit_quote(start, end, text, ok):
    fields = dict(value_vnd=1_000_000_000, number_text="1.000", unit="triệu đồng", page=1, start=start, end=end, text=text)
    if ok:
        Amount(**fields)
    else:
        with pytest.raises(ValidationError):
            Amount(**fields)
