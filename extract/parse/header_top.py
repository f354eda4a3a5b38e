"""Fields of the header's top block: issuing body and its parent, number and symbol, place and date,
type, title and recipients. Each field is found by its own pattern among the top segments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.dates import parse_date
from extract.parse.header_lines import Segment, strip_span
from extract.parse.header_vocab import (
    ANNEXED,
    ISSUING_AUTHORITY,
    MOTTO,
    ORG_HEAD,
    STRUCTURAL_HEADING,
    TYPE_AND_TITLE,
    TYPE_CODES,
    TYPE_LINE,
    TYPE_OF_ISSUER,
    is_upper_text,
)
from extract.vi.numbers import YEAR
from extract.vi.sentences import ends_sentence

# `Số: 123/BC-SCT`, `Số:      /BC - SCT` (blank number), `Số 2463/QĐ-UBND`, party `Số 34-NQ/TU`,
# normative `Số: 15/2014/QĐ-UBND` (a year between number and symbol), `SỐ: 12/QĐ-UBND` (capitals need the colon),
# an en dash or a dot between the parts (`Số: 12/QĐ. BQL–VP`); OCR's `Só:`/`Sô:` (a tone mark misread) with
# the colon.
NUMBER = regex.compile(
    rf"(?<!\p{{L}})(?:Số\s*:?|SỐ\s*:|S[óô]\s*:)\s*(?P<number>\d[\d.]*)?(?P<year>\s*/\s*{YEAR}(?=\s*/))?\s*[/-]\s*"
    r"(?P<symbol>\p{Lu}[\p{L}\d]*(?:\s*[-–/]\s*\p{Lu}[\p{L}\d]*|\.\s?\p{Lu}[\p{Lu}\d]*(?!\p{Ll}))*)"
)
# A `Số` line whose number OCR could not read (written by hand): `số,2 6 ŸBCT-ATMT`, `số: $/KH-DCT`.
# The label opens the line (in lower case too: OCR), a few characters of no word stand where the
# number goes, then a symbol of two or more parts.
UNREAD_NUMBER = regex.compile(
    r"(?:Số|SỐ|số)(?!\p{L})\s*[:;,.]?\s*(?P<unread>[^A-ZĐ\n]{0,10}?)\s*/?\s*"
    r"(?<![A-Za-zĐđ\d])(?P<symbol>[A-ZĐ][A-Za-zĐđ\d]*(?:\s*[-/]\s*[A-ZĐ][A-Za-zĐđ\d]*)+)"
)
_WORD = regex.compile(r"\p{L}{3}")  # a word where the number goes: not a `Số` line
# `ngày 05 tháng 3 năm 2025`, with the day or month left blank or filled in by hand (OCR reads a
# few stray characters there: `ngày} thángh năm 2026`, `ngày đỗ tháng 6`, `ngày ... tháng ...`).
_UNREAD = r"[^\s\d]{1,3}"
DATE_LINE = regex.compile(
    rf"(?<!\p{{L}})ngày\s*(?:(?P<day>\d{{1,2}})|{_UNREAD})?\s*tháng\s*(?:(?P<month>\d{{1,2}})|{_UNREAD})?\s*"
    r"năm\s*(?P<year>\d{4})",
    regex.IGNORECASE,
)
# The place name just before `, ngày`: capitalised words (`Lào Cai`, `TP. Hồ Chí Minh`,
# `Thành phố Hồ Chí Minh`, `Bà Rịa - Vũng Tàu`).
PLACE = regex.compile(
    r"(?<![\p{L}\d])(?P<place>(?:TP\.\s*|Tp\.\s*|Thành\s+phố\s+|Thị\s+xã\s+)?\p{Lu}\p{Ll}+"
    r"(?:(?:\s+|\s*-\s*)\p{Lu}\p{Ll}*){0,4})\s*,\s*$"
)
RECIPIENTS = regex.compile(r"Kính\s+gửi\s*:?\s*", regex.IGNORECASE)
SUBJECT = regex.compile(r"(?:V/v\b|Về\s+việc(?!\p{L}))\s*:?\s*", regex.IGNORECASE)
_ENTRY_DASH = regex.compile(r"[-+•–]\s*")
_TITLE_STOP = regex.compile(r"^(?:Kính\s+gửi|Căn\s+cứ|Thực\s+hiện|V/v\b|[(\[]|[-+•–])", regex.IGNORECASE)
_DANGLING_DAY = regex.compile(r"(?<!\p{L})ngày\s*$", regex.IGNORECASE)
_OPEN_END = regex.compile(r"(?:(?<!\p{L})(?:CỦA|VÀ|TẠI|THUỘC|VỀ|CHO|VỚI|TRÊN|ĐỐI|GIỮA)|[,-])\s*$", regex.IGNORECASE)
_TITLE_LIMIT = 5
_CAPITALS_HEAD = regex.compile(r"[^\s\p{Ll}]+(?:\s+[^\s\p{Ll}]+)*(?=\s+\S*\p{Ll})")
_CODE = regex.compile(r"^(?=\S*\d)(?=\S*\p{L})\S+$")  # one token of letters and digits: `AB12`, `T3.2`


def clean(text: str) -> str:
    """White space folded to single spaces: the value of a field that spans printed lines."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Found:
    """A field found: its value and the [start, end) it was read from."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class NumberField:
    """`Số: 15/2014/QĐ-UBND`: number `15`, year `2014`, symbol `QĐ-UBND` (the codes after number and
    year, as references.csv has it), canonical `15/2014/QĐ-UBND` (as references.csv writes a mention)."""

    number: Optional[Found]
    symbol: Found
    blank: bool
    segment: int
    start: int
    year: Optional[Found] = None
    canonical: Optional[str] = None


def find_number(doc: NormalisedDocument, zone: list[Segment]) -> Optional[NumberField]:
    """`Số: 123/BC-SCT` → number 123 and symbol BC-SCT; a blank number is a value of its own, so is
    one OCR could not read (`số,2 6 ŸBCT-ATMT`: handwriting), whose symbol is still read."""
    for i, seg in enumerate(zone):
        match = NUMBER.search(doc.key, seg.start, seg.end)
        if match is None:
            unread = _unread_number(doc, seg)
            if unread is not None:
                return NumberField(None, unread[1], True, i, unread[0])
            continue
        number = match.group("number")
        symbol = Found(regex.sub(r"\s+", "", match.group("symbol")), *match.span("symbol"))
        year = None
        if match.group("year"):
            digits = regex.search(r"\d{4}", doc.key, pos=match.start("year"), endpos=match.end("year"))
            year = Found(digits.group(), digits.start(), digits.end())
        found = Found(number, *match.span("number")) if number else None
        canonical = regex.sub(r"\s+", "", doc.key[match.start("number") : match.end("symbol")]) if number else None
        return NumberField(found, symbol, number is None, i, match.start(), year, canonical)
    return None


def _unread_number(doc: NormalisedDocument, seg: Segment) -> Optional[tuple[int, Found]]:
    """(start of the line, symbol) of a `Số` line opening `seg` whose number is unreadable."""
    match = UNREAD_NUMBER.match(doc.key, seg.start, seg.end)
    if match is None or _WORD.search(match.group("unread")):
        return None
    symbol = Found(regex.sub(r"\s+", "", match.group("symbol")), *match.span("symbol"))
    return match.start(), symbol


@dataclass(frozen=True)
class DateField:
    place: Optional[Found]
    text: Found
    issued_on: Optional[date]
    blank: bool
    stamped: bool = False  # the day or the month was stamped at signing


def find_date(doc: NormalisedDocument, zone: list[Segment]) -> Optional[DateField]:
    """`Lào Cai, ngày 05 tháng 3 năm 2025` → place and date; a blank day or month is `blank`. Not the date on
    the line of a form naming the document it belongs to (`(Kèm theo Quyết định số ... ngày ...)`).

    A line ending in `ngày` goes on with the next one (`Sóc Trăng, ngày` / `27 tháng 9 năm 2022`)."""
    for i, seg in enumerate(zone):
        end = seg.end
        if _DANGLING_DAY.search(doc.key, seg.start, seg.end) and i + 1 < len(zone):
            end = zone[i + 1].end
        match = DATE_LINE.search(doc.key, seg.start, end)
        if match is None or ANNEXED.match(doc.key, seg.start, end):  # the date of the document annexing this one
            continue
        before = PLACE.search(doc.key, seg.start, match.start())
        place = Found(clean(before.group("place")), *before.span("place")) if before else None
        blank = match.group("day") is None or match.group("month") is None
        issued = None if blank else parse_date(f"{match['day']} tháng {match['month']} năm {match['year']}")
        stamped = any(match[part] and doc.stamped(match.start(part), match[part]) for part in ("day", "month"))
        text = Found(clean(doc.text[match.start() : match.end()]), *match.span())
        return DateField(place, text, issued, blank, stamped)
    return None


@dataclass(frozen=True)
class TypeLine:
    """The printed type line: its index in the zone, the type, and where a title printed on the same line
    starts (`QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ`), None when the type stands alone."""

    index: int
    type: Found
    title_start: Optional[int] = None


def find_type(doc: NormalisedDocument, zone: list[Segment]) -> Optional[TypeLine]:
    """The printed type line (`BÁO CÁO`, `QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN ...`), or the type and title on one
    line in capitals."""
    for i, seg in enumerate(zone):
        key = doc.key[seg.start : seg.end]
        match = TYPE_LINE.match(key) or TYPE_OF_ISSUER.match(key) or TYPE_AND_TITLE.match(key)
        if match:
            title = seg.start + match.start("title") if "title" in match.groupdict() else None
            return TypeLine(i, Found(match.group("type"), seg.start, seg.start + match.end("type")), title)
    return None


def type_from_symbol(symbol: Found) -> Optional[str]:
    """The type in words from the symbol's type code (`BC-SCT`, `2014/QĐ-UBND`), None for a Công văn."""
    code = next(part for part in regex.split(r"[-/]", symbol.value) if not part.isdigit())
    return TYPE_CODES.get(code)


