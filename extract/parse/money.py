"""Amounts of money, in exact whole đồng, with the clause they pay for and where the money comes from.

In the running text an amount is a number followed by its unit: `đồng`, `VNĐ`/`VND`/`đ`, or a scale
word (`nghìn`/`ngàn`, `triệu`, `tỷ`/`tỉ`, `nghìn tỷ`; `tr.đ`/`trđ` for triệu đồng) with or without
`đồng`. A bare scale word (`(340 tỷ)`) counts only where the sentence is about money and no other noun
follows it (`3 triệu lượt` is a count). `A/B tỷ đồng` and the ranges `A - B triệu đồng`, `từ A đến B
triệu đồng` give two amounts sharing the unit; `1 tỷ 500 triệu đồng` is one amount. An amount spelt
out in words (`(Bằng chữ: ...)`) has no digits and is not read again.

In a table, a bare number is an amount when its column header names the unit (`Kinh phí (triệu
đồng)`), or when the table carries an `ĐVT: triệu đồng` note and the header names money.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Iterator, Optional

import regex

from extract.normalise.document import NormalisedDocument, TableSpan
from extract.parse import nlp
from extract.parse.numbers import NUMBER, parse_vn_number
from schemas.models import Amount

_FLAGS = regex.IGNORECASE | regex.VERSION1
_CURRENCY = r"(?:đồng|vnđ|vnd|đ|₫)"
_SCALE = r"(?:(?:nghìn|ngàn)[^\S\n]+)?(?:tỷ|tỉ|triệu|nghìn|ngàn)"
_SHORT_MILLION = r"tr\.?[^\S\n]?(?:đồng|đ)"  # `tr.đồng`, `Tr.đ`, `trđ`: triệu đồng in tables and notes
UNIT = rf"(?:{_SHORT_MILLION}|{_SCALE}(?:[^\S\n]+{_CURRENCY})?|{_CURRENCY})(?![\p{{L}}\d])"
_BIG = r"(?:tỷ|tỉ|triệu|nghìn|ngàn)"
_AMOUNT = regex.compile(
    rf"(?<![\p{{L}}\d.,/-])(?:(?P<first>{NUMBER})[^\S\n]*(?:/|[-–]|(?<!\p{{L}})(?:đến|tới)(?!\p{{L}}))[^\S\n]*)?"
    rf"(?P<lead>(?:{NUMBER}[^\S\n]*{_BIG}[^\S\n]+)+)?(?P<num>{NUMBER})[^\S\n]*(?P<unit>{UNIT})",
    _FLAGS,
)
_LEAD_PART = regex.compile(rf"(?P<num>{NUMBER})[^\S\n]*(?P<scale>{_BIG})", _FLAGS)
_SCALE_VALUES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9, "tr": 10**6}
_SCALE_WORD = regex.compile(r"nghìn|ngàn|triệu|tỷ|tỉ|tr(?=\.?\s?đ)", _FLAGS)
_HAS_CURRENCY = regex.compile(rf"(?<!\p{{L}}){_CURRENCY}$", _FLAGS)
_MONEY_CONTEXT = regex.compile(
    r"(?<!\p{L})(?:kinh phí|vốn|ngân sách|tiền|chi phí|đầu tư|dự toán|giải ngân|doanh thu|giá trị|nộp|thu|chi"
    r"|hỗ trợ|giá|lương|phạt|thưởng|tài trợ|ủng hộ|vay|nợ)(?!\p{L})",
    _FLAGS,
)
_FOREIGN = regex.compile(r"\s*(?:usd|eur|đô|\$)", _FLAGS)

# Clause boundaries: ; : ( | , (not a decimal comma) and a sentence end.
_BOUNDARY = regex.compile(r"[;:(|]|,(?!\d)|(?<!\d),|[.!?…](?=\s)")
_ENDS_WITH_AMOUNT = regex.compile(rf"\d[^\S\n]*{UNIT}[^\S\n]*$", _FLAGS)
_LEAD = regex.compile(r"^(?:[-+•–*]\s*|[a-zđ]\)\s*|\(?[ivx]+\)\s*|\d+(?:\.\d+)*[.)]\s*|(?:và|trong đó)\s+)+", _FLAGS)
_TRAIL = regex.compile(r"(?:\s+(?:là|đạt|khoảng|bằng|gồm|có|hơn|gần|trên|dưới|với|được|tổng cộng))+$", _FLAGS)

_SOURCE_CORE = (
    r"khuyến công\s+(?:quốc gia|địa phương)"
    r"|ngân sách\s+(?:nhà nước|trung ương|địa phương|tỉnh|huyện|xã|thành phố)"
    r"|đầu tư công|xã hội hóa|oda"
)
_SOURCE = regex.compile(rf"(?:nguồn\s+)?(?:(?:vốn|kinh phí)\s+)?(?:{_SOURCE_CORE})", _FLAGS)

_HEADER_UNIT = regex.compile(rf"\(\s*(?:đvt\s*:\s*)?(?P<unit>{UNIT})\s*\)", _FLAGS)
_TABLE_NOTE = regex.compile(rf"(?:đvt|đơn vị tính|đơn vị)\s*:?\s*(?P<unit>{UNIT})", _FLAGS)
_MONEY_HEADER = regex.compile(r"kinh phí|vốn|tiền|dự toán|giá trị|ngân sách|tổng mức|chi phí|giải ngân", _FLAGS)
_BARE_NUMBER = regex.compile(rf"\s*(?P<num>{NUMBER})\s*")
_LABEL = regex.compile(r"\p{L}{2,}")


def unit_scale(unit: str) -> int:
    """How many đồng one unit is: `triệu đồng` → 10**6, `nghìn tỷ` → 10**12, `VNĐ` → 1."""
    scale = 1
    for word in _SCALE_WORD.findall(unit):
        scale *= _SCALE_VALUES[word.lower()]
    return scale


def to_vnd(number_text: str, unit: str) -> int:
    """Whole đồng for a printed number in a unit: `13.183,72` `triệu đồng` → 13183720000."""
    value = parse_vn_number(number_text) * unit_scale(unit)
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def compound_vnd(lead: str, number_text: str, unit: str) -> Optional[int]:
    """Whole đồng of `1 tỷ 500` `triệu đồng` (lead `1 tỷ `): each part in a smaller scale than the one
    before, down to the unit's; None when the scales do not go down."""
    total, last = 0, None
    for part in _LEAD_PART.finditer(lead):
        scale = _SCALE_VALUES[part.group("scale").lower()]
        if last is not None and scale >= last:
            return None
        total += to_vnd(part.group("num"), part.group("scale"))
        last = scale
    if last is None or unit_scale(unit) >= last:
        return None
    return total + to_vnd(number_text, unit)


