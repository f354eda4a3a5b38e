"""Amounts of money, in exact whole đồng, with the clause they pay for and where the money comes from.

In the running text an amount is a number followed by its unit: `đồng`, `VNĐ`/`VND`/`đ`, or a scale
word (`nghìn`/`ngàn`, `triệu`, `tỷ`/`tỉ`, `nghìn tỷ`; `tr.đ`/`trđ` for triệu đồng) with or without
`đồng`. A bare scale word (`(340 tỷ)`) counts only where the sentence is about money and no other noun
follows it (`3 triệu lượt` is a count). `A/B tỷ đồng` and the ranges `A - B triệu đồng`, `từ A đến B
triệu đồng` give two amounts sharing the unit; `1 tỷ 500 triệu đồng` is one amount. An amount spelt
out in words (`(Bằng chữ: ...)`) has no digits and is not read again.

In a table, a cell holding only a number is an amount when the table's header gives its unit: the
column's name (`Kinh phí (triệu đồng)`, also through a merged header cell above it), the row's cell in
an `Đơn vị tính` column, or an `ĐVT: triệu đồng` note; see extract.parse.money_table.
"""

from __future__ import annotations

from typing import Iterator, Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse import nlp
from extract.parse.money_table import money_cells, row_label_at
from extract.parse.money_units import (
    FLAGS,
    HAS_CURRENCY,
    SCALE_VALUES,
    UNIT,
    bounded_vnd,
    checked_vnd,
    to_vnd,
    unit_scale,
)
from extract.vi.numbers import NUMBER, read_vn_number
from schemas.models import Amount

_BIG = r"(?:tỷ|tỉ|triệu|nghìn|ngàn)"
# Digits and separators that no reading groups well (`3.6620.700.000`), tried only where NUMBER fails
# before a unit of money: the document clearly meant an amount, which is kept with a `malformed_number` flag.
_GARBLED = r"\d+(?:[.,]\d+)+"
_AMOUNT = regex.compile(
    rf"(?<![\p{{L}}\d.,/-])(?:(?P<first>{NUMBER})[^\S\n]*(?:/|[-–]|(?<!\p{{L}})(?:đến|tới)(?!\p{{L}}))[^\S\n]*)?"
    rf"(?P<lead>(?:{NUMBER}[^\S\n]*{_BIG}[^\S\n]+)+)?(?P<num>{NUMBER}|{_GARBLED})[^\S\n]*(?P<unit>{UNIT})",
    FLAGS,
)
_LEAD_PART = regex.compile(rf"(?P<num>{NUMBER})[^\S\n]*(?P<scale>{_BIG})", FLAGS)
_MONEY_CONTEXT = regex.compile(
    r"(?<!\p{L})(?:kinh phí|vốn|ngân sách|tiền|chi phí|đầu tư|dự toán|giải ngân|doanh thu|giá trị|nộp|thu|chi"
    r"|hỗ trợ|giá|lương|phạt|thưởng|tài trợ|ủng hộ|vay|nợ)(?!\p{L})",
    FLAGS,
)
_FOREIGN = regex.compile(r"\s*(?:usd|eur|đô|\$)", FLAGS)
_MULTIPLIER_NUMBER = regex.compile(r"1(?:\.?000)+")
_UNIT_LABEL = regex.compile(r"(?:đvt|đơn vị tính|đơn vị)\s*:\s*\(?\s*$", FLAGS)

# Clause boundaries: ; : ( | , (not a decimal comma) and a sentence end.
_BOUNDARY = regex.compile(r"[;:(|]|,(?!\d)|(?<!\d),|[.!?…](?=\s)")
_ENDS_WITH_AMOUNT = regex.compile(rf"\d[^\S\n]*{UNIT}[^\S\n]*$", FLAGS)
_UNIT_REACH = 40  # an amount's unit and the spaces around it (`nghìn tỷ đồng`): what _ENDS_WITH_AMOUNT looks back over
# How far an amount's clause (its purpose, its funding source) reaches each way. A clause is a few words, never a
# page; the bound keeps each amount's cost independent of its paragraph's length, which a scan or a table read as
# text can make a whole page without a sentence end.
_CLAUSE_REACH = 400
_LEAD = regex.compile(r"^(?:[-+•–*]\s*|[a-zđ]\)\s*|\(?[ivx]+\)\s*|\d+(?:\.\d+)*[.)]\s*|(?:và|trong đó)\s+)+", FLAGS)
_TRAIL = regex.compile(r"(?:\s+(?:là|đạt|khoảng|bằng|gồm|có|hơn|gần|trên|dưới|với|được|tổng cộng))+$", FLAGS)