def find_subject(doc: NormalisedDocument, zone: list[Segment]) -> Optional[Found]:
    """A Công văn's `V/v ...` line and the lines that go on with it: the subject."""
    for i, seg in enumerate(zone):
        match = SUBJECT.match(doc.key, seg.start, seg.end)
        if match is None:
            continue
        end = seg.end
        for nxt in zone[i + 1 :]:
            if not _continues_subject(doc, nxt, doc.key[match.end() : end]):
                break
            end = nxt.end
        return Found(clean(doc.text[match.end() : end]), match.end(), end)
    return None


def _continues_subject(doc: NormalisedDocument, seg: Segment, so_far: str) -> bool:
    """Whether the line `seg` goes on with the subject `so_far`: a lower-case line, or one opening
    with a capital (`Giấy phép ...`) after an unfinished line when it is no other header line (the
    motto, a date, a number, `Kính gửi`, a line in capitals)."""
    key = doc.key[seg.start : seg.end]
    if DATE_LINE.search(key):
        return False
    if key[0].islower():
        return True
    other = (
        is_upper_text(key) or MOTTO.search(key) or RECIPIENTS.match(key) or NUMBER.search(key)
        or UNREAD_NUMBER.match(key) or TYPE_LINE.match(key)
    )
    return key[0].isupper() and not other and not ends_sentence(so_far)


