"""The words around a document number: kind word and clause before it; date, issuer, subject after.

All functions read the tone-folded matching key (`doc.key`), so that `Uỷ ban` and `Ủy ban` are one
spelling, and return offsets into it (the same offsets as the printed text).

Printed order (Nghị định 30/2020/NĐ-CP): `[Khoản 2 Điều 3] Quyết định số 587/QĐ-UBND ngày 24/9/2021
của Ủy ban nhân dân tỉnh phê duyệt Chương trình ...`.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

import regex

from extract.parse.dates import DATE_PATTERN, date_value
from extract.normalise.symbols import SYMBOL_PART
from extract.parse.reference_kinds import KIND_WORDS, kind_in_words

LOOK_BACK = 160  # characters searched before a number for its kind word or clause

_KIND_ALT = "|".join(regex.escape(word).replace(r"\ ", r"\s+") for word in KIND_WORDS)
_GAP_WORD = r"[^\s0-9;,.:()“”\"\[\]|/]+"
# Reverse search: the kind word closest to the number, up to 8 words of name between (`Luật Điện lực số`).
_KIND_BEFORE = regex.compile(
    rf"(?ri)(?<!\p{{L}})(?P<kind>{_KIND_ALT})(?P<gap>(?:\s+{_GAP_WORD}){{0,8}}?)\s*(?:(?<!\p{{L}})số\s*:?\s*)?$"
)
_GAP_BLOCKERS = {"của", "tại", "theo", "và", "ngày", "đã", "được", "hoặc", "với", "cho"}
_NOT_DOCUMENT = regex.compile(r"(?ri)(?<!\p{L})(?:mẫu|biểu|phụ\s+lục)(?:\s+số)?\s*:?\s*$")
_OWN_NUMBER_LABEL = regex.compile(r"(?r)(?<!\p{L})Số\s*:\s*$")
_CLAUSE = (
    r"(?:điểm\s+[a-zđ][0-9]?\s*,?\s+)?(?:khoản\s+[0-9]+\s*,?\s+)?điều\s+[0-9]+[a-zđ]?"
    r"|(?:điểm\s+[a-zđ][0-9]?\s*,?\s+)?khoản\s+[0-9]+|điểm\s+[a-zđ][0-9]?"
)
_CLAUSE_BEFORE = regex.compile(rf"(?ri)(?<!\p{{L}})(?P<clause>{_CLAUSE})\s+(?:(?:của|tại)\s+)?$")
_DATE_AFTER = regex.compile(rf"[ \t]*,?[ \t]*(?:ban[ \t]+hành[ \t]+)?ngày[ \t]+(?P<date>{DATE_PATTERN})", regex.IGNORECASE)
_OF = regex.compile(r"[ \t]*,?[ \t]*của[ \t]+")
_TOKEN = regex.compile(r"[ \t]*(?P<tok>[^\s,;:()“”\"\[\]|]+)")
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# Words that end an issuer's name: a verb or preposition opens the subject or the sentence goes on.
_ISSUER_STOP = {
    "về", "có", "giao", "đã", "đang", "sẽ", "tại", "theo", "trong", "nêu", "kèm", "là", "ngày",
    "được", "với", "để", "các", "những", "cho", "nhằm", "trên", "từ", "đến", "gồm", "thì", "mà", "như",
    "khi", "năm", "số", "v/v", "việc", "này", "đó", "nay", "do", "bởi", "hoặc", "tới", "sau", "trước", "qua",
}
_ISSUER_STOP_PAIRS = {
    ("phê", "duyệt"), ("ban", "hành"), ("sửa", "đổi"), ("hướng", "dẫn"), ("quy", "định"), ("thực", "hiện"),
    ("triển", "khai"), ("đề", "nghị"), ("thông", "báo"), ("công", "bố"), ("thành", "lập"), ("kiểm", "tra"),
    ("tổ", "chức"), ("đối", "với"), ("bổ", "sung"), ("chỉ", "đạo"), ("quyết", "định"),
}
# ... unless the next word makes them part of a name: `giao thông`, `QLHC về TTXH`.
_NAME_CONTINUES = {"giao": regex.compile(r"thông"), "về": regex.compile(r"[\p{Lu}0-9]{2,}")}
_ISSUER_MAX_WORDS = 14
_NAMED_PROVINCE = regex.compile(
    r"(?r)(?<!\p{L})(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+tỉnh\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})"
)
_ABBREVIATIONS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}
_SUBJECT_START = regex.compile(
    r"[ \t]*[,:]?[ \t]*(?<!\p{L})(?:về\s+việc|về|v/v|phê\s+duyệt|ban\s+hành|sửa\s+đổi|hướng\s+dẫn|quy\s+định"
    r"|triển\s+khai|thực\s+hiện|công\s+bố|thành\s+lập)(?!\p{L})",
    regex.IGNORECASE,
)
_SUBJECT_END = regex.compile(r"[;(\n]|\.(?:\s|$)|:\s")
_SUBJECT_TRAIL = regex.compile(r"(?:[\s,“\"-]|(?<!\p{L})(?:của|và|tại|theo|số|cùng|như|với)(?!\p{L}))+$", regex.IGNORECASE)


def kind_before(key: str, text: str, start: int) -> Optional[tuple[int, str]]:
    """(offset, kind in words) of the kind word that names the number at `start`, if one stands there.

    A lower-case kind word counts only right before the number (`theo quyết định số 587/QĐ-UBND`), so
    that `quy định tại ...` far ahead of a number is not taken for a Quy định.
    """
    low = max(0, start - LOOK_BACK)
    match = _KIND_BEFORE.search(key, low, start)
    if match is None:
        return None
    gap_words = match.group("gap").split()
    if gap_words and (text[match.start()].islower() or any(w.lower() in _GAP_BLOCKERS for w in gap_words)):
        return None
    return match.start(), kind_in_words(match.group("kind"))


def clause_before(key: str, text: str, kind_start: int) -> Optional[str]:
    """The cited part printed before a kind word: `Khoản 2 Điều 3` of `Khoản 2 Điều 3 Thông tư số ...`."""
    match = _CLAUSE_BEFORE.search(key, max(0, kind_start - LOOK_BACK), kind_start)
    return " ".join(text[match.start("clause") : match.end("clause")].split()) if match else None


def is_not_document(key: str, start: int) -> bool:
    """A form or annex number (`Mẫu số 01/BC`, `Phụ lục 02/KH`) rather than a document."""
    return _NOT_DOCUMENT.search(key, max(0, start - 20), start) is not None


def is_own_number_label(key: str, start: int) -> bool:
    """The number stands after the header label `Số:` (capital, colon): the document's own number."""
    return _OWN_NUMBER_LABEL.search(key, max(0, start - 10), start) is not None