def _paragraph_bounds(doc: NormalisedDocument, offset: int) -> tuple[int, int]:
    paragraph = doc.paragraph_at(offset)
    if paragraph is None:
        start = doc.text.rfind("\n", 0, offset) + 1
        end = doc.text.find("\n", offset)
        return start, end if end >= 0 else len(doc.text)
    return paragraph.start, paragraph.end


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
            or _ENDS_WITH_AMOUNT.search(key, floor, match.start())
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
    floor, _ = _paragraph_bounds(doc, start)
    clause_start, boundary = _clause_start(doc.key, floor, start)
    text = _clean_clause(doc.text[clause_start:start])
    if not text and boundary in (":", "("):
        label_end = clause_start - 1
        clause_start, _ = _clause_start(doc.key, floor, label_end)
        text = _clean_clause(doc.text[clause_start:label_end])
    return clause_start, text or None


def funding_source(doc: NormalisedDocument, clause_start: int, end: int) -> Optional[str]:
    """The source of the money named in the clause, or right after the amount before the clause ends."""
    _, paragraph_end = _paragraph_bounds(doc, end)
    after = _BOUNDARY.search(doc.key, end, paragraph_end)
    stop = after.start() if after else paragraph_end
    for lo, hi in ((clause_start, end), (end, stop)):
        match = _SOURCE.search(doc.key, lo, hi)
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
    if _HAS_CURRENCY.search(unit):
        return True
    if regex.match(r"\s*\p{L}", rest):
        return False
    floor, _ = _paragraph_bounds(doc, match.start())
    return _MONEY_CONTEXT.search(doc.key, max(floor, match.start() - 120), match.start()) is not None


