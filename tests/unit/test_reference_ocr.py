"""Mentions of one document that OCR spelt two ways: which pairs of symbols are one misreading apart."""

from __future__ import annotations

from datetime import date

import pytest

from extract.parse.reference_ocr import Spelling, join_misreadings, one_misreading, one_stray_glyph

MISREAD = [
    ("BGDĐT-VP", "BUDĐT-VP", True),
    ("QĐ-UBND", "QĐ-UBNF", True),
    ("QĐ-UBND", "QĐ-UBND", False),  # the same spelling is no misreading
    ("QĐ-UBND", "TB-UBND", False),  # two characters differ
    ("NQ/TU", "NQ-TU", False),  # another shape
]


@pytest.mark.parametrize(("a", "b", "expected"), MISREAD)
def test_one_misreading(a: str, b: str, expected: bool) -> None:
    assert one_misreading(a, b) is expected


STRAY = [
    ("QH15", "QHI15", True),  # a thin glyph read between two characters
    ("BCT-ATMT", "BCT:-ATMT", True),
    ("NQ/TU", "NQ/|TU", True),
    ("QĐ-UBND", "QĐ-UBND.", False),  # at an end: punctuation after the symbol, not inside it
    ("NĐ-CP", "INĐ-CP", False),
    ("QĐ-UBND", "QĐ-UBNND", False),  # a letter, not a thin glyph
    ("QH15", "QH1I5", True),
    ("QH15", "QH15", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), STRAY)
def test_one_stray_glyph(a: str, b: str, expected: bool) -> None:
    assert one_stray_glyph(a, b) is expected


def _spelling(symbol: str, issued_on: date | None = None, confidence: float | None = 90.0) -> Spelling:
    return Spelling(number="163", prefix="163/2024/", symbol=symbol, issued_on=issued_on, confidence=confidence)


def test_stray_glyph_reading_joins_the_printed_one() -> None:
    spellings = [_spelling("QH15", date(2024, 11, 27)), _spelling("QHI15")]
    assert join_misreadings([[0], [1]], spellings) == [[[0], [1]]]


def test_text_layer_spellings_stay_apart() -> None:
    spellings = [_spelling("QH15", confidence=None), _spelling("QHI15", confidence=None)]
    assert join_misreadings([[0], [1]], spellings) == [[[0]], [[1]]]
