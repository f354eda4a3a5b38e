"""The one harness of the parser case tables (tests/cases/*.yaml): each table's runner turns a case's
input into plain values (lists, ISO dates) compared with the case's expected output.

A runner also asserts what holds for every item it returns: its quote is the text at its offsets.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from decimal import Decimal
from typing import Any, Callable

import pytest
import regex
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from extract.check import run_checks
from extract.normalise import from_text, normalise
from extract.parse import parse_document
from extract.parse.counts import find_counts
from extract.parse.dates import find_dates, parse_date
from extract.parse.figures import find_percentages, find_ratios
from extract.parse.footnotes import parse_footnotes
from extract.parse.header import infer_province, parse_header
from extract.parse.money import find_amounts
from extract.parse.references import find_references
from extract.parse.unit_conflicts import unit_conflicts
from extract.read.model import RawDocument, RawLine, RawPage
from extract.read.ocr_fixes import repair_ocr_lines
from extract.read.sheet import Sheet, SheetCell, workbook_document
from extract.vi.numbers import parse_vn_number
from schemas.models import Record
from tests.cases import Case, load_cases


def plain(value: Any) -> Any:
    """Tuples as lists, dates as ISO strings, Decimals as strings: the YAML form of a value."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def quoted(doc, items) -> list:
    """`items`, after checking that each quotes exactly the text at its offsets."""
    for item in items:
        assert doc.text[item.start : item.end] == item.text
    return items


def _value(field):
    return None if field is None else field.value


# --- money ---------------------------------------------------------------------------------------

def find_amounts_case(text: str) -> list:
    doc = from_text(text)
    return [(a.value_vnd, a.text) for a in quoted(doc, find_amounts(doc))]


def purpose_and_source_case(text: str) -> list:
    doc = from_text(text)
    return [(a.text, a.number_text, a.unit, a.purpose, a.funding_source) for a in quoted(doc, find_amounts(doc))]


def funding_source_case(text: str) -> list:
    doc = from_text(text)
    return [(a.text, a.funding_source) for a in quoted(doc, find_amounts(doc))]


def table_amounts_case(before: str, rows: list[list[str]]) -> list:
    lines = [RawLine(text=before, new_paragraph=True)] + [
        RawLine(text=" | ".join(row), kind="table", cells=row, table_id=1) for row in rows
    ]
    doc = normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="docx"))
    amounts = quoted(doc, find_amounts(doc))
    assert all(a.in_table for a in amounts)
    return [(a.value_vnd, a.text, a.purpose) for a in amounts]


def _conflicts(doc) -> list:
    """[[applied note, its cell], [[other note, its cell], ...]] of the one table's unit conflict, or [];
    the table's amounts are in the applied note's unit."""
    warnings = unit_conflicts(doc)
    if not warnings:
        return []
    [warning] = warnings
    quoted(doc, [warning.applied, *warning.overridden])
    assert all(warning.applied.text.endswith(amount.unit) for amount in find_amounts(doc) if amount.in_table)
    return [[warning.applied.text, warning.applied.cell], [[place.text, place.cell] for place in warning.overridden]]


def unit_conflicts_in_sheets_case(cells: dict[str, str]) -> list:
    sheet = Sheet("Biểu 01")
    for address, text in cells.items():
        column, row = coordinate_from_string(address)
        number = regex.fullmatch(r"[\d.,]+", text) is not None
        sheet.cells[(row - 1, column_index_from_string(column) - 1)] = SheetCell(text, number=number)
    return _conflicts(normalise(workbook_document([sheet], "xlsx", Counter())))


def unit_conflicts_in_tables_case(before: str, rows: list[list[str]]) -> list:
    lines = [RawLine(text=before, new_paragraph=True)] + [
        RawLine(text=" | ".join(row), kind="table", cells=row, table_id=1) for row in rows
    ]
    return _conflicts(normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="docx")))


# --- counts, dates, figures, numbers ----------------------------------------------------------------

def find_counts_case(text: str) -> list:
    doc = from_text(text)
    return [(c.value, c.noun, c.text) for c in quoted(doc, find_counts(doc))]


def find_dates_case(text: str) -> list:
    return [(text[span.start : span.end], span.value) for span in find_dates(text)]


def find_percentages_case(text: str) -> list:
    doc = from_text(text)
    return [(p.value, p.text) for p in quoted(doc, find_percentages(doc))]


def find_ratios_case(text: str) -> list:
    doc = from_text(text)
    return [(r.numerator, r.denominator, r.text) for r in quoted(doc, find_ratios(doc))]


def not_a_number_case(text: str) -> None:
    with pytest.raises(ValueError):
        parse_vn_number(text)


# --- references ------------------------------------------------------------------------------------

def _references(doc, **options) -> list:
    return quoted(doc, find_references(doc, **options)[0])


PROVINCE = "Tuyên Quang"  # the province of the mentions and fields tables (`tỉnh` alone names it)


