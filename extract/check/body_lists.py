"""Counted lists written out in the body: a count against the items that follow it (``list_length``).

Two forms, both in body paragraphs:

1. names in the same sentence, after an opener that closes the count's noun phrase (``gồm``,
   ``bao gồm``, ``:`` or an opening bracket; only words, commas and brackets between): ``03 đơn vị
   ..., gồm: Công ty A, Công ty B, Công ty C, kết quả như sau`` — the items are the run of names
   (each opening with a capital letter) separated by ``;`` where there is one (a name may hold commas),
   else by ``,``, up to the end of the bracket, the sentence, a ``;`` when the names are split by
   commas, or the first segment that is not a name;
2. list paragraphs after a paragraph that announces them: it ends with ``:`` right after the count's
   noun phrase (``05 cụm công nghiệp ..., gồm:``, ``..., cụ thể:``), or ends with the count in a
   bracket (a heading ``... (07 CỤM)``); the items are the paragraphs right after it numbered
   ``1.``, ``2.`` ... (or ``a)``, ``b)`` ...; or one bullet style), in sequence.

List paragraphs ending with a count (``+ Đang cai nghiện: 1986 người;``) break a total down:
they are no list of things, and are left to the sums. A paragraph opening with a number and a
capital (``1 Nội dung kinh phí ...:``) is a numbered heading, not a count.
When several counts stand in the clause before the opener, which one the list belongs to is not
stated: the list is checked only against the one whose value it matches, if exactly one does.
Items that are figures (``gồm 166 dự án ...; 02 dự án ...``) are a breakdown, not a list of names.
"""

from __future__ import annotations

from typing import Optional

import regex

from extract.check.figures import Fig
from extract.check.text import outside_brackets, sentences
from extract.normalise.document import NormalisedDocument, Paragraph
from schemas.models import Check, Figure

_OPENER = regex.compile(r"(?<!\p{L})(?:bao\s+gồm|gồm)(?!\p{L})\s*:?|:|\(", regex.IGNORECASE)
_NAME = regex.compile(r"^\s*[\p{Lu}“\"]")
_CLAUSE_BREAK = regex.compile(r"[;.()]")
_STOP = regex.compile(r"[.;()]|\n")
_BRACKET_STOP = regex.compile(r"[).]|\n")
_ANNOUNCE_END = regex.compile(
    r"^(?:[^,;:.()]*|[^;:.]*,\s*(?:gồm|bao\s+gồm|cụ\s+thể|như\s+sau|sau\s+đây))\s*:\s*$", regex.IGNORECASE
)
_HEADING_END = regex.compile(r"^[^()]*\)\s*$")
_ITEM = regex.compile(r"\s*(?:(\d{1,2})[.)]|([a-zđ])\)|([-–+•*]))\s", regex.IGNORECASE)
_HEADING_NUMBER = regex.compile(r"\s*\d{1,2}\s+\p{Lu}")  # `1 Nội dung ...`: a heading's number, not a count
_MAX_WORDS = 25
_WORD = regex.compile(r"\p{L}+")


def list_length_check(count: Fig, items: list[Figure], where: str) -> Check:
    """A count against the number of items listed for it."""
    computed = len(items)
    difference = count.value - computed
    return Check(
        check="list_length",
        status="pass" if difference == 0 else "fail",
        stated=str(count.value),
        computed=str(computed),
        difference=str(difference),
        detail=f"{count.text} against the {computed} items of {where}",
        figures=[count.figure("stated")] + items,
    )