def _amount(doc: NormalisedDocument, start: int, end: int, number: str, unit: str, in_table: bool,
            purpose: Optional[str], source: Optional[str], value: Optional[int] = None) -> Amount:
    return Amount(
        **doc.quote(start, end),
        value_vnd=to_vnd(number, unit) if value is None else value,
        number_text=number,
        unit=unit,
        purpose=purpose,
        funding_source=source,
        in_table=in_table,
    )


def _text_amounts(doc: NormalisedDocument) -> Iterator[Amount]:
    for match in _AMOUNT.finditer(doc.key):
        if not _is_money_word(doc, match):
            continue
        in_table = doc.kind_at(match.start()) == "table"
        unit = doc.text[match.start("unit") : match.end("unit")]
        clause_start, purpose = purpose_of(doc, match.start())
        if in_table and purpose is None:
            purpose = _row_label_at(doc, match.start())
        source = funding_source(doc, clause_start, match.end())
        if match.group("first"):
            first = doc.text[match.start("first") : match.end("first")]
            yield _amount(doc, match.start("first"), match.end("first"), first, unit, in_table, purpose, source)
        start, value = match.start("num"), None
        if match.group("lead"):
            value = compound_vnd(match.group("lead"), match.group("num"), unit)
            start = match.start("lead") if value is not None else start
        number = doc.text[start : match.end("num")]
        yield _amount(doc, start, match.end(), number, unit, in_table, purpose, source, value)


def _row_label_at(doc: NormalisedDocument, offset: int) -> Optional[str]:
    for table in doc.tables:
        if table.start <= offset <= table.end:
            row = next((c.row for c in table.cells if c.start <= offset <= c.end), None)
            return _row_label(doc, table, row, exclude=offset) if row is not None else None
    return None


def _row_label(doc: NormalisedDocument, table: TableSpan, row: int, exclude: int) -> Optional[str]:
    """The first cell of the row that names something (letters, not only a number or an `a`, `II`)."""
    for cell in sorted((c for c in table.cells if c.row == row), key=lambda c: c.column):
        text = doc.text[cell.start : cell.end].strip()
        if not (cell.start <= exclude <= cell.end) and _LABEL.search(text) and not regex.fullmatch(r"[IVXLC]+\.?", text):
            return text
    return None


def _column_units(doc: NormalisedDocument, table: TableSpan) -> dict[int, tuple[int, str]]:
    """Column → (last header row, unit text) for the columns whose header gives a money unit."""
    note_match = _TABLE_NOTE.search(doc.key, max(0, table.start - 200), table.start)
    note = doc.text[note_match.start("unit") : note_match.end("unit")] if note_match else None
    units: dict[int, tuple[int, str]] = {}
    for cell in table.cells:
        if cell.row > 2:
            break
        header = doc.key[cell.start : cell.end]
        found = _HEADER_UNIT.search(header)
        if found and (_HAS_CURRENCY.search(found.group("unit")) or _MONEY_HEADER.search(header)):
            units[cell.column] = (cell.row, doc.text[cell.start + found.start("unit") : cell.start + found.end("unit")])
        elif note and _MONEY_HEADER.search(header):
            units[cell.column] = (cell.row, note)
    return units


def _table_amounts(doc: NormalisedDocument) -> Iterator[Amount]:
    for table in doc.tables:
        units = _column_units(doc, table)
        for cell in table.cells:
            header = units.get(cell.column)
            if header is None or cell.row <= header[0]:
                continue
            match = _BARE_NUMBER.fullmatch(doc.key, cell.start, cell.end)
            if match is None:
                continue
            start, end = match.start("num"), match.end("num")
            label = _row_label(doc, table, cell.row, exclude=start)
            source_match = _SOURCE.search(label or "")
            yield _amount(doc, start, end, doc.text[start:end], header[1], True, label,
                          source_match.group() if source_match else None)


def find_amounts(doc: NormalisedDocument) -> list[Amount]:
    """Every amount of money in the document, in text order."""
    return sorted([*_text_amounts(doc), *_table_amounts(doc)], key=lambda a: a.start)