def date_after(key: str, pos: int, limit: int) -> Optional[tuple[int, date]]:
    """(end, date) of `ngày 24/9/2021` / `, ngày 16 tháng 6 năm 2025` right after `pos`."""
    match = _DATE_AFTER.match(key, pos, limit)
    if match is None:
        return None
    value = date_value(match.group("date"))
    return (match.end(), value) if value is not None else None


_DANGLING_DATE = regex.compile(r"[ \t]*,?[ \t]*ngày[ \t]*\n", regex.IGNORECASE)
_DATE_LINE = regex.compile(rf"(?P<date>{DATE_PATTERN})", regex.IGNORECASE)
_DANGLING_SEPARATOR = regex.compile(r"([/-])[ \t]*\n")
_CODE_LINE = regex.compile(
    rf"(?P<code>{SYMBOL_PART}(?:[-/]{SYMBOL_PART})*)(?P<rest>[ \t]+ngày[ \t]*)?[ \t]*(?=\n|$)", regex.IGNORECASE
)
WRAP_LINES = 4
"""How many lines ahead the rest of a table cell is looked for when a PDF's table came out as lines
whose cells interleave (`Nghị quyết 19/NQ-` / `2.1. Tổng số ...` / `Người` / `HĐND ngày` / `28/8/2025`)."""


def _next_lines(key: str, pos: int) -> list[int]:
    """Start offsets of the (at most WRAP_LINES) lines after the line ending at or after `pos`."""
    starts = []
    for _ in range(WRAP_LINES):
        newline = key.find("\n", pos)
        if newline < 0:
            break
        pos = newline + 1
        starts.append(pos)
    return starts


def cell_date_after(key: str, pos: int) -> Optional[date]:
    """The date of a `... ngày` that ends its line, found at the start of one of the next lines."""
    match = _DANGLING_DATE.match(key, pos)
    if match is None:
        return None
    for start in _next_lines(key, match.start()):
        found = _DATE_LINE.match(key, start)
        if found:
            return date_value(found.group("date"))
    return None


