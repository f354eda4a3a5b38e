"""Cost grows linearly with the length of the text: no rule rescans a paragraph per figure.

Dense synthetic text, built here: every kind of figure and the forms that relate them, repeated with no
sentence end (a scan, or a table read as text, can make a whole page one run), and the same as many short
lines of one paragraph. The test is of the growth ratio (CPU time of 4n against n; linear is 4, a rule
that grows with the square of the text gives 16), not of seconds: `make bench` measures speed.
"""

from __future__ import annotations

import time

from extract.check import run_checks
from extract.normalise import normalise
from extract.parse import parse_document
from extract.read.model import RawDocument, RawLine, RawPage
from schemas.models import Record

# One phrase of each kind a rule reads: amounts in clauses listed with commas, counts in parallel clauses,
# totals related to parts by words and brackets, references with date and issuer, slashes in number-like runs.
PHRASES = [
    "kinh phí hỗ trợ cho khoa học, đổi mới, sáng tạo 1.000 triệu đồng, ",
    "hỗ trợ 12 đề án, ",
    "tổng số 37 đề án gồm 10 đề án và 27 đề án, trong đó 5 đề án (gồm 2 đề án, 3 đề án) ",
    "Quyết định số 587/QĐ-UBND ngày 24/9/2021 của UBND tỉnh ",
    "1 / 2 / 3 / ",
    "đạt 76,3% và 26.770/47.826 hồ sơ; ",
]
GROWTH_LIMIT = 8.0  # linear: 4; a square law: 16


def _dense(size: int) -> RawDocument:
    """About `size` characters: half one run without a sentence end, half lines continuing one paragraph."""
    unit = "".join(PHRASES)
    run = (unit * (size // 2 // len(unit) + 1))[: size // 2]
    lines = [RawLine(text=run, new_paragraph=True)]
    lines += [RawLine(text=phrase.strip()) for phrase in PHRASES * (size // 2 // len(unit) + 1)]
    return RawDocument(pages=[RawPage(number=1, lines=lines)], format="txt")


def _cost(raw: RawDocument) -> float:
    """CPU seconds of normalise, parse and check on `raw` (CPU time: other jobs on the machine do not count)."""
    began = time.process_time()
    doc = normalise(raw)
    record = Record(doc_id="dense", source="dense", sha256="", status="ok", **parse_document(doc).record_fields())
    record.checks = run_checks(doc, record)
    return time.process_time() - began


def test_cost_grows_linearly_with_length() -> None:
    _cost(_dense(2_000))  # load the language models first
    small, large = _cost(_dense(25_000)), _cost(_dense(100_000))
    assert large / small < GROWTH_LIMIT, f"25 KB: {small:.2f} s, 100 KB: {large:.2f} s, ratio {large / small:.1f}"
