"""The seed report read from its text file: header, closing and both footnote lists, item by item.

Expected values (tests/gold/seed.py) were written by hand from reading ../shared/seed/000_3bfc41f83deee874.txt.
The seed starts at `BÁO CÁO`: it prints no issuer, number, place or date.
"""

from __future__ import annotations

import pytest

from extract.normalise import normalise
from extract.parse.footnotes import parse_footnotes
from extract.parse.header import infer_province, parse_header
from extract.read.text import read_text
from tests.gold.seed import FOOTNOTE_1, FOOTNOTE_2, HEADER


@pytest.fixture(scope="module")
def seed_doc(seed_path):
    return normalise(read_text(seed_path))


@pytest.fixture(scope="module")
def header(seed_doc):
    return parse_header(seed_doc)


@pytest.fixture(scope="module")
def footnotes(seed_doc):
    return parse_footnotes(seed_doc)


def test_no_issuer_block(header):
    assert header.issuer is None and header.parent_issuer is None
    assert header.number is None and header.symbol is None and not header.number_blank
    assert header.place is None and header.issued_on is None and not header.date_blank


def test_type_title_recipient(header):
    assert (header.doc_type.value, header.doc_type.text) == (HEADER["doc_type"], "BÁO CÁO")
    assert header.title.value == HEADER["title"]
    assert [r.value for r in header.recipients] == HEADER["recipients"]


def test_closing(header):
    assert [d.value for d in header.distribution] == HEADER["distribution"]
    assert (header.authority.value, header.authority.text) == (HEADER["authority"], "KT.GIÁM ĐỐC")
    assert header.signer_title.text == HEADER["signer_title"]
    assert header.signer.text == HEADER["signer"]


def test_every_field_quotes_the_text(seed_doc, header, footnotes):
    markers, notes = footnotes
    fields = [v for _, v in header if hasattr(v, "start")] + header.recipients + header.distribution
    items = [item for note in notes for item in note.items]
    for field in [*fields, *markers, *notes, *items]:
        assert seed_doc.text[field.start : field.end] == field.text


def test_province(seed_doc, header):
    assert infer_province(seed_doc, header) == HEADER["province"]


def test_markers_link_to_footnotes(footnotes):
    markers, notes = footnotes
    assert [m.footnote for m in markers] == ["1", "2"]
    assert [n.footnote for n in notes] == ["1", "2"]
    assert [len(n.items) for n in notes] == [38, 5]


@pytest.mark.parametrize("note, expected", [(0, row) for row in FOOTNOTE_1] + [(1, row) for row in FOOTNOTE_2])
def test_footnote_item(footnotes, note, expected):
    item = footnotes[1][note].items[expected[0] - 1]
    assert (item.item, item.product, item.producer, item.address, item.producer_shared) == expected
    assert item.text.startswith(f"{expected[0]}.")