_SOURCE_CORE = (
    r"ngân sách\s+(?:nhà nước|trung ương|địa phương|tỉnh|huyện|xã|thành phố)"
    r"|đầu tư công|xã hội hóa|oda"
)
# A programme funded at a level (`... quốc gia`, `... địa phương`): named after `nguồn`/`vốn`/`kinh phí`,
# or opening a `label: amount` line (`- <programme> quốc gia được giao: 5.570 triệu đồng`).
_PROGRAMME = r"\p{L}+(?:\s+\p{L}+){0,3}?\s+(?:quốc gia|trung ương|địa phương)(?!\p{L})"
_SOURCE = regex.compile(
    rf"(?:nguồn\s+)?(?:(?:vốn|kinh phí)\s+)?(?:{_SOURCE_CORE})"
    rf"|(?:nguồn|vốn|kinh phí)(?:\s+(?:vốn|kinh phí))?\s+(?!hỗ\s+trợ|thực\s+hiện)(?:{_PROGRAMME})"
    rf"|(?<=\G[-+•–*\s]*)(?:{_PROGRAMME})(?=[^:\n]*:)",
    FLAGS,
)

def compound_vnd(lead: str, number_text: str, unit: str) -> Optional[int]:
    """Whole đồng of `1 tỷ 500` `triệu đồng` (lead `1 tỷ `): each part in a smaller scale than the one
    before, down to the unit's; None when the scales do not go down or a part is not a well-formed number."""
    total, last = 0, None
    parts = list(_LEAD_PART.finditer(lead))
    if read_vn_number(number_text) is None or any(read_vn_number(part.group("num")) is None for part in parts):
        return None
    for part in parts:
        scale = SCALE_VALUES[part.group("scale").lower()]
        if last is not None and scale >= last:
            return None
        total += to_vnd(part.group("num"), part.group("scale"))
        last = scale
    if last is None or unit_scale(unit) >= last:
        return None
    return total + to_vnd(number_text, unit)


def _clause_bounds(doc: NormalisedDocument, offset: int) -> tuple[int, int]:
    """How far the clause around `offset` may reach: its paragraph (or line), at most _CLAUSE_REACH each way."""
    lo, hi = max(0, offset - _CLAUSE_REACH), min(len(doc.text), offset + _CLAUSE_REACH)
    paragraph = doc.paragraph_at(offset)
    if paragraph is None:
        start = doc.text.rfind("\n", lo, offset) + 1 or lo
        end = doc.text.find("\n", offset, hi)
        return start, end if end >= 0 else hi
    return max(paragraph.start, lo), min(paragraph.end, hi)


def _clause_start(key: str, floor: int, offset: int) -> tuple[int, Optional[str]]:
    """Start of the clause that ends at `offset` (not before `floor`) and the boundary before it.

    A comma only closes the clause when what follows it speaks of money: in `Tổng kinh phí ... cho
    khoa học, đổi mới sáng tạo, chuyển đổi số là 398.497 triệu đồng` the commas list the subject.
    A comma right after another amount always closes it (`X là 95.120.259.153 đồng, số đã thực hiện là ...`).
    """
    for match in reversed(list(_BOUNDARY.finditer(key, floor, offset))):
        if (
            match.group() != ","
            or _MONEY_CONTEXT.search(key, match.end(), offset)
            or _ENDS_WITH_AMOUNT.search(key, max(floor, match.start() - _UNIT_REACH), match.start())
        ):
            return match.end(), match.group()
    return floor, None


def _clean_clause(text: str) -> str:
    return _TRAIL.sub("", _LEAD.sub("", text.strip(" \t,;:"))).strip(" \t,;:")


def purpose_of(doc: NormalisedDocument, start: int) -> tuple[int, Optional[str]]:
    """The clause an amount at `start` belongs to: where it starts, and its cleaned text.

    The clause runs back to the nearest boundary (`;`, `,`, `:`, `(`, sentence start). An empty clause
    (`Tổng kinh phí ...: 13.183,72 triệu đồng`, `vốn đầu tư công (340 tỷ)`) takes the one before it.
    """
    floor, _ = _clause_bounds(doc, start)
    clause_start, boundary = _clause_start(doc.key, floor, start)
    text = _clean_clause(doc.text[clause_start:start])
    if not text and boundary in (":", "("):
        label_end = clause_start - 1
        clause_start, _ = _clause_start(doc.key, floor, label_end)
        text = _clean_clause(doc.text[clause_start:label_end])
    return clause_start, text or None