def wrapped_symbol_rest(key: str, pos: int) -> Optional[tuple[str, int]]:
    """(separator and codes, offset after them) when a symbol stops at a separator ending its line
    (`19/NQ-`) and one of the next lines holds nothing but codes (`HĐND`, optionally `ngày`)."""
    match = _DANGLING_SEPARATOR.match(key, pos)
    if match is None:
        return None
    for start in _next_lines(key, pos):
        line = _CODE_LINE.match(key, start)
        if line:
            return match.group(1) + line.group("code"), line.end("code")
    return None


def _tokens(key: str, pos: int, limit: int) -> list[regex.Match]:
    """The words from `pos` on, up to the first punctuation mark (`,;:()`…) or `limit`."""
    tokens = []
    while (token := _TOKEN.match(key, pos, limit)) is not None:
        tokens.append(token)
        pos = token.end()
    return tokens


def _issuer_words(key: str, pos: int, limit: int) -> tuple[list[str], int]:
    """The words of an issuer's name starting at `pos`, and where the name ends."""
    words: list[str] = []
    end = pos
    tokens = _tokens(key, pos, limit)
    for i, token in enumerate(tokens):
        word = token.group("tok")
        nxt = tokens[i + 1].group("tok") if i + 1 < len(tokens) else ""
        continues = word in _NAME_CONTINUES and _NAME_CONTINUES[word].fullmatch(nxt) is not None
        if len(words) >= _ISSUER_MAX_WORDS or (word in _ISSUER_STOP and not continues):
            break
        if (word, nxt) in _ISSUER_STOP_PAIRS:
            break
        bare = word.rstrip(_SUPERSCRIPTS)
        if regex.search(r"[0-9]", bare):  # a number, a date, the next reference
            break
        if word == "và" and (not nxt or nxt[0].islower() or nxt[0].isdigit() or _starts_kind(key, token.end())):
            break
        name = bare.rstrip("./")
        words.append(name)
        end = token.start("tok") + len(name)
        if name != word:  # a footnote marker or a full stop ends the name
            break
    while words and words[-1] in {"-", "và"}:
        words.pop()
    return words, end


def _starts_kind(key: str, pos: int) -> bool:
    return regex.match(rf"\s+(?:{_KIND_ALT})(?!\p{{L}})", key[pos : pos + 40], regex.IGNORECASE) is not None


def issuer_after(key: str, pos: int, limit: int, province: Optional[str]) -> Optional[tuple[int, str]]:
    """(end, issuer) of `của <issuer>` right after `pos`; `tỉnh` alone resolved to `province`."""
    line_end = key.find("\n", pos, limit)
    limit = limit if line_end < 0 else line_end
    match = _OF.match(key, pos, limit)
    if match is None:
        return None
    words, end = _issuer_words(key, match.end(), limit)
    if not words:
        return None
    words = [_ABBREVIATIONS.get(word, word) for word in words]
    if words[-1] == "tỉnh":
        named = _province_named_before(key, pos) or province
        if named:
            words.append(named)
    return end, " ".join(words)


def _province_named_before(key: str, pos: int) -> Optional[str]:
    """The province of the last `Ủy ban nhân dân tỉnh <Name>` / `UBND tỉnh <Name>` earlier in the paragraph:
    in `UBND tỉnh Bình Thuận đã ban hành: Kế hoạch ... của UBND tỉnh`, the plan is Bình Thuận's."""
    line_start = key.rfind("\n", 0, pos) + 1
    match = _NAMED_PROVINCE.search(key, line_start, pos)
    return " ".join(match.group("name").split()) if match else None


def subject_after(key: str, text: str, pos: int, limit: int) -> Optional[str]:
    """The subject right after `pos` (`về khuyến công`, `phê duyệt ...`), up to `;`, `(`, a sentence end
    or `limit` (the next reference)."""
    match = _SUBJECT_START.match(key, pos, limit)
    if match is None:
        return None
    start = match.end() - len(match.group().lstrip(" \t,:"))
    stop = _SUBJECT_END.search(key, match.end(), limit)
    end = stop.start() if stop else limit
    subject = _SUBJECT_TRAIL.sub("", " ".join(text[start:end].split()))
    return subject or None
