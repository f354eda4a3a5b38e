"""Numbers a sentence gives as the value of a labelled quantity, without a noun after them.

``Số hồ sơ giải quyết đúng hạn là 193.457 (tỷ lệ 99,1%)``, ``Tổng số đơn vị ... là 271, trong đó``:
the number closes its clause (a comma, semicolon, bracket or full stop follows) and is introduced by
``là`` or ``:`` after a label. What it counts is read from the label: its words, without a leading
``tổng số``/``số lượng``/``số`` (``hồ sơ giải quyết đúng hạn``), so that it can be a total or a part of
counts of the same thing (nouns.same_head), or a part of a count broken down by labels
(``162 trường hợp (trong đó nghỉ hưu: 28; nghỉ việc: 134)``). A label that holds the same number
(``24 người nghiện trong nhà tạm giữ: 24``) restates a count printed with its noun: no second figure. Such a figure is used by the checks only; it is not a
count of the record (the noun is not printed beside it).
"""

from __future__ import annotations

from decimal import Decimal

import regex

from extract.check.figures import Fig
from extract.check.text import sentences
from extract.normalise.document import NormalisedDocument
from extract.parse.counts import MEASURES, TIME_UNITS
from extract.vi.numbers import NUMBER, is_integer_text, parse_vn_number
from extract.vi.tones import fold_tones

_BARE = regex.compile(
    r"(?:(?<!\p{L})là|:)\s*(" + NUMBER + r")(?=\s*(?:[,;)(]|\.(?:\s|$)|$|\s+(?:và|trong\s+đó)(?!\p{L})))",
    regex.IGNORECASE,
)
_LABEL_BREAK = regex.compile(r"[,;:()]|\.\s|(?<!\p{L})(?:trong\s+đó|gồm|bao\s+gồm)(?!\p{L})", regex.IGNORECASE)
_LEADING = regex.compile(r"^\s*(?:[-+]\s*)?(?:tổng\s+số|tổng|số\s+lượng|số)\s+", regex.IGNORECASE)
_MAX_LABEL_WORDS = 15
_ITEM_NUMBER = regex.compile(r"(?:\(\s*(?:(?:bao\s+)?gồm|trong\s+đó)?\s*:?|(?<!\p{L})và\s|;\s)\s*(" + NUMBER + r")\s+(\p{L}+)", regex.IGNORECASE)
_LABEL_NUMBER = regex.compile(NUMBER)


def _label(doc: NormalisedDocument, sentence_start: int, at: int) -> str:
    """The label before the ``là``/``:`` at ``at``: the clause's words, lower-case, without 'tổng số'/'số'."""
    breaks = list(_LABEL_BREAK.finditer(doc.key, sentence_start, at))
    start = breaks[-1].end() if breaks else sentence_start
    words = doc.key[start:at].split()
    if not words or len(words) > _MAX_LABEL_WORDS:
        return ""
    return _LEADING.sub("", " ".join(words)).casefold()


def _restates(label: str, value: Decimal) -> bool:
    """Whether the label holds a number of the same value (the figure is printed twice)."""
    return any(is_integer_text(n) and parse_vn_number(n) == value for n in _LABEL_NUMBER.findall(label))


def bare_figures(doc: NormalisedDocument, taken: list[tuple[int, int]]) -> list[Fig]:
    """Every bare labelled number of the body sentences not inside an extracted item (``taken`` spans)."""
    figures: list[Fig] = []
    for sentence in sentences(doc):
        for match in _BARE.finditer(doc.key, sentence.start, sentence.end):
            start, end = match.span(1)
            if any(a < end and start < b for a, b in taken) or not is_integer_text(match.group(1)):
                continue
            label = _label(doc, sentence.start, match.start())
            value = parse_vn_number(match.group(1))
            if not label or _restates(label, value):
                continue
            page = doc.page_at(start)
            figures.append(Fig(Decimal(value), Decimal(0), page, start, end, doc.text[start:end], label, bare=True))
    return figures


def bracket_item_numbers(doc: NormalisedDocument, taken: list[tuple[int, int]]) -> list[Fig]:
    """Numbers opening an item inside a bracket (after ``(``, ``(gồm``, ``và`` or ``;``) that no parser took: a part printed
    without its noun (``82.438 hồ sơ (59.072 đăng ký khai sinh ... và 24.366 hồ sơ ...)``). Not a duration or a
    measure (``15 ngày``, ``20 ha``). Like a labelled number it counts what its total counts (no noun of its own)."""
    figures: list[Fig] = []
    for sentence in sentences(doc):
        for match in _ITEM_NUMBER.finditer(doc.key, sentence.start, sentence.end):
            start, end = match.span(1)
            if sentence.depth(start) < 1 or any(a < end and start < b for a, b in taken):
                continue
            if not is_integer_text(match.group(1)) or fold_tones(match.group(2).casefold()) in TIME_UNITS | MEASURES:
                continue
            value = parse_vn_number(match.group(1))
            figures.append(Fig(Decimal(value), Decimal(0), doc.page_at(start), start, end, doc.text[start:end], bare=True))
    return figures
