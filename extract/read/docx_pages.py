"""Page numbers for a Word document, which stores no pages.

Two sources, in order of trust:
1. Breaks in the file: typed page breaks, page-break-before, new-page section breaks (hard), and
   `w:lastRenderedPageBreak`, where Word last laid a page break out when it saved. A rendered
   break that follows a hard break with no text between is the same break, counted once; one
   before any text is ignored. Each break found starts a new page.
2. When Word's own count at the last save (docProps/app.xml `Pages`) is higher than the pages
   the breaks give (Word does not always write rendered breaks, e.g. when the file was saved
   before background pagination finished), the missing pages are shared out among the stretches
   between breaks by their amount of text (footnotes included), largest share per page first
   (the D'Hondt rule), and each stretch's lines are spread evenly over its pages.
The result is the page a reader of the printed document would approximately see.
"""

from __future__ import annotations

import heapq
from typing import Optional

from extract.read.docx_notes import NoteKey
from extract.read.docx_walk import Break, Item, NoteRef
from extract.read.model import RawLine

_CHARS_PER_LINE = 90  # a printed A4 line of body text; only the ratio between items matters
_CHARS_PER_NOTE_LINE = 110  # footnotes are set smaller


def paginate(items: list[Item], declared_pages: Optional[int], note_lengths: dict[NoteKey, int]) -> list[tuple[int, Item]]:
    """Each line and note reference of `items` with its 1-based page number."""
    counted = _counted_pages(items)
    last = counted[-1][0] if counted else 1
    if not declared_pages or declared_pages <= last:
        return counted
    weights = [_weight(item, note_lengths) for _, item in counted]
    stretch_weight = [0.0] * (last + 1)
    for (page, _), weight in zip(counted, weights):
        stretch_weight[page] += weight
    pages_of = _share_pages(stretch_weight[1:], declared_pages)
    first_page = [1]
    for n in pages_of:
        first_page.append(first_page[-1] + n)
    placed: list[tuple[int, Item]] = []
    done = [0.0] * (last + 1)
    for (page, item), weight in zip(counted, weights):
        if isinstance(item, NoteRef) and placed:
            placed.append((placed[-1][0], item))  # a note is on the page of the line citing it
        else:
            share = done[page] / stretch_weight[page] if stretch_weight[page] else 0.0
            placed.append((first_page[page - 1] + min(pages_of[page - 1] - 1, int(share * pages_of[page - 1])), item))
        done[page] += weight
    return placed


def _share_pages(weights: list[float], total_pages: int) -> list[int]:
    """Pages per stretch: one each, the rest given one by one to the largest weight per page."""
    pages = [1] * len(weights)
    heap = [(-weight, index) for index, weight in enumerate(weights)]
    heapq.heapify(heap)
    for _ in range(total_pages - len(weights)):
        _, index = heapq.heappop(heap)
        pages[index] += 1
        heapq.heappush(heap, (-weights[index] / pages[index], index))
    return pages


def _counted_pages(items: list[Item]) -> list[tuple[int, Item]]:
    page = 1
    fresh = True  # nothing printed on the current page yet
    out: list[tuple[int, Item]] = []
    for item in items:
        if isinstance(item, Break):
            if item.hard or not fresh:
                page += 1
                fresh = True
            continue
        if isinstance(item, RawLine) and (item.text.strip() or item.cells):
            fresh = False
        out.append((page, item))
    return out


def _weight(item: Item, note_lengths: dict[NoteKey, int]) -> float:
    """Printed lines an item takes, roughly (a table row: its longest cell in its column's width)."""
    if isinstance(item, NoteRef):
        length = note_lengths.get(item.key, 0)
        return 1.0 + length / _CHARS_PER_NOTE_LINE if length else 0.0
    if item.cells:
        width = _CHARS_PER_LINE / len(item.cells)
        return 1.0 + max(len(cell) for cell in item.cells) / width
    return 1.0 + len(item.text) / _CHARS_PER_LINE