def find_title(doc: NormalisedDocument, zone: list[Segment], typed: TypeLine) -> Optional[Found]:
    """The trích yếu: the lines after the type line (or the rest of it) up to `Kính gửi`, `Căn cứ`, a heading
    (`Phần thứ nhất`, `I. ...`, `Điều 1`) or the body.

    Its first line is taken whatever it starts with (`Thực hiện Đề án ...` is a title); a rule
    line (`-----`) before it is skipped, one after it ends it, as does a change of case.
    """
    picked: list[Segment] = []
    if typed.title_start is not None:
        picked.append(Segment(typed.title_start, zone[typed.index].end))
    for seg in zone[typed.index + 1 : typed.index + 1 + _TITLE_LIMIT]:
        key = doc.key[seg.start : seg.end]
        if not any(c.isalpha() for c in key) and not picked:
            continue
        if RECIPIENTS.match(key) or STRUCTURAL_HEADING.match(key):
            break
        if picked and not _continues_title(doc, picked, key):
            break
        picked.append(seg)
        if ends_sentence(key):
            break
    if not picked:
        return None
    start, end = picked[0].start, picked[-1].end
    return Found(clean(doc.text[start:end]), start, end)


def _continues_title(doc: NormalisedDocument, picked: list[Segment], key: str) -> bool:
    """Whether the line `key` goes on with the title picked so far: same case, not a stop word, and
    not the line of the issuing authority that follows an upper-case title in a Quyết định or Nghị
    quyết (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...`), unless the line before leaves the title open (`... CỦA`)."""
    first, last = doc.key[picked[0].start : picked[0].end], doc.key[picked[-1].start : picked[-1].end]
    if ISSUING_AUTHORITY.match(key) and not _OPEN_END.search(last):
        return False
    same_case = is_upper_text(key) == is_upper_text(first)
    return same_case and any(c.isalpha() for c in key) and not _TITLE_STOP.match(key)


