"""Every parser and check is total: any text, garbled or random, gives items and never an error.

Properties, for thousands of seed sentences mutated the way scans garble them and of random texts
(tests/property/strategies.py): no exception; every item quotes the text at its span; every value
reads back from the number it quotes; each input within a time bound. The examples are drawn from
a fixed seed (`derandomize`), so a run is repeatable and a failure prints the example that reproduces
it; keep such an example as a row of tests/unit/test_garbled_figures.py once fixed.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.check import run_checks
from extract.normalise import from_text
from extract.parse import parse_document
from extract.parse.money_units import to_vnd
from extract.vi.numbers import NUMBER, parse_vn_number, read_vn_number
from schemas.models import Quoted, Record
from tests.property.strategies import FIGURE_TEXT, INPUTS

# A time bound per input, generous for a machine shared by many jobs; a rule that grows with the square of the
# text shows as minutes, not seconds.
PER_INPUT = timedelta(seconds=5)
TOTAL = settings(
    derandomize=True, database=None, print_blob=True, deadline=PER_INPUT,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_LEADING_NUMBER = regex.compile(NUMBER)


@pytest.fixture(scope="module", autouse=True)
def _models_loaded() -> None:
    """Load the language models once, before the clock of the first example starts."""
    parse_document(from_text("Thực hiện 37 đề án."))


def _quoted_items(record: Record) -> list[Quoted]:
    header = [field for field in record.header.__dict__.values() if isinstance(field, Quoted)]
    header += record.header.recipients + record.header.distribution
    items = [*record.references, *record.amounts, *record.counts, *record.percentages, *record.ratios]
    items += [*record.footnote_markers, *record.footnotes, *(i for n in record.footnotes for i in n.items)]
    return header + items


def _assert_values_read_back(record: Record) -> None:
    for amount in record.amounts:
        assert (amount.value_vnd is None) == bool(amount.flags), amount
        compound = regex.search(r"\p{L}", amount.number_text)  # `1 tỷ 500`: checked by its own case table
        if amount.value_vnd is not None and not compound:
            assert to_vnd(amount.number_text, amount.unit) == amount.value_vnd, amount
    for count in record.counts:
        assert (count.value is None) == bool(count.flags), count
        if count.value is not None:
            assert parse_vn_number(_LEADING_NUMBER.match(count.text).group()) == count.value, count
    for percentage in record.percentages:
        assert parse_vn_number(_LEADING_NUMBER.match(percentage.text).group()) == Decimal(percentage.value)
    for ratio in record.ratios:
        numerator, denominator = (parse_vn_number(part) for part in ratio.text.split("/"))
        assert (numerator, denominator) == (ratio.numerator, ratio.denominator), ratio


@settings(TOTAL, max_examples=1500)
@given(INPUTS)
def test_every_parser_and_check_is_total(text: str) -> None:
    doc = from_text(text)
    record = Record(doc_id="fuzz", source="fuzz", sha256="", status="ok", **parse_document(doc).record_fields())
    record.checks = run_checks(doc, record)
    Record.model_validate(record.model_dump())
    for item in _quoted_items(record):
        assert doc.text[item.start : item.end] == item.text, item
    _assert_values_read_back(record)


@settings(TOTAL, max_examples=2000)
@given(st.one_of(FIGURE_TEXT, st.from_regex(NUMBER, fullmatch=True)))
def test_number_reading_is_total(text: str) -> None:
    value = read_vn_number(text)
    if value is not None:
        assert value == parse_vn_number(text)
        if value == value.to_integral_value():
            assert to_vnd(text, "tỷ đồng") == int(value) * 10**9
