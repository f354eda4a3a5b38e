"""Amounts in the genuine non-scanned documents against the hand-checked lists of tests/gold/amounts.py:
precision and recall >= 0.98."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.parse.money import find_amounts
from extract.read.docx import read_docx
from extract.read.pdf import read_pdf
from tests.gold.amounts import EXPECTED, T


@lru_cache(maxsize=None)  # the PDF reader takes seconds: read each document once per session
def _read(path: Path):
    return normalise(read_docx(path) if path.suffix == ".docx" else read_pdf(path))


def _scores(found: list[tuple[int, str]], expected: list[tuple[int, str]]) -> tuple[float, float]:
    hits = sum((Counter(found) & Counter(expected)).values())
    precision = hits / len(found) if found else 1.0
    recall = hits / len(expected) if expected else 1.0
    return precision, recall


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_amounts(real_dir: Path, prefix: str) -> None:
    [path] = [p for p in real_dir.iterdir() if p.name.startswith(prefix + "_")]
    doc = _read(path)
    amounts = find_amounts(doc)
    found = [(a.value_vnd, a.text) for a in amounts]
    precision, recall = _scores(found, EXPECTED[prefix])
    missing = Counter(EXPECTED[prefix]) - Counter(found)
    extra = Counter(found) - Counter(EXPECTED[prefix])
    assert precision >= 0.98 and recall >= 0.98, f"{prefix}: P={precision:.3f} R={recall:.3f} {missing=} {extra=}"
    assert all(doc.text[a.start : a.end] == a.text for a in amounts)


def test_ld01_pages_and_rounding_parts(real_dir: Path) -> None:
    """The rounding mismatch the GUIDE names is there to check: 19.596 + 2.548 against 22.143 tỷ đồng."""
    [path] = [p for p in real_dir.iterdir() if p.name.startswith("ld01_")]
    by_text = {a.text: a for a in find_amounts(_read(path))}
    assert by_text["22.143 tỷ đồng"].page == 16
    assert by_text["28.611 tỷ đồng"].page == 15
    parts = by_text["19.596 tỷ đồng"].value_vnd + by_text["2.548 tỷ đồng"].value_vnd
    assert by_text["22.143 tỷ đồng"].value_vnd - parts == -1 * T


def test_ld01_unit_column_rows(real_dir: Path) -> None:
    """Biểu mẫu 6: the unit comes from the row's `Đơn vị tính` cell, the purpose from its label cell."""
    [path] = [p for p in real_dir.iterdir() if p.name.startswith("ld01_")]
    table = [(a.text, a.unit, a.purpose, a.page) for a in find_amounts(_read(path)) if a.in_table]
    assert table == [
        ("17.454.000", "Triệu đồng", "Kế hoạch được giao", 33),
        ("9.037.000", "Triệu đồng", "Đã thực hiện", 33),
    ]
