"""Header fields of the non-scanned real documents against the values checked by hand in each document
(tests/gold/header.py). One test per field, so a run reports the accuracy of every field over the documents."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.normalise.document import NormalisedDocument
from extract.parse.header import parse_header
from schemas.models import Header
from tests.gold.header import EXPECTED, header_value

FIELDS = list(next(iter(EXPECTED.values())))


@lru_cache(maxsize=None)
def _parsed(path: Path) -> tuple[NormalisedDocument, Header]:
    if path.suffix == ".pdf":
        from extract.read.pdf import read_pdf as read
    else:
        from extract.read.docx import read_docx as read
    doc = normalise(read(path))
    return doc, parse_header(doc)


@pytest.mark.parametrize("name, field", [(name, field) for name in EXPECTED for field in FIELDS])
def test_real_header_field(real_dir: Path, name: str, field: str):
    path = real_dir / name
    if not path.is_file():
        pytest.skip(f"{name} is absent from {real_dir}")
    doc, header = _parsed(path)
    assert header_value(doc, header, field) == EXPECTED[name][field]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_real_header_quotes(real_dir: Path, name: str):
    path = real_dir / name
    if not path.is_file():
        pytest.skip(f"{name} is absent from {real_dir}")
    doc, header = _parsed(path)
    fields = [v for _, v in header if hasattr(v, "start")]
    for field in [*fields, *header.recipients, *header.distribution]:
        assert doc.text[field.start : field.end] == field.text