def mentions_case(text: str) -> list:
    refs = _references(from_text(text), province=PROVINCE)
    return [(r.text, r.kind, r.canonical, r.issued_on, r.issuer) for r in refs]


def fields_case(text: str, index: int, field: str) -> Any:
    return getattr(_references(from_text(text), province=PROVINCE)[index], field)


def own_number_case(text: str, own: str | None) -> list:
    return [r.canonical for r in _references(from_text(text), own_canonical=own)]


def misread_by_ocr_case(pages: list, text_layer: list) -> list:
    """One paragraph per page; pages are OCR'd (confidence as given) except those in `text_layer`."""
    raw_pages = []
    for number, (text, confidence) in enumerate(pages, start=1):
        ocr = number not in text_layer
        raw_pages.append(RawPage(number=number, lines=[RawLine(text=text, new_paragraph=True)], ocr=ocr,
                                 ocr_confidence=confidence if ocr else None))
    doc = normalise(RawDocument(pages=raw_pages, format="pdf"))
    refs, cited = find_references(doc)
    for ref in quoted(doc, refs):  # the misread mention keeps its printed text
        assert ref.canonical == cited[ref.cited_id].canonical and ref.canonical.endswith(ref.symbol)
    return [(r.canonical, r.canonical_printed, r.kind, r.issued_on, r.issuer, r.cited_id) for r in refs]


def lost_mark_case(text: str) -> list:
    # a text layer, so that the OCR repair (tested on its own) leaves the slip in place
    ref = _references(from_text(text))[0]
    return [ref.text, ref.kind, ref.clause]


def lost_mark_fields_case(text: str, field: str) -> Any:
    return getattr(_references(from_text(text))[0], field)


# --- footnotes --------------------------------------------------------------------------------------

def footnote_doc(body: str, footnotes: dict[str, str]):
    """A one-page document: body lines (markers as superscripts) and footnotes by label."""
    lines = [RawLine(text=line, new_paragraph=True) for line in body.split("\n")]
    lines += [RawLine(text=text, kind="footnote", footnote_label=label) for label, text in footnotes.items()]
    return normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="txt"))


def items_case(text: str) -> list:
    _, footnotes = parse_footnotes(footnote_doc("Công nhận 05 sản phẩm¹.", {"1": text}))
    return [(i.item, i.product, i.producer, i.address, i.producer_shared) for i in footnotes[0].items]


def markers_and_footnotes_case(body: str, notes: dict[str, str]) -> list:
    doc = footnote_doc(body, notes)
    markers, footnotes = parse_footnotes(doc)
    quoted(doc, [*markers, *footnotes])
    return [[(m.footnote, m.text) for m in markers], [(f.footnote, f.text) for f in footnotes]]


# --- checks ---------------------------------------------------------------------------------------

def checks_of(doc) -> list:
    """(check, stated, the other figures' values, status) of every check the parsed document calls for."""
    record = Record(doc_id="case", source="case", sha256="", status="ok", **parse_document(doc).record_fields())
    checks = run_checks(doc, record)
    for check in checks:
        quoted(doc, check.figures)
    return [(c.check, c.stated, [f.value for f in c.figures if f.role != "stated"], c.status) for c in checks]


def in_text_case(text: str) -> list:
    return checks_of(from_text(text))


def with_footnotes_case(body: str, notes: dict[str, str]) -> list:
    return checks_of(footnote_doc(body, notes))


# --- header -----------------------------------------------------------------------------------------

BODY = "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh."


def header_of(text: str):
    """The header of `text`, after checking that every field quotes exactly doc.text[start:end]."""
    doc = from_text(text)
    header = parse_header(doc)
    quoted(doc, [v for _, v in header if hasattr(v, "start")] + header.recipients + header.distribution)
    return header


def number_and_symbol_case(line: str) -> list:
    header = header_of(f"SỞ CÔNG THƯƠNG\n{line}\nBÁO CÁO\nTiêu đề\n{BODY}")
    return [_value(header.number), _value(header.year), _value(header.symbol), header.canonical, header.number_blank]


def place_and_date_case(line: str) -> list:
    header = header_of(f"SỞ CÔNG THƯƠNG\n{line}\nBÁO CÁO\nTiêu đề\n{BODY}")
    assert header.issued_on_text is not None and header.issued_on_text.text.startswith("ngày")
    return [_value(header.place), header.issued_on, header.date_blank]


def issuer_and_parent_case(top: str) -> list:
    header = header_of(f"{top}\nBÁO CÁO\nKết quả công tác năm 2025\n{BODY}")
    assert _value(header.doc_type) == "Báo cáo"
    return [_value(header.parent_issuer), _value(header.issuer)]


def type_and_title_case(top: str) -> list:
    header = header_of(f"{top}\n{BODY}")
    return [_value(header.doc_type), _value(header.title)]


