"""What a PDF page's objects say beyond its text page: drawn lines, rectangles and curves, images,
and where each text object starts.

PDFium lists the page's objects; those inside form XObjects are reached through their forms, each
point carried to page space through every enclosing matrix. Each subpath of a painted path is
classified the way pdfminer classifies it (so the rule and table finders see what they saw): a
single segment is a LINE, a closed axis-aligned four-sided subpath (an `re` operator) a RECT, any
other shape a CURVE through its segments' end points.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Iterator

import pypdfium2.raw as pdfium_c

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
Colour = tuple[float, ...]  # RGB, each 0-1

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_DEPTH = 12  # forms nested deeper than this are not followed (a malformed, cyclic file)


@dataclass(slots=True)
class Drawn:
    """One painted subpath in top-down page coordinates, with how it is painted."""

    kind: str  # "line", "rect" or "curve"
    pts: list[Point]
    fill: bool
    stroke: bool
    fill_colour: Colour
    stroke_colour: Colour

    @property
    def x0(self) -> float:
        return min(x for x, _ in self.pts)

    @property
    def x1(self) -> float:
        return max(x for x, _ in self.pts)

    @property
    def top(self) -> float:
        return min(y for _, y in self.pts)

    @property
    def bottom(self) -> float:
        return max(y for _, y in self.pts)


@dataclass(slots=True)
class TextRun:
    """A text object's extent along its baseline (top-down page coordinates) and its type.

    The extent runs from the object's origin to the right end of its bounds (spaces have no ink,
    so PDFium's bounds end at a trailing space's origin); `descent` is its font's descent per unit
    size (below the baseline, so negative).
    """

    x0: float
    x1: float
    baseline: float
    size: float
    descent: float


@dataclass
class PageDrawing:
    """A page's painted subpaths, the area its images cover, and its text objects by address."""

    paths: list[Drawn]
    image_area: float
    texts: dict[int, TextRun]


def page_drawing(page: pdfium_c.FPDF_PAGE, height: float) -> PageDrawing:
    """The painted subpaths and image area of an open PDFium page."""
    drawing = PageDrawing([], 0.0, {})
    count = pdfium_c.FPDFPage_CountObjects(page)
    objects = (pdfium_c.FPDFPage_GetObject(page, i) for i in range(count))
    _collect(objects, _IDENTITY, height, drawing, 0)
    return drawing


def _collect(objects: Iterator, parent: Matrix, height: float, drawing: PageDrawing, depth: int) -> None:
    """Add the paths and images among `objects` (in a space mapped to the page by `parent`)."""
    for obj in objects:
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            address = ctypes.cast(obj, ctypes.c_void_p).value
            if address:
                drawing.texts[address] = _text_run(obj, parent, height)
            continue
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        matrix = _multiply(_matrix(obj), parent)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            drawing.paths.extend(_subpaths(obj, matrix, height))
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            corners = [_apply(matrix, p) for p in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))]
            xs, ys = [x for x, _ in corners], [y for _, y in corners]
            drawing.image_area += (max(xs) - min(xs)) * (max(ys) - min(ys))
        elif depth < _MAX_DEPTH:
            count = pdfium_c.FPDFFormObj_CountObjects(obj)
            inner = (pdfium_c.FPDFFormObj_GetObject(obj, i) for i in range(max(0, count)))
            _collect(inner, matrix, height, drawing, depth + 1)


def _text_run(obj: pdfium_c.FPDF_PAGEOBJECT, parent: Matrix, height: float) -> TextRun:
    """Where a text object stands on the page, and its effective size and descent."""
    a, b, c, d, e, f = _multiply(_matrix(obj), parent)
    size = ctypes.c_float()
    pdfium_c.FPDFTextObj_GetFontSize(obj, size)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
    x1, _ = _apply(parent, (right.value, bottom.value))
    descent = ctypes.c_float()
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    if not font or not pdfium_c.FPDFFont_GetDescent(font, 1.0, descent):
        descent.value = 0.0
    return TextRun(e, max(e, x1), height - f, size.value * (c * c + d * d) ** 0.5, -abs(descent.value))


def _subpaths(path: pdfium_c.FPDF_PAGEOBJECT, matrix: Matrix, height: float) -> list[Drawn]:
    """The painted subpaths of one path object, classified as pdfminer does."""
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    pdfium_c.FPDFPath_GetDrawMode(path, fill_mode, stroke)
    if not fill_mode.value and not stroke.value:
        return []
    fill_colour = _colour(pdfium_c.FPDFPageObj_GetFillColor, path)
    stroke_colour = _colour(pdfium_c.FPDFPageObj_GetStrokeColor, path)
    found = []
    for ops, pts in _split(path, matrix, height):
        kind = _kind(ops, pts)
        if kind is not None:
            found.append(Drawn(kind, pts, bool(fill_mode.value), bool(stroke.value), fill_colour, stroke_colour))
    return found


def _split(path: pdfium_c.FPDF_PAGEOBJECT, matrix: Matrix, height: float) -> list[tuple[str, list[Point]]]:
    """The subpaths of a path as (operators, end points): m, l, c (a Bézier's end point), h (close)."""
    subpaths: list[tuple[str, list[Point]]] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    bezier = 0  # PDFium gives a curve as three BEZIERTO segments: two control points, then the end
    for i in range(pdfium_c.FPDFPath_CountSegments(path)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, i)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        px, py = _apply(matrix, (x.value, y.value))
        point = (px, height - py)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            subpaths.append(("m", [point]))
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3 == 0:
                subpaths[-1] = (subpaths[-1][0] + "c", subpaths[-1][1] + [point])
        else:
            subpaths[-1] = (subpaths[-1][0] + "l", subpaths[-1][1] + [point])
        if pdfium_c.FPDFPathSegment_GetClose(segment):
            ops, pts = subpaths[-1]
            subpaths[-1] = (ops + "h", pts + [pts[0]])
    return subpaths


def _kind(ops: str, pts: list[Point]) -> str | None:
    """pdfminer's name for a subpath: line, rect or curve (None for a lone move)."""
    if len(ops) < 2:
        return None
    if len(ops) > 3 and ops.endswith("lh") and pts[-2] == pts[0]:
        ops, pts[:] = ops[:-2] + "h", pts[:-2] + pts[-1:]  # a redundant closing segment
    if ops in ("mlh", "ml"):
        del pts[2:]
        return "line"
    if ops in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)
        if pts[0] == pts[4] and square:
            return "rect"
    return "curve"


def _matrix(obj: pdfium_c.FPDF_PAGEOBJECT) -> Matrix:
    found = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj, found):
        return _IDENTITY
    return (found.a, found.b, found.c, found.d, found.e, found.f)


def _multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix applying `first`, then `then` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(matrix: Matrix, point: Point) -> Point:
    a, b, c, d, e, f = matrix
    x, y = point
    return (a * x + c * y + e, b * x + d * y + f)


def _colour(getter, obj: pdfium_c.FPDF_PAGEOBJECT) -> Colour:  # type: ignore[no-untyped-def]
    """A fill or stroke colour as RGB 0-1 (black when PDFium cannot tell)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not getter(obj, r, g, b, a):
        return (0.0, 0.0, 0.0)
    return (r.value / 255, g.value / 255, b.value / 255)