def find_recipients(doc: NormalisedDocument, zone: list[Segment]) -> list[Found]:
    """`Kính gửi: A; B` or `Kính gửi:` followed by `- A;` lines: one entry per recipient."""
    for i, seg in enumerate(zone):
        match = RECIPIENTS.match(doc.key, seg.start, seg.end)
        if match is None:
            continue
        entries = split_entries(doc, match.end(), seg.end)
        for nxt in zone[i + 1 :]:
            if not _ENTRY_DASH.match(doc.key, nxt.start, nxt.end):
                break
            entries += split_entries(doc, nxt.start, nxt.end)
        return entries
    return []


def split_entries(doc: NormalisedDocument, start: int, end: int) -> list[Found]:
    """Entries of a list written `- A; - B.` or `A; B`: dashes and final `;`/`.` left out."""
    out = []
    for match in regex.finditer(r"[^;]+", doc.text[start:end]):
        s, e = strip_span(doc.text, start + match.start(), start + match.end())
        dash = _ENTRY_DASH.match(doc.text, s, e)
        s = dash.end() if dash else s
        while e > s and doc.text[e - 1] in ".,;":
            e -= 1
        if s < e and any(c.isalnum() for c in doc.text[s:e]):
            out.append(Found(clean(doc.text[s:e]), s, e))
    return out


def find_bodies(doc: NormalisedDocument, zone: list[Segment], stop: int, cut: Optional[int]) -> list[Found]:
    """Issuing bodies: the upper-case lines before `Số:` (mottos left out), one body per org word.

    A line that starts with an organisation word (`SỞ`, `UBND`, `BAN`...) begins a body; any other
    upper-case line continues the one above (`ỦY BAN NHÂN DÂN` / `TỈNH LÂM ĐỒNG`). A line of one code of
    letters and digits (`AB12`, a filing mark typed near the header) is no part of a body.
    """
    bodies: list[list[tuple[int, int]]] = []
    for i, seg in enumerate(zone[: stop + 1]):
        end = cut if i == stop and cut is not None else seg.end
        for s, e in _pieces_without_motto(doc, seg.start, end):
            e = _body_head(doc, s, e)
            key = doc.key[s:e]
            if not is_upper_text(key) or TYPE_LINE.match(key) or _CODE.match(key):
                continue
            if bodies and not ORG_HEAD.match(key):
                bodies[-1].append((s, e))
            else:
                bodies.append([(s, e)])
    return [Found(clean(" ".join(doc.text[s:e] for s, e in body)), body[0][0], body[-1][1]) for body in bodies]


def _body_head(doc: NormalisedDocument, start: int, end: int) -> int:
    """Where the body named at the start of a line ends when the line goes on in ordinary case (`UBND HUYỆN
    X Mẫu số 23/...`: a cell of the other column on the same row): after its words in capitals."""
    key = doc.key[start:end]
    if not ORG_HEAD.match(key) or is_upper_text(key):
        return end
    head = _CAPITALS_HEAD.match(doc.key, start, end)
    return head.end() if head else end


def _pieces_without_motto(doc: NormalisedDocument, start: int, end: int) -> list[tuple[int, int]]:
    pieces, at = [], start
    for match in [*MOTTO.finditer(doc.key, start, end), None]:
        s, e = strip_span(doc.text, at, match.start() if match else end)
        if s < e:
            pieces.append((s, e))
        at = match.end() if match else end
    return pieces
