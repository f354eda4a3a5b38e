"""The issuer of a cited document: the name after `của` (`của Thủ tướng Chính phủ`), up to the verb or
preposition that opens its subject (`phê duyệt`, `về`, `ban hành` ...), a punctuation mark or a number.

A name that ends in a bare `tỉnh` (`của Ủy ban nhân dân tỉnh`) is completed with the province named last
in the same paragraph (`UBND tỉnh Bình Thuận đã ban hành: ... của UBND tỉnh`), else with the document's
own province. `UBND`/`HĐND` are written out, so that mentions of one issuer compare equal.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Optional

import regex

from extract.parse.reference_kinds import KIND_PATTERN
from extract.parse.reference_marks import strip_lost_marks
from extract.vi.superscripts import SUPERSCRIPT_DIGITS

_OF = regex.compile(r"[ \t]*,?[ \t]*của[ \t]+")
_TOKEN = regex.compile(r"[ \t]*(?P<tok>[^\s,;:()“”\"\[\]|]+)")
# Words that end an issuer's name: a verb or preposition opens the subject or the sentence goes on.
# Compared bare of the marks OCR loses on circumflexes (`vê` for `về`).
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
_ISSUER_STOP = {strip_lost_marks(word) for word in _ISSUER_STOP}
_ISSUER_STOP_PAIRS = {(strip_lost_marks(a), strip_lost_marks(b)) for a, b in _ISSUER_STOP_PAIRS}
# ... unless the next word makes them part of a name: `giao thông`, `QLHC về TTXH`.
_NAME_CONTINUES = {"giao": regex.compile(r"thông"), strip_lost_marks("về"): regex.compile(r"[\p{Lu}0-9]{2,}")}
_ISSUER_MAX_WORDS = 14
_DOTTED = {"TP.", "Tp.", "TX."}  # `UBND TP. Hồ Chí Minh`: an abbreviation's dot does not end the name
_NAMED_PROVINCE = regex.compile(
    r"(?r)(?<!\p{L})(?:Ủy\s+ban\s+nhân\s+dân|UBND)\s+tỉnh\s+(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})"
)
_ABBREVIATIONS = {"UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}


def _tokens(key: str, pos: int, limit: int) -> list[regex.Match]:
    """The words from `pos` on, up to the first punctuation mark (`,;:()`…) or `limit`."""
    tokens = []
    while (token := _TOKEN.match(key, pos, limit)) is not None:
        tokens.append(token)
        pos = token.end()
    return tokens


def _issuer_words(key: str, pos: int, limit: int) -> tuple[list[str], int]:
    """The words of an issuer's name starting at `pos`, and where the name ends."""
    words: list[tuple[str, int]] = []  # (word, offset after it)
    tokens = _tokens(key, pos, limit)
    for i, token in enumerate(tokens):
        word = token.group("tok")
        nxt = tokens[i + 1].group("tok") if i + 1 < len(tokens) else ""
        plain = strip_lost_marks(word)
        continues = plain in _NAME_CONTINUES and _NAME_CONTINUES[plain].fullmatch(nxt) is not None
        if len(words) >= _ISSUER_MAX_WORDS or (plain in _ISSUER_STOP and not continues):
            break
        if (plain, strip_lost_marks(nxt)) in _ISSUER_STOP_PAIRS:
            break
        bare = word.rstrip(SUPERSCRIPT_DIGITS)
        if regex.search(r"[0-9]", bare):  # a number, a date, the next reference
            break
        if word == "và" and (not nxt or nxt[0].islower() or nxt[0].isdigit() or _starts_kind(key, token.end())):
            break
        name = bare if bare in _DOTTED else bare.rstrip("./")
        words.append((name, token.start("tok") + len(name)))
        if name != word:  # a footnote marker or a full stop ends the name
            break
    while words and words[-1][0] in {"-", "và"}:
        words.pop()
    return [word for word, _ in words], words[-1][1] if words else pos


def _starts_kind(key: str, pos: int) -> bool:
    return regex.match(rf"\s+(?:{KIND_PATTERN})(?!\p{{L}})", key[pos : pos + 40], regex.IGNORECASE) is not None


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
    ends, matches = _named_provinces(key)
    i = bisect_right(ends, pos) - 1
    match = matches[i] if i >= 0 and matches[i].start() >= line_start else None
    return " ".join(match.group("name").split()) if match else None


@lru_cache(maxsize=4)
def _named_provinces(key: str) -> tuple[list[int], list[regex.Match]]:
    """Every `UBND tỉnh <Name>` of a text, in text order, and where each ends: found once per text, not
    searched back from every reference (which rescans a long paragraph that names none)."""
    matches = sorted(_NAMED_PROVINCE.finditer(key), key=lambda match: match.start())
    return [match.end() for match in matches], matches
