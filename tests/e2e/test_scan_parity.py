"""The scanned seed (corpus/seed_scan.pdf: the seed PDF as a noisy, askew 200-dpi image) gives what
the text seed (corpus/seed.txt) gives: references with their dates, amounts, counts and footnote
items, at most 2% of references or amounts missed, and a confidence on every item from OCR.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from extract.pipeline import extract_record
from schemas.models import Record

pytestmark = pytest.mark.slow  # OCR of the scanned seed

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TEXT, SCAN = CORPUS / "seed.txt", CORPUS / "seed_scan.pdf"
MAX_MISSED = 0.02


@lru_cache(maxsize=None)
def _record(path: Path) -> Record:
    if not path.is_file():
        pytest.skip(f"{path} is missing: build the corpus (python -m tools.make_corpus)")
    return extract_record(path, path.stem, path.name)[0]


def _missed(text: Counter, scan: Counter) -> float:
    return sum((text - scan).values()) / max(1, sum(text.values()))


def test_references_and_dates() -> None:
    def keys(record: Record) -> Counter:
        return Counter((ref.canonical, ref.issued_on) for ref in record.references)

    text, scan = keys(_record(TEXT)), keys(_record(SCAN))
    assert text, "the text seed gives references"
    assert _missed(text, scan) <= MAX_MISSED, text - scan
    assert not scan - text, "the scan invents no reference"


def test_amounts() -> None:
    text = Counter(amount.value_vnd for amount in _record(TEXT).amounts)
    scan = Counter(amount.value_vnd for amount in _record(SCAN).amounts)
    assert text
    assert _missed(text, scan) <= MAX_MISSED, text - scan
    assert not scan - text, "the scan invents no amount"


def test_counts() -> None:
    def keys(record: Record) -> Counter:
        return Counter((count.value, count.noun) for count in record.counts)

    assert keys(_record(SCAN)) == keys(_record(TEXT))


def test_footnote_items() -> None:
    def keys(record: Record) -> list[tuple[str, int, str]]:
        return sorted((note.footnote, item.item, item.product) for note in record.footnotes for item in note.items)

    text = keys(_record(TEXT))
    assert len(text) > 10
    assert keys(_record(SCAN)) == text


def test_footnote_labels_and_markers() -> None:
    for record in (_record(TEXT), _record(SCAN)):
        labels = [note.footnote for note in record.footnotes]
        assert labels == [marker.footnote for marker in record.footnote_markers] == ["1", "2"]


def test_every_ocr_item_has_a_confidence() -> None:
    record = _record(SCAN)
    assert record.ocr_pages == record.pages
    items = [*record.references, *record.amounts, *record.counts, *record.footnote_markers, *record.footnotes]
    items += [item for note in record.footnotes for item in note.items]
    assert items and all(item.confidence is not None and 0 < item.confidence <= 100 for item in items)
