"""Items of a list inside a footnote (`1. ...; 2. ...; 13.Dầu lạc ...`), and for product lists each
item's product, producer and address.

An item is `product producer address`: the producer starts at an organisation word (`Hợp tác xã`,
`Công ty`, `Hộ kinh doanh`, ...), the address is the longest tail that reads as an address going
from the smallest unit up (`thôn ..., xã ..., huyện ...`, level words possibly left out: `..., Yên Sơn`).
So a name such as `Hợp tác xã ... Phong Thổ xã An Khang, thôn Phúc Lộc A, xã An Khang, ...` keeps its
`xã An Khang`: a commune followed by a hamlet is not an address. An item printed without producer
shares the producer and address of the next item that has them (`7. Rượu 9 chum; 8. Rượu ... Công ty ...`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from schemas.models import FootnoteItem

__all__ = ["parse_items", "split_item"]

# An item number (`1.`, `1)`, `(1)`) at the start of the footnote or after `;`, `.` or `:` (a `(1)` also
# after `,`); sequence checked apart.
_ITEM_NUMBER = regex.compile(
    r"(?:^|(?<=[;.:])|(?<=,)(?=\s*\())\s*(?P<label>\((?P<num>\d{1,3})\)|(?P<num>\d{1,3})\s*[.)])\s*(?=\p{Lu})"
)
# The heading of a list that follows an item: `; - Đang triển khai:` up to the next list's first label.
_LIST_HEADING = regex.compile(r"[;.]\s*[-+•–]?\s*[^;.]*:\s*$")
_PRODUCER = regex.compile(
    r"(?<!\p{L})(?:[Hh]ợp tác xã|HTX|[Tt]ổng [Cc]ông ty|[Cc]ông ty|[Hh]ộ kinh doanh|[Hh]ộ sản xuất"
    r"|[Hh]ộ gia đình|[Dd]oanh nghiệp tư nhân|DNTN|Cơ sở|Tổ hợp tác|Xí nghiệp)(?!\p{L})"
)
# Address levels, smallest first: a valid address never goes back down.
_LEVEL_RANKS = {
    "số nhà": 0, "đường": 0, "phố": 0,
    "tổ dân phố": 1, "khu phố": 1, "thôn": 1, "tổ": 1, "bản": 1, "xóm": 1, "ấp": 1, "khu": 1, "khối": 1,
    "xã": 2, "phường": 2, "thị trấn": 2,
    "thị xã": 3, "thành phố": 3, "tp.": 3, "tp": 3, "huyện": 3, "quận": 3,
    "tỉnh": 4,
}
_LEVEL_ALT = "|".join(regex.escape(w) for w in sorted(_LEVEL_RANKS, key=len, reverse=True))
_LEVEL = regex.compile(rf"(?<!\p{{L}})(?P<level>{_LEVEL_ALT})(?!\p{{L}})", regex.IGNORECASE)
_NAME_WORD = r"(?:\p{Lu}\p{Ll}*|\d+[A-Za-z]?)"
_NAME = regex.compile(rf"{_NAME_WORD}(?:\s*-\s*{_NAME_WORD}|\s+{_NAME_WORD}){{0,5}}")
_PART_SPLIT = regex.compile(r"\s*,\s*")
_TRAILING = ".;, "
_OF = regex.compile(r"\s+của\s*$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class ItemParts:
    """Where an item's product, producer and address stand in the text (absent: None)."""

    product: Optional[Span]
    producer: Optional[Span]
    address: Optional[Span]


