"""Ruled tables on a scanned page: the grid its printed rules draw, and each recognised word's cell.

A printed rule shows in the page image as a long thin run of dark pixels: a horizontal rule at least
RULE_INCHES long, a vertical one at least VERTICAL_INCHES tall (longer than any letter's stroke); a run may
have a few light pixels (JPEG noise, a worn rule). Rules that cross one another, at least two of each way,
are a table: its rows lie between consecutive horizontal rules, its columns between consecutive vertical
ones. A cell merged down (across) is told by the missing stretch of the rule above (left of) it. The words
Tesseract read inside a data table are its cells' text, in the order it read them; the table becomes one
line per row (kind "table", as the PDF reader writes them, see pdf_table_rows), a layout table (header and
signature blocks) stays body text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import numpy as np
from PIL import Image

from extract.read.model import RawLine
from extract.read.pdf_table_rows import Table, table_lines
from extract.read.pdf_tables import Box, Grid, is_layout

RULE_INCHES = 0.6  # a horizontal rule is at least this long
VERTICAL_INCHES = 0.25  # a vertical rule is at least this tall
_DARK = 160  # grey level at or below which a pixel is ink
_FILLED = 0.9  # share of a run's pixels that must be dark
_TOLERANCE_INCHES = 0.03  # rules this close are one; a rule ends this far short of a crossing at most


@dataclass(frozen=True)
class Rule:
    """A printed rule: `at` is its y (horizontal) or x (vertical); it runs from `start` to `end`."""

    at: float
    start: int
    end: int

    def covers(self, position: float, tolerance: float) -> bool:
        return self.start - tolerance <= position <= self.end + tolerance


def _rules(dark: np.ndarray, length: int, tolerance: int) -> list[Rule]:
    """The rules running along axis 1 of `dark` (rows of pixels): runs of at least `length` mostly dark
    pixels, the runs of neighbouring pixel rows (a rule's thickness) joined into one."""
    if dark.shape[1] <= length:
        return []
    sums = np.cumsum(dark, axis=1, dtype=np.int32)
    filled = (sums[:, length:] - sums[:, :-length]) >= _FILLED * length
    rules: list[Rule] = []
    for row in np.flatnonzero(filled.any(axis=1)):
        columns = np.flatnonzero(filled[row])
        start, end = int(columns[0]), int(columns[-1]) + length
        last = rules[-1] if rules else None
        if last is not None and row - last.at <= tolerance and last.start <= end and start <= last.end:
            rules[-1] = Rule((last.at + row) / 2, min(last.start, start), max(last.end, end))
        else:
            rules.append(Rule(float(row), start, end))
    return rules


def _positions(rules: list[Rule], tolerance: float) -> list[float]:
    """The distinct positions of `rules`, those closer than `tolerance` taken as one."""
    positions: list[float] = []
    for at in sorted(rule.at for rule in rules):
        if not positions or at - positions[-1] > tolerance:
            positions.append(at)
    return positions


def _crossing(horizontal: Rule, vertical: Rule, tolerance: float) -> bool:
    return horizontal.covers(vertical.at, tolerance) and vertical.covers(horizontal.at, tolerance)


def _tables(horizontals: list[Rule], verticals: list[Rule], tolerance: float) -> list[tuple[list[Rule], list[Rule]]]:
    """Groups of rules that cross one another (each with at least two rules each way)."""
    groups: list[tuple[list[Rule], list[Rule]]] = []
    for vertical in sorted(verticals, key=lambda rule: rule.start):
        crossed = [h for h in horizontals if _crossing(h, vertical, tolerance)]
        if not crossed:
            continue
        group = next((g for g in groups if any(h in g[0] for h in crossed)), None)
        if group is None:
            groups.append((list(crossed), [vertical]))
        else:
            group[0].extend(h for h in crossed if h not in group[0])
            group[1].append(vertical)
    return [g for g in groups if len(_positions(g[0], tolerance)) >= 2 and len(_positions(g[1], tolerance)) >= 2]


def _grid(horizontals: list[Rule], verticals: list[Rule], tolerance: float) -> Grid:
    """The grid of one table in pixels: rows of cell boxes, None where a merged cell covers a position."""
    ys, xs = _positions(horizontals, tolerance), _positions(verticals, tolerance)
    rows: list[list[Optional[Box]]] = []
    for r in range(len(ys) - 1):
        row: list[Optional[Box]] = []
        for c in range(len(xs) - 1):
            centre = ((xs[c] + xs[c + 1]) / 2, (ys[r] + ys[r + 1]) / 2)
            box: Box = (xs[c], ys[r], xs[c + 1], ys[r + 1])
            above = r > 0 and not any(abs(h.at - ys[r]) <= tolerance and h.covers(centre[0], 0) for h in horizontals)
            left = c > 0 and not any(abs(v.at - xs[c]) <= tolerance and v.covers(centre[1], 0) for v in verticals)
            if above and _extend(rows, r - 1, c, box):
                row.append(None)
            elif left and row and _extend([row], 0, len(row) - 1, box):
                row.append(None)
            else:
                row.append(box)
        rows.append(row)
    return Grid((xs[0], ys[0], xs[-1], ys[-1]), rows)


def _extend(rows: list[list[Optional[Box]]], r: int, c: int, box: Box) -> bool:
    """Grow the cell that covers position (r, c) to take in `box`; False where there is none."""
    while r >= 0:
        row = rows[r]
        for column in range(c, -1, -1):
            cell = row[column]
            if cell is not None:
                if cell[0] <= box[0] < cell[2]:
                    row[column] = (cell[0], cell[1], max(cell[2], box[2]), max(cell[3], box[3]))
                    return True
                break
        r -= 1
    return False


def find_ruled_grids(image: Image.Image, dpi: float) -> list[Grid]:
    """The ruled tables of a page image (greyscale) at `dpi`, in pixels, top to bottom."""
    dark = np.asarray(image, dtype=np.uint8) <= _DARK
    tolerance = max(2, round(_TOLERANCE_INCHES * dpi))
    horizontals = _rules(dark, round(RULE_INCHES * dpi), tolerance)
    verticals = _rules(dark.T, round(VERTICAL_INCHES * dpi), tolerance)
    grids = [_grid(h, v, tolerance) for h, v in _tables(horizontals, verticals, tolerance)]
    return sorted(grids, key=lambda grid: grid.bbox[1])


def _centre_in(data: dict[str, list], index: int, box: Box) -> bool:
    x = data["left"][index] + data["width"][index] / 2
    y = data["top"][index] + data["height"][index] / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def table_words(data: dict[str, list], grids: list[Grid], points_per_pixel: float) -> tuple[list[RawLine], dict[str, list]]:
    """The rows of the data tables among `grids` as RawLines (positions in points), and Tesseract's
    `data` without the words inside them."""
    words = [i for i, text in enumerate(data["text"]) if str(text).strip() and float(data["conf"][i]) >= 0]
    lines: list[RawLine] = []
    inside: set[int] = set()
    for grid in grids:
        in_grid = [i for i in words if _centre_in(data, i, grid.bbox)]
        rows = []
        for boxes in grid.rows:
            cells = ["" if box is None else " ".join(str(data["text"][i]).strip() for i in in_grid if _centre_in(data, i, box))
                     for box in boxes]
            if any(cells):
                top = min(box[1] for box in boxes if box is not None)
                rows.append((top * points_per_pixel, cells))
        if not rows or is_layout([cells for _, cells in rows]):
            continue
        bbox = tuple(value * points_per_pixel for value in grid.bbox)
        lines += table_lines(Table(bbox, rows), table_id=len({line.table_id for line in lines}))
        inside.update(in_grid)
    kept = [i for i in range(len(data["text"])) if i not in inside]
    return lines, {key: [values[i] for i in kept] for key, values in data.items()}


def with_tables(lines: list[RawLine], tables: list[RawLine]) -> list[RawLine]:
    """The page's body lines with its table rows put where they stand (by their top); a line after a table
    starts a paragraph."""
    if not tables:
        return lines
    merged: list[RawLine] = []
    pending = list(tables)
    for line in lines:
        while pending and line.top is not None and pending[0].top is not None and pending[0].top <= line.top:
            merged.append(pending.pop(0))
        if merged and merged[-1].kind == "table" and line.kind != "table":
            line.new_paragraph = True
        merged.append(line)
    return merged + pending
