"""Header fields of the non-scanned real documents, the signed PDFs and the archive's files with a text layer
(old Word, TCVN3/VNI, a spreadsheet) against the values checked by hand in each document (tests/gold/header.py).
One test per field, so a run reports the accuracy of every field over the documents; a field still missed is
listed in KNOWN_MISSES with its cause (a strict xfail: it fails once the field comes right)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.normalise.document import NormalisedDocument
from extract.parse.header import parse_header
from schemas.models import Header
from tests.gold.header import EXPECTED, MEASURED, header_value
from tests.shared import SHARED, find_document

FIELDS = list(next(iter(EXPECTED.values())))
# the archive's files read from their text (scans are scored by `make evaluate`, their OCR tested apart)
ARCHIVE_TEXT = {name: gold for name, gold in MEASURED.items() if name.startswith(("vb", "vc")) and "_scan" not in name}
KNOWN_MISSES = {
    ("vc03_ubnd_cantho_qd_256-2004_ct_cchc_tcvn3.doc", "signer"): "the name is typed on the line of a `Nơi nhận` "
    "entry, the two columns kept apart by a run of spaces that the reader folds into one: it reads as part of the entry",
}


def _path(name: str) -> Path:
    path = find_document(name)
    if path is None:
        pytest.skip(f"{name} is absent from {SHARED} (the genuine documents live beside the project, not in it)")
    return path


@lru_cache(maxsize=None)
def _parsed(path: Path) -> tuple[NormalisedDocument, Header]:
    from extract.read import read_document

    doc = normalise(read_document(path))
    return doc, parse_header(doc)


@pytest.mark.parametrize("name, field", [(name, field) for name in EXPECTED for field in FIELDS])
def test_real_header_field(name: str, field: str):
    doc, header = _parsed(_path(name))
    assert header_value(doc, header, field) == EXPECTED[name][field]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_real_header_quotes(name: str):
    doc, header = _parsed(_path(name))
    fields = [v for _, v in header if hasattr(v, "start")]
    for field in [*fields, *header.recipients, *header.distribution]:
        assert doc.text[field.start : field.end] == field.text



@pytest.mark.parametrize(
    "name, field",
    [
        pytest.param(name, field, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[name, field])]
                     if (name, field) in KNOWN_MISSES else [])
        for name, gold in ARCHIVE_TEXT.items() for field in gold
    ],
)
def test_archive_header_field(name: str, field: str):
    doc, header = _parsed(_path(name))
    assert header_value(doc, header, field) == ARCHIVE_TEXT[name][field]