def _item_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(number, start, content start, end) of each item, numbered 1, 2, 3, ... in order.

    Numbering may start again at 1 after a list of two or more: several lists in one footnote
    (`- Đã triển khai: (1) ...; (2) ...; - Đang triển khai: (1) ...`). The items of every list are
    kept, numbered as printed; the heading of the next list (`- Đang triển khai:`) is left out of the
    item before it."""
    found, expected = [], 1
    for match in _ITEM_NUMBER.finditer(text):
        num = int(match["num"])
        if num == expected or (num == 1 and expected > 2):
            found.append((num, match.start("label"), match.end()))
            expected = num + 1
    items = []
    for i, (num, start, content) in enumerate(found):
        end = found[i + 1][1] if i + 1 < len(found) else len(text)
        if i + 1 < len(found) and found[i + 1][0] == 1:
            heading = _LIST_HEADING.search(text, content, end)
            end = heading.start() if heading else end
        while end > content and text[end - 1] in _TRAILING:
            end -= 1
        items.append((num, start, content, end))
    return items if len(items) >= 2 else []


def _part_rank(part: str) -> Optional[int]:
    """The level of one address part (`xã Kim Phú` → 2), -1 for a bare name (`Yên Sơn`), None if no part."""
    level = _LEVEL.match(part)
    if level:
        name = part[level.end() :].strip()
        ok = _NAME.fullmatch(name) is not None and _LEVEL.match(name) is None
        return _LEVEL_RANKS[level["level"].lower()] if ok else None
    return -1 if _NAME.fullmatch(part) else None


def _is_address(text: str, after_comma: bool) -> bool:
    """Whether `text` reads as an address: levels rising, bare names only after a level word
    (or a tail of bare names only, right after a comma: `..., Yên Sơn`)."""
    ranks = [_part_rank(part) for part in _PART_SPLIT.split(text.strip(_TRAILING))]
    if not ranks or None in ranks:
        return False
    if ranks[0] == -1:
        return after_comma and all(rank == -1 for rank in ranks)
    levelled = [rank for rank in ranks if rank >= 0]
    return all(a < b for a, b in zip(levelled, levelled[1:]))


def _address_start(key: str, start: int, end: int) -> Optional[int]:
    """The earliest position in key[start:end] from which the rest is an address."""
    candidates = sorted(
        {(m.start(), False) for m in _LEVEL.finditer(key, start, end)}
        | {(start + m.end(), True) for m in regex.finditer(r",\s*", key[start:end])}
    )
    for position, after_comma in candidates:
        if _is_address(key[position:end], after_comma):
            return position
    return None


def split_item(key: str, start: int, end: int) -> ItemParts:
    """Product, producer and address of the item content key[start:end]."""
    producer = _PRODUCER.search(key, start, end)
    if producer is None:
        return ItemParts(Span(start, end), None, None)
    address = _address_start(key, producer.end(), end)
    producer_end = address if address is not None else end
    while producer_end > producer.start() and key[producer_end - 1] in _TRAILING:
        producer_end -= 1
    product_end = producer.start()
    of = _OF.search(key, start, product_end)
    product_end = of.start() if of else product_end
    while product_end > start and key[product_end - 1] in _TRAILING + ":":
        product_end -= 1
    return ItemParts(
        Span(start, product_end) if product_end > start else None,
        Span(producer.start(), producer_end),
        Span(address, end) if address is not None else None,
    )


def parse_items(doc: NormalisedDocument, start: int, end: int) -> list[FootnoteItem]:
    """The numbered items of the footnote text doc.text[start:end]; none when it is no list.

    Product, producer and address are filled only when the list reads as a product list (at least
    half of its items name a producer).
    """
    spans = _item_spans(doc.key[start:end])
    parts = [split_item(doc.key, start + content, start + item_end) for _, _, content, item_end in spans]
    product_list = 2 * sum(p.producer is not None for p in parts) >= len(parts) > 0
    items = []
    for i, ((num, item_start, _, item_end), part) in enumerate(zip(spans, parts)):
        item = FootnoteItem(item=num, **doc.quote(start + item_start, start + item_end))
        if product_list:
            _fill(doc, item, part, parts[i + 1 :])
        items.append(item)
    return items


def _fill(doc: NormalisedDocument, item: FootnoteItem, part: ItemParts, following: list[ItemParts]) -> None:
    """Product, producer and address values; a producer-less item borrows from the next item that has one."""
    item.product = _value(doc, part.product)
    source = part
    if part.producer is None:
        source = next((p for p in following if p.producer is not None), part)
        item.producer_shared = source.producer is not None
    item.producer = _value(doc, source.producer)
    item.address = _value(doc, source.address)


def _value(doc: NormalisedDocument, span: Optional[Span]) -> Optional[str]:
    return " ".join(doc.text[span.start : span.end].split()) if span else None