def funding_source(doc: NormalisedDocument, clause_start: int, spans: list[tuple[int, int]], index: int) -> Optional[str]:
    """The source of the money of amount `index` of the amounts at `spans` in the clause opening at
    `clause_start`: a source belongs to the amount it stands beside, not to the clause's first one.

    The clause's first amount tells how it is written: with its source before it (`từ ngân sách
    trung ương 300 triệu đồng và từ nguồn xã hội hóa 200 triệu đồng`: each amount the source since the
    amount before) or after it (`300 triệu đồng từ ngân sách trung ương và 200 triệu đồng từ nguồn xã
    hội hóa`: each amount the source up to the next). A source that opens the clause before all its
    amounts funds every one without its own (`Ngân sách tỉnh hỗ trợ 300 triệu đồng cho A và 200 triệu
    đồng cho B`).
    """
    start, end = spans[index]
    _, clause_end = _clause_bounds(doc, end)
    after = _BOUNDARY.search(doc.key, end, clause_end)
    stop = after.start() if after else clause_end
    before = (spans[index - 1][1] if index else clause_start, start)
    following = (end, min(stop, spans[index + 1][0]) if index + 1 < len(spans) else stop)
    opening = (clause_start, spans[0][0])
    sources_first = _SOURCE.search(doc.key, *opening) is not None
    windows = (before, opening, following) if sources_first else (following,)
    for lo, hi in windows:
        match = _SOURCE.search(doc.key, lo, hi) if lo < hi else None
        if match:
            return doc.text[match.start() : match.end()]
    return None


def _is_money_word(doc: NormalisedDocument, match: regex.Match) -> bool:
    """Rejects a unit that is not money: `đồng chí`, a bare scale before a noun or outside money talk."""
    unit = match.group("unit")
    rest = doc.key[match.end() : match.end() + 12]
    if _FOREIGN.match(rest):
        return False
    if unit.lower() == "đồng":
        window = doc.text[match.start("unit") : match.end() + 12]
        words = nlp.tag(window)
        return not words or words[0].end <= len(unit)
    if HAS_CURRENCY.search(unit):
        return True
    if regex.match(r"\s*\p{L}", rest):
        return False
    floor, _ = _clause_bounds(doc, match.start())
    return _MONEY_CONTEXT.search(doc.key, max(floor, match.start() - 120), match.start()) is not None


def _is_unit_statement(doc: NormalisedDocument, match: regex.Match) -> bool:
    """`ĐVT: 1.000 đồng`, or `(1.000 đồng)` in a table: the unit of the figures, not an amount."""
    if match.group("first") or match.group("lead") or not _MULTIPLIER_NUMBER.fullmatch(match.group("num")):
        return False
    before = doc.key[max(0, match.start() - 20) : match.start()]
    if _UNIT_LABEL.search(before):
        return True
    bracketed = before.rstrip().endswith("(") and doc.key[match.end() : match.end() + 2].lstrip().startswith(")")
    return bracketed and doc.kind_at(match.start()) == "table"


def _amount(doc: NormalisedDocument, start: int, end: int, number: str, unit: str, in_table: bool,
            purpose: Optional[str], source: Optional[str], compound: Optional[int] = None) -> Amount:
    """The amount `number` `unit` (or the `compound` value of `1 tỷ 500 triệu đồng`), flagged where untrustworthy."""
    value, flags = checked_vnd(number, unit) if compound is None else bounded_vnd(compound, doc.text[start:end])
    return Amount(
        **doc.quote(start, end),
        value_vnd=value,
        flags=flags,
        number_text=number,
        unit=unit,
        purpose=purpose,
        funding_source=source,
        in_table=in_table,
    )


def _text_amounts(doc: NormalisedDocument) -> Iterator[Amount]:
    matches = [m for m in _AMOUNT.finditer(doc.key) if _is_money_word(doc, m) and not _is_unit_statement(doc, m)]
    clauses = [purpose_of(doc, match.start()) for match in matches]
    for match, (clause_start, purpose) in zip(matches, clauses):
        in_table = doc.kind_at(match.start()) == "table"
        unit = doc.text[match.start("unit") : match.end("unit")]
        if in_table and purpose is None:
            purpose = row_label_at(doc, match.start())
        siblings = [m for m, (start, _) in zip(matches, clauses) if start == clause_start]
        spans = [(m.start(), m.end()) for m in siblings]
        source = funding_source(doc, clause_start, spans, siblings.index(match))
        if match.group("first"):
            first = doc.text[match.start("first") : match.end("first")]
            yield _amount(doc, match.start("first"), match.end("first"), first, unit, in_table, purpose, source)
        start, value = match.start("num"), None
        if match.group("lead"):
            value = compound_vnd(match.group("lead"), match.group("num"), unit)
            start = match.start("lead") if value is not None else start
        number = doc.text[start : match.end("num")]
        yield _amount(doc, start, match.end(), number, unit, in_table, purpose, source, value)


def _table_amounts(doc: NormalisedDocument) -> Iterator[Amount]:
    """The table figures that are amounts (extract.parse.money_table), the source read from their purpose."""
    for table in doc.tables:
        for cell in money_cells(doc, table):
            source = _SOURCE.search(cell.purpose or "")
            yield _amount(doc, cell.start, cell.end, doc.text[cell.start : cell.end], cell.unit, True,
                          cell.purpose, source.group() if source else None)


def find_amounts(doc: NormalisedDocument) -> list[Amount]:
    """Every amount of money in the document, in text order."""
    return sorted([*_text_amounts(doc), *_table_amounts(doc)], key=lambda a: a.start)
