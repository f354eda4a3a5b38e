"""Every reference of the seed report, written by hand from reading it (tests/gold/seed.py), found end to end."""

import pytest

from extract.normalise import normalise
from extract.parse import infer_province, parse_header
from extract.parse.references import find_references
from extract.read import read_document
from tests.gold.seed import SEED_CITED, SEED_MENTIONS, SEED_SUBJECTS


@pytest.fixture(scope="module")
def seed(seed_path):
    doc = normalise(read_document(seed_path))
    header = parse_header(doc)
    refs, cited = find_references(doc, own_canonical=header.canonical, province=infer_province(doc, header))
    return doc, refs, cited


def test_every_mention_of_the_seed(seed):
    _, refs, _ = seed
    found = [(r.text, r.kind, r.canonical, r.issued_on, r.issuer, r.date_from_full_mention) for r in refs]
    assert found == SEED_MENTIONS


def test_cited_documents_of_the_seed(seed):
    _, refs, cited = seed
    assert [(c.canonical, c.kind, c.mentions) for c in cited] == SEED_CITED
    for cited_id, document in enumerate(cited):
        assert all(refs[i].cited_id == cited_id for i in document.mentions)


def test_subjects_and_years_of_the_seed(seed):
    _, refs, _ = seed
    for index, subject in SEED_SUBJECTS.items():
        assert refs[index].subject == subject
    assert [r.year for r in refs] == [2021, 2021, 2021, 2012, 2020, 2021, 2021, 2021, 2024, 2018, 2021]


def test_seed_quotes_point_into_the_text(seed):
    doc, refs, _ = seed
    for ref in refs:
        assert doc.text[ref.start : ref.end] == ref.text
        assert ref.page == 1
