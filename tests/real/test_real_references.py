"""References in the real documents, against the set written by hand from reading each one: those with a
text layer, and the two scans (read by OCR; checked against the page images). The expected mentions and
what counts as a match are in tests/gold/references.py. Precision and recall must reach 0.98.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.parse import infer_province, parse_header
from extract.parse.references import find_references
from extract.read import read_document
from tests.gold.references import EXPECTED, SCANNED, SCANNED_KINDS, matches, mentions

BAR = 0.98


def score(refs, expected: list[tuple[str, date | None]]) -> tuple[float, float, list, list]:
    """Precision, recall, the unmatched found mentions and the missed expected ones."""
    unmatched = list(refs)
    missed = []
    for canonical, printed in expected:
        hit = next((r for r in unmatched if matches(r, canonical, printed)), None)
        if hit is None:
            missed.append((canonical, printed))
        else:
            unmatched.remove(hit)
    correct = len(refs) - len(unmatched)
    return correct / max(1, len(refs)), correct / max(1, len(expected)), unmatched, missed


def _references(path: Path):
    doc = normalise(read_document(path))
    header = parse_header(doc)
    refs, _ = find_references(doc, own_canonical=header.canonical, province=infer_province(doc, header))
    return refs


@pytest.mark.parametrize("name", list(EXPECTED))
def test_precision_and_recall(real_dir, name):
    refs = _references(real_dir / name)
    precision, recall, extra, missed = score(refs, mentions(EXPECTED[name]))
    print(f"{name}: precision {precision:.3f} recall {recall:.3f} ({len(refs)} found)")
    assert precision >= BAR and recall >= BAR, f"extra: {[(r.canonical, r.issued_on) for r in extra]}; missed: {missed}"


@pytest.fixture(scope="module")
def scanned_references(real_dir):
    """The references of each scan: OCR takes some seconds a page, so read once."""
    return {name: _references(real_dir / name) for name in SCANNED}


@pytest.mark.parametrize("name", list(SCANNED))
def test_scanned_precision_and_recall(scanned_references, name):
    refs = scanned_references[name]
    precision, recall, extra, missed = score(refs, mentions(SCANNED[name]))
    print(f"{name}: precision {precision:.3f} recall {recall:.3f} ({len(refs)} found)")
    assert precision >= BAR and recall >= BAR, f"extra: {[(r.canonical, r.issued_on) for r in extra]}; missed: {missed}"


@pytest.mark.parametrize("name", list(SCANNED))
def test_scanned_kinds(scanned_references, name):
    assert [r.kind for r in scanned_references[name]] == SCANNED_KINDS[name]


def test_scanned_misreading_joins_its_document(scanned_references):
    """The three mentions of one Công văn are one cited document, whichever of them OCR misreads."""
    refs = [r for r in scanned_references[list(SCANNED)[1]] if r.number == "2637"]
    assert len(refs) == 3 and len({r.cited_id for r in refs}) == 1
    assert all(r.canonical == "2637/BGDĐT-VP" for r in refs)
    assert all(r.canonical_printed is None or r.canonical_printed in "".join(r.text.split()) for r in refs)