def cong_van_case(top: str) -> list:
    header = header_of(f"{top}\nKính gửi: Sở Công Thương các tỉnh.\n{BODY}")
    return [_value(header.doc_type), _value(header.title)]


def recipients_case(lines: str) -> list:
    return [r.value for r in header_of(f"BÁO CÁO\nTiêu đề\n{lines}\n{BODY}").recipients]


def closing_case(closing: str) -> list:
    header = header_of(f"BÁO CÁO\nTiêu đề\n{BODY}\nTrên đây là báo cáo./.\n{closing}")
    return [[d.value for d in header.distribution], _value(header.authority), _value(header.signer_title), _value(header.signer)]


def form_header_case(top: str) -> list:
    header = header_of(top)
    parts = (header.parent_issuer, header.issuer, header.doc_type, header.title)
    return [*(_value(part) for part in parts), header.issued_on]


def closing_bounds_case(closing: str) -> list:
    header = header_of(f"QUYẾT ĐỊNH\nVề việc ban hành quy chế\n{BODY}\nĐiều 1. Ban hành Quy chế làm việc.\n{closing}")
    return [[d.value for d in header.distribution], _value(header.authority), _value(header.signer_title), _value(header.signer)]


def province_case(text: str) -> str | None:
    doc = from_text(f"{text}\n{BODY}")
    return infer_province(doc, parse_header(doc))


def signer_rank_case(block: str) -> list:
    header = header_of(f"BÁO CÁO\nTiêu đề\n{BODY}\nTrên đây là báo cáo./.\nNơi nhận:\n- Như trên;\n{block}")
    return [_value(header.signer_rank), _value(header.signer)]


def header_own_number_case(number_line: str, appendix: str) -> list:
    header = header_of(f"UBND TỈNH BẮC SƠN\n{number_line}\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n{BODY}\n{appendix}")
    return [_value(header.number), header.number_blank]


def own_date_case(date_line: str, appendix: str) -> list:
    text = f"UBND TỈNH BẮC SƠN\nSố:    /QĐ-UBND\n{date_line}\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n{BODY}\n{appendix}"
    header = header_of(text)
    return [_value(header.number), header.issued_on, header.date_blank]


# --- OCR repairs ------------------------------------------------------------------------------------

def repair_lines_case(text: str) -> str:
    return "\n".join(repair_ocr_lines(text.split("\n")))


RUNNERS: dict[str, Callable[..., Any]] = {
    "money.find_amounts": find_amounts_case,
    "money.purpose_and_source": purpose_and_source_case,
    "money.table_amounts": table_amounts_case,
    "money.funding_source": funding_source_case,
    "money.unit_conflicts_in_sheets": unit_conflicts_in_sheets_case,
    "money.unit_conflicts_in_tables": unit_conflicts_in_tables_case,
    "counts.find_counts": find_counts_case,
    "dates.parse_date": parse_date,
    "dates.find_dates": find_dates_case,
    "figures.find_percentages": find_percentages_case,
    "figures.find_ratios": find_ratios_case,
    "numbers.parse_vn_number": parse_vn_number,
    "numbers.not_a_number": not_a_number_case,
    "references.mentions": mentions_case,
    "references.fields": fields_case,
    "references.own_number": own_number_case,
    "references.misread_by_ocr": misread_by_ocr_case,
    "references.lost_mark": lost_mark_case,
    "references.lost_mark_fields": lost_mark_fields_case,
    "footnotes.items": items_case,
    "footnotes.markers_and_footnotes": markers_and_footnotes_case,
    "checks.in_text": in_text_case,
    "checks.with_footnotes": with_footnotes_case,
    "header.number_and_symbol": number_and_symbol_case,
    "header.place_and_date": place_and_date_case,
    "header.issuer_and_parent": issuer_and_parent_case,
    "header.type_and_title": type_and_title_case,
    "header.cong_van": cong_van_case,
    "header.recipients": recipients_case,
    "header.closing": closing_case,
    "header.signer_rank": signer_rank_case,
    "header.own_number": header_own_number_case,
    "header.own_date": own_date_case,
    "header.province": province_case,
    "header.form_header": form_header_case,
    "header.closing_bounds": closing_bounds_case,
    "ocr.repair_lines": repair_lines_case,
}

CASES = load_cases()


def test_every_table_has_a_runner() -> None:
    assert {f"{case.parser}.{case.table}" for case in CASES} == set(RUNNERS)


@pytest.mark.parametrize(
    "case",
    [pytest.param(case, id=case.id, marks=[pytest.mark.xfail(strict=True)] if case.limit else []) for case in CASES],
)
def test_case(case: Case) -> None:
    run = RUNNERS[f"{case.parser}.{case.table}"]
    found = run(**case.given) if isinstance(case.given, dict) else run(case.given)
    if case.expected is not None or found is not None:
        assert plain(found) == case.expected, case.note