def item_figure(doc: NormalisedDocument, start: int, end: int) -> Figure:
    """One listed item as a figure valued by its text (spaces trimmed)."""
    text = doc.text[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    return Figure(role="part", value=doc.text[start:end], page=doc.page_at(start), start=start, end=end, text=doc.text[start:end])


def _names(doc: NormalisedDocument, start: int, limit: int, bracket: bool) -> list[Figure]:
    """The run of names from ``start`` (a ';' ends a list outside brackets: _STOP), split by ';' or ','."""
    end_match = (_BRACKET_STOP if bracket else _STOP).search(doc.text, start, limit)
    end = end_match.start() if end_match else limit
    mark = ";" if ";" in doc.text[start:end] else ","
    segments, position = [], start
    for separator in [*regex.finditer(regex.escape(mark), doc.text[start:end]), None]:
        segment_end = start + separator.start() if separator else end
        segments.append((position, segment_end))
        position = start + separator.end() if separator else end
    items = []
    for a, b in segments:
        text = doc.text[a:b]
        if not _NAME.match(text) or regex.search(r"\d", text[:3]) or not text.strip():
            break
        items.append(item_figure(doc, a, b))
    return items if len(items) >= 2 else []


def _choose(counts: list[Fig], items: int) -> Optional[Fig]:
    """The count a list belongs to: the only one, or the only one of the right value."""
    if len(counts) == 1:
        return counts[0]
    matching = [c for c in counts if c.value == items]
    return matching[0] if len(matching) == 1 else None


def _inline(doc: NormalisedDocument, counts: list[Fig]) -> list[Check]:
    checks = []
    for sentence in sentences(doc):
        inside = [c for c in counts if sentence.start <= c.start < sentence.end]
        for opener in _OPENER.finditer(doc.key, sentence.start, sentence.end):
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(doc.key, sentence.start, opener.start())]
            clause_start = breaks[-1] if breaks else sentence.start
            before = [c for c in inside if c.end <= opener.start() and c.start >= clause_start]
            before = [c for c in before if len(_WORD.findall(doc.key[c.end : opener.start()])) <= _MAX_WORDS]
            if not before:
                continue
            bracket = doc.key[opener.start()] == "("
            items = _names(doc, opener.end(), sentence.end, bracket)
            count = _choose(before, len(items)) if items else None
            if count is not None:
                checks.append(list_length_check(count, items, "the list written after it"))
    return checks


def _list_items(doc: NormalisedDocument, body: list[Paragraph], index: int) -> list[Figure]:
    """The list paragraphs right after paragraph ``index``: numbered in sequence, or one bullet style."""
    items: list[Figure] = []
    style: Optional[str] = None
    for paragraph in body[index + 1 :]:
        match = _ITEM.match(doc.text, paragraph.start, paragraph.end)
        if not match:
            break
        if match.group(1):
            current, expected = "1", str(len(items) + 1)
            if match.group(1) != expected:
                break
        elif match.group(2):
            current = "a"
            if match.group(2).lower() != "abcdefghiklmnopqrstuvxy"[len(items) : len(items) + 1]:
                break
        else:
            current = match.group(3)
        if style is not None and current != style:
            break
        style = current
        items.append(item_figure(doc, paragraph.start, paragraph.end))
    return items if len(items) >= 2 else []


def _ends_with_count(item: Figure, counts: list[Fig]) -> bool:
    """Whether a list paragraph closes with a count (``...: 1986 người;``): an item of a breakdown."""
    return any(item.start <= c.start and 0 <= item.end - c.end <= 2 for c in counts)


def _announced(doc: NormalisedDocument, counts: list[Fig]) -> list[Check]:
    body = [p for p in doc.paragraphs if p.kind == "body"]
    checks = []
    for index, paragraph in enumerate(body):
        inside = [c for c in counts if paragraph.start <= c.start < paragraph.end]
        if not inside or _HEADING_NUMBER.match(doc.text, paragraph.start, inside[-1].end):
            continue
        last = inside[-1]
        tail = outside_brackets(doc.key[last.end : paragraph.end].rstrip())
        if not (_ANNOUNCE_END.match(tail) or _HEADING_END.match(tail) and doc.key[last.start - 1 : last.start] == "("):
            continue
        items = _list_items(doc, body, index)
        if items and not any(_ends_with_count(item, counts) for item in items):
            checks.append(list_length_check(last, items, "the list paragraphs after it"))
    return checks


def body_lists(doc: NormalisedDocument, counts: list[Fig]) -> list[Check]:
    """list_length checks of the counted lists written in the body (see the module docstring)."""
    return _inline(doc, counts) + _announced(doc, counts)
