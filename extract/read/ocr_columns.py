"""Two-column blocks of a scanned page: the header and the closing, one column after the other.

An official document sets its header in two columns (issuing body, `Số:`, `V/v ...` on the left;
the national motto and the place-and-date line on the right) and its closing too (`Nơi nhận:` and
its list on the left; the signature block on the right). Tesseract gives their lines in whatever
order its blocks come, the two columns interleaved. A block of lines standing side by side with
an empty gutter between them is read here as its left column, top to bottom, then its right
column, as the PDF and Word readers give them. Side-by-side lines are found by geometry alone:

- a seed is two lines on one printed line, or a right-column line less than half a line above a
  left-column one (a signature block starting above `Nơi nhận`), parted by several characters;
- the block grows to the lines below it, and to right-column lines above it (a signature block
  may start above `Nơi nhận`), that keep clear of the gutter; a line across it (a body paragraph,
  a centred title) ends the block; the gutter narrows to what its lines leave;
- a line that ends a paragraph whose full-width lines stand above it is not a column line;
- a block with a piece between two others, or two pieces side by side in one column that are not
  one printed line, is a table, not a header or closing: it is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, Sequence

_MIN_OVERLAP = 0.5  # side by side: the lines overlap by this share of the smaller line height
_SEED_GAP_CHARS = 8.0  # two columns are parted by at least this many average characters
_SEED_OVERLAP = -0.5  # a seed's lines may be up to half a line apart (a signature block starts higher)
_MIN_GUTTER_CHARS = 1.0  # the gutter stays at least this many average characters wide
_MAX_GAP_LINES = 6.0  # a column line stands at most this many line heights from the block (signature space)


class Line(Protocol):
    """What the block finder needs of a recognised line (ocr_lines.OcrLine)."""

    block: int
    paragraph: int

    @property
    def left(self) -> int: ...

    @property
    def right(self) -> int: ...

    @property
    def top(self) -> int: ...

    @property
    def bottom(self) -> int: ...

    @property
    def height(self) -> float: ...

    @property
    def char_width(self) -> float: ...


@dataclass
class Block:
    """A two-column block: indices of its lines in each column, and the gutter between them."""

    gutter: tuple[float, float]
    top: float
    bottom: float
    left: list[int] = field(default_factory=list)
    right: list[int] = field(default_factory=list)

    @property
    def members(self) -> list[int]:
        return self.left + self.right


def side_by_side(a: Line, b: Line, overlap: float = _MIN_OVERLAP) -> bool:
    """Whether two lines stand on one printed line, apart: they overlap vertically by `overlap`
    of the smaller line height (a negative share allows that much space between them) and there
    is a gap between them."""
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    return shared > overlap * min(a.height, b.height) and (a.right < b.left or b.right < a.left)


def _place(block: Block, line: Line, width: float) -> str | None:
    """'left' or 'right' when `line` keeps clear of the gutter (narrowing it if need be), else None."""
    low, high = block.gutter
    if line.right <= low:
        return "left"
    if line.left >= high:
        return "right"
    as_left, as_right = high - max(low, line.right), min(high, line.left) - low
    if max(as_left, as_right) < width:
        return None
    return "left" if as_left >= as_right else "right"


def _grow(block: Block, lines: Sequence[Line], order: list[int], taken: set[int]) -> None:
    """Add the lines near the block that keep clear of its gutter, top to bottom, until none is left."""
    changed = True
    while changed:
        changed = False
        for index in order:
            line = lines[index]
            if index in taken:
                continue
            reach = _MAX_GAP_LINES * line.height
            if line.top > block.bottom + reach or line.bottom < block.top - reach:
                continue
            side = _place(block, line, _MIN_GUTTER_CHARS * line.char_width)
            if side is None or (side == "left" and (line.top + line.bottom) / 2 < block.top):
                continue
            if not _clear_between(block, line, lines):
                continue
            low, high = block.gutter
            block.gutter = (max(low, line.right), high) if side == "left" else (low, min(high, line.left))
            (block.left if side == "left" else block.right).append(index)
            block.top, block.bottom = min(block.top, line.top), max(block.bottom, line.bottom)
            taken.add(index)
            changed = True


def _clear_between(block: Block, line: Line, lines: Sequence[Line]) -> bool:
    """Whether no line across the gutter stands between `line` and the block (a paragraph, a title)."""
    low, high = block.gutter
    above = line.bottom <= block.top
    for other in lines:
        across = other.left < low and other.right > high
        if not across:
            continue
        if above and line.bottom <= other.top and other.bottom <= block.top:
            return False
        if not above and block.bottom <= other.top and other.bottom <= line.top:
            return False
    return True


def _ends_paragraph(block: Block, index: int, lines: Sequence[Line]) -> bool:
    """Whether the line ends a paragraph of full-width lines: the line above it, across the gutter,
    is in the same Tesseract block and paragraph."""
    line = lines[index]
    above = [other for other in lines if other.bottom <= line.top + line.height / 2 and other is not line]
    if not above:
        return False
    nearest = max(above, key=lambda other: other.bottom)
    low, high = block.gutter
    across = nearest.left < low and nearest.right > high
    return across and (nearest.block, nearest.paragraph) == (line.block, line.paragraph)


def _is_table(block: Block, lines: Sequence[Line]) -> bool:
    """A piece with pieces beside it on both sides, or two side by side in one column that are not
    one printed line (split where Tesseract read nothing)."""
    members = [lines[index] for index in block.members]
    for line in members:
        beside = [other for other in members if other is not line and side_by_side(line, other)]
        if any(o.right < line.left for o in beside) and any(o.left > line.right for o in beside):
            return True
    for column in (block.left, block.right):
        for i in column:
            for j in column:
                if i < j and side_by_side(lines[i], lines[j]) and not _same_printed_line(lines[i], lines[j]):
                    return True
    return False


def _same_printed_line(a: Line, b: Line) -> bool:
    """Two pieces of one Tesseract line (cut at a gap where it read nothing)."""
    return (a.block, a.paragraph) == (b.block, b.paragraph)


def column_blocks(lines: Sequence[Line]) -> list[Block]:
    """The two-column blocks among a page's lines (each line in at most one block)."""
    order = sorted(range(len(lines)), key=lambda i: lines[i].top)
    taken: set[int] = set()
    blocks: list[Block] = []
    for position, i in enumerate(order):
        for j in order[position + 1 :]:
            if i in taken or j in taken or not side_by_side(lines[i], lines[j], _SEED_OVERLAP):
                continue
            left, right = (i, j) if lines[i].right < lines[j].left else (j, i)
            a, b = lines[left], lines[right]
            if b.left - a.right < _SEED_GAP_CHARS * (a.char_width + b.char_width) / 2:
                continue
            if not side_by_side(a, b) and b.top > a.top:
                continue  # only a signature block starts above its neighbour on the left
            block = Block(gutter=(a.right, b.left), top=min(a.top, b.top), bottom=max(a.bottom, b.bottom))
            block.left, block.right = [left], [right]
            claimed = taken | {left, right}
            _grow(block, lines, order, claimed)
            block.left = [k for k in block.left if not _ends_paragraph(block, k, lines)]
            if block.left and block.right and not _is_table(block, lines):
                blocks.append(block)
                taken.update(block.members)
    return blocks
