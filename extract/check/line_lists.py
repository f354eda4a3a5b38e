"""Totals stated on a line and broken down in the list items right under it.

A total line is a body paragraph whose last figure of a kind is governed by a total word
(``Tổng kinh phí ...: 13.183,72 triệu đồng``), or a line that ends with a colon (``... là 398.497
triệu đồng. Trong đó:``), whose total is its last figure with a part in every item (``23 cụm ...
chia thành 02 nhóm:`` over ``a) Nhóm 1: 16 cụm``, ``b) Nhóm 2: 07 cụm``). Its items are the paragraphs right after it that open with one
list style (``-``, ``+``, ``a)`` ...) other than the total line's own; lines of a deeper style
between them belong to the item above (and are checked as that item's own breakdown when the
item is itself a total line). Each item must hold a figure of the kind (for counts, of the same
noun): its first one is the part. An item without one, or parts that cannot be shares of the
total (figures.is_breakdown: ``- Tăng 100 triệu đồng so với năm 2024``), mean the list is not a
breakdown of the total, and no check is made.
"""

from __future__ import annotations

from typing import Optional

from extract.check.figures import Fig, describe, is_breakdown, make_check, sum_kinds
from extract.check.text import bullet, governed_by_total
from extract.normalise.document import NormalisedDocument, Paragraph
from schemas.models import Check


def _in(figures: list[Fig], paragraph: Paragraph) -> list[Fig]:
    return [f for f in figures if paragraph.start <= f.start < paragraph.end]


def _items(doc: NormalisedDocument, body: list[Paragraph], index: int) -> list[Paragraph]:
    """The list items right under paragraph ``index`` (sub-items excluded)."""
    own = bullet(doc, body[index].start, body[index].end)
    items: list[Paragraph] = []
    style: Optional[str] = None
    for paragraph in body[index + 1 :]:
        current = bullet(doc, paragraph.start, paragraph.end)
        if current is None or current == own:
            break
        if style is None:
            style = current
        if current == style:
            items.append(paragraph)
    return items


def _totals(doc: NormalisedDocument, paragraph: Paragraph, figs: list[Fig], starts: list[int]) -> list[Fig]:
    """The figures that may be the line's total, most likely first.

    The last figure when a total word governs it; on a line ending with a colon, every figure from the
    last back (``23 cụm ... chia thành 02 nhóm:`` totals the groups' cụm, not the 02 nhóm).
    """
    if not figs:
        return []
    if doc.text[paragraph.start : paragraph.end].rstrip().endswith(":"):
        return figs[::-1]
    return [figs[-1]] if governed_by_total(doc, figs[-1].start, paragraph.start, starts) else []


def line_lists(doc: NormalisedDocument, money: list[Fig], counts: list[Fig], starts: list[int]) -> list[Check]:
    """Sum checks of total lines against the list items under them ('sum' for money, 'count_sum' for counts)."""
    body = [p for p in doc.paragraphs if p.kind == "body"]
    checks: list[Check] = []
    for index, paragraph in enumerate(body):
        items = _items(doc, body, index)
        if len(items) < 2:
            continue
        for kind, figures, unit, compatible in sum_kinds(money, counts):
            for total in _totals(doc, paragraph, _in(figures, paragraph), starts):
                parts = [next((f for f in _in(figures, item) if compatible(total, f)), None) for item in items]
                if all(parts) and is_breakdown(doc, total, parts):
                    how = f"{len(items)} list items under the total line"
                    checks.append(make_check(kind, total, parts, unit, describe(total, parts, how)))
                    break
    return checks
