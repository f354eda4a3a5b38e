"""Counts in genuine documents against the hand-checked lists of tests/gold/counts.py: precision and
recall, paragraph by paragraph.

A hit needs value, noun and quoted text to agree. Known misses, counted in the scores below:
- `59.072 đăng ký khai sinh` (ld03): the noun `hồ sơ` is left out and a verb follows the number;
- `290.773 giấy chứng nhận` (ld03): found as `giấy` (pyvi tags `chứng nhận` as a verb);
- `03 bài chuyên mục` (ld01): found as `bài` (pyvi tags `chuyên mục` as a verb here).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.normalise.document import NormalisedDocument
from extract.parse.counts import find_counts
from extract.read.docx import read_docx
from extract.read.pdf import read_pdf
from tests.gold.counts import EXPECTED, Expected, paragraph_span

# Minimum precision and recall of (value, noun, text) per document; the misses above are the gap.
MINIMUM = 0.95


@lru_cache(maxsize=None)  # the PDF reader takes seconds: read each document once per session
def _read(path: Path) -> NormalisedDocument:
    return normalise(read_docx(path) if path.suffix == ".docx" else read_pdf(path))


def _scores(found: list[Expected], expected: list[Expected]) -> tuple[float, float]:
    hits = sum((Counter(found) & Counter(expected)).values())
    return (hits / len(found) if found else 1.0), (hits / len(expected) if expected else 1.0)


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_counts(real_dir: Path, prefix: str) -> None:
    [path] = [p for p in real_dir.iterdir() if p.name.startswith(prefix + "_")]
    doc = _read(path)
    counts = find_counts(doc)
    found: list[Expected] = []
    expected: list[Expected] = []
    for anchor, items in EXPECTED[prefix]:
        start, end = paragraph_span(doc, anchor)
        found += [(c.value, c.noun, c.text) for c in counts if start <= c.start < end]
        expected += items
    precision, recall = _scores(found, expected)
    missing = Counter(expected) - Counter(found)
    extra = Counter(found) - Counter(expected)
    assert precision >= MINIMUM and recall >= MINIMUM, f"{prefix}: P={precision:.3f} R={recall:.3f} {missing=} {extra=}"
    assert all(doc.text[c.start : c.end] == c.text for c in counts)
