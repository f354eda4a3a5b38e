"""What a PDF page's objects say beyond its text page: text objects' type and extent, drawn lines,
rectangles and curves, and images.

PDFium lists the page's objects; those inside form XObjects are reached through their forms, each
point carried to page space through every enclosing matrix. Each subpath of a painted path is
classified the way pdfminer classifies it (so the rule and table finders see what they saw): a
single segment is a LINE, a closed axis-aligned four-sided subpath (an `re` operator) a RECT, any
other shape a CURVE through its segments' end points.

Word writes one text object per word or space, so a page holds hundreds: the walk reuses its
ctypes buffers, calls PDFium through address-based prototypes (pdf_calls), and reads a font's
name, weight and descent once per font.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

import pypdfium2.raw as pdfium_c

from extract.read import pdf_calls as pdfium_calls
from extract.read.pdf_lines import TextStyle

Point = tuple[float, float]
Matrix = tuple[float, float, float, float, float, float]
Colour = tuple[float, float, float]  # RGB, each 0-1

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_MAX_DEPTH = 12  # forms nested deeper than this are not followed (a malformed, cyclic file)
_VOID = ctypes.c_void_p


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
    """A text object: where it starts (top-down page coordinates), its type and style.

    `size` is the EFFECTIVE size: the font size of the Tf operator times the vertical scale of
    the object's matrix and of every enclosing form's (Word writes `Tf 1` and scales with the
    matrix); `descent` is the font's descent per unit size, below the baseline (negative);
    `upright` is pdfminer's test on the matrix. `end()` is the right end of the object's bounds,
    asked of PDFium only while the page is open (spaces have no ink, so the bounds end at a
    trailing space's origin).
    """

    x0: float
    baseline: float
    size: float
    descent: float
    upright: bool
    style: TextStyle
    address: int
    parent: Matrix

    def end(self) -> float:
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        pdfium_calls.get_bounds(self.address, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top))
        x1, _ = _apply(self.parent, (right.value, bottom.value))
        return max(self.x0, x1)


@dataclass
class PageObjects:
    """A page's text objects by address, its painted subpaths, and the area its images cover."""

    texts: dict[int, TextRun] = field(default_factory=dict)
    paths: list[Drawn] = field(default_factory=list)
    image_area: float = 0.0


@dataclass(frozen=True)
class _Font:
    """What the text objects of one font share: its base name, weight and descent per unit size."""

    name: str
    weight: int
    descent: float


def page_objects(page: pdfium_c.FPDF_PAGE, height: float) -> PageObjects:
    """The text objects, painted subpaths and image area of an open PDFium page."""
    walk = _Walk(height)
    page_address = pdfium_calls.address(page)
    count = pdfium_c.FPDFPage_CountObjects(page)
    walk.collect([pdfium_calls.get_object(page_address, i) for i in range(count)], _IDENTITY, 0)
    return walk.found


class _Walk:
    """One walk over a page's objects, with its reusable buffers and per-font cache."""

    def __init__(self, height: float) -> None:
        self.height = height
        self.found = PageObjects()
        self.fonts: dict[int, _Font] = {}
        self.styles: dict[tuple[int, ...], TextStyle] = {}  # by font and fill (its 0-255 values)
        self.matrix = pdfium_c.FS_MATRIX()
        self.matrix_ref = ctypes.byref(self.matrix)
        self.size = ctypes.c_float()
        self.size_ref = ctypes.byref(self.size)
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.rgba_refs = [ctypes.byref(value) for value in self.rgba]

    def collect(self, objects: list[int], parent: Matrix, depth: int) -> None:
        """Add the text objects, paths and images among `objects` (mapped to the page by `parent`)."""
        for obj in objects:
            if not obj:
                continue
            kind = pdfium_calls.get_type(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
                self.found.texts[obj] = self.text_run(obj, parent)
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH:
                self.found.paths.extend(self.subpaths(obj, _multiply(self.object_matrix(obj), parent)))
            elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                matrix = _multiply(self.object_matrix(obj), parent)
                corners = [_apply(matrix, p) for p in ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))]
                xs, ys = [x for x, _ in corners], [y for _, y in corners]
                self.found.image_area += (max(xs) - min(xs)) * (max(ys) - min(ys))
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < _MAX_DEPTH:
                count = pdfium_calls.count_forms(obj)
                inner = [pdfium_calls.get_form_object(obj, i) for i in range(max(0, count))]
                self.collect(inner, _multiply(self.object_matrix(obj), parent), depth + 1)

    def text_run(self, obj: int, parent: Matrix) -> TextRun:
        """Where a text object starts, its effective size, orientation and style (one style per font and colour)."""
        a, b, c, d, e, f = _multiply(self.object_matrix(obj), parent)
        pdfium_calls.get_font_size(obj, self.size_ref)
        font = pdfium_calls.get_font(obj) or 0
        facts = self.fonts.get(font)
        if facts is None:
            facts = self.fonts[font] = _font(font)
        painted = pdfium_calls.get_fill(obj, *self.rgba_refs)
        red, green, blue, _ = self.rgba
        key = (font, red.value, green.value, blue.value) if painted else (font,)
        style = self.styles.get(key)
        if style is None:
            fill = (red.value / 255, green.value / 255, blue.value / 255) if painted else (0.0, 0.0, 0.0)
            style = self.styles[key] = TextStyle(facts.name, facts.weight, fill)
        size = self.size.value * (c * c + d * d) ** 0.5
        return TextRun(e, self.height - f, size, facts.descent, a * d > 0 and b * c == 0, style, obj, parent)

    def object_matrix(self, obj: int) -> Matrix:
        found = self.matrix
        if not pdfium_calls.get_matrix(obj, self.matrix_ref):
            return _IDENTITY
        return (found.a, found.b, found.c, found.d, found.e, found.f)

    def colour(self, getter: Any, obj: int) -> Colour:
        """A fill or stroke colour as RGB 0-1 (black when PDFium cannot tell)."""
        if not getter(obj, *self.rgba_refs):
            return (0.0, 0.0, 0.0)
        r, g, b, _ = self.rgba
        return (r.value / 255, g.value / 255, b.value / 255)

    def subpaths(self, obj: int, matrix: Matrix) -> list[Drawn]:
        """The painted subpaths of one path object, classified as pdfminer does."""
        fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
        pdfium_calls.draw_mode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
        if not fill_mode.value and not stroke.value:
            return []
        fill_colour = self.colour(pdfium_calls.get_fill, obj)
        stroke_colour = self.colour(pdfium_calls.get_stroke, obj)
        found = []
        for ops, pts in _split(obj, matrix, self.height):
            kind = _kind(ops, pts)
            if kind is not None:
                found.append(Drawn(kind, pts, bool(fill_mode.value), bool(stroke.value), fill_colour, stroke_colour))
        return found


def _font(font: int) -> _Font:
    """The name (subset prefix included), weight and descent of a font ("", -1, 0 without one)."""
    if not font:
        return _Font("", -1, 0.0)
    handle = ctypes.cast(font, pdfium_c.FPDF_FONT)
    length = pdfium_c.FPDFFont_GetBaseFontName(handle, None, 0)
    buffer = ctypes.create_string_buffer(length)
    pdfium_c.FPDFFont_GetBaseFontName(handle, buffer, length)
    descent = ctypes.c_float()
    if not pdfium_c.FPDFFont_GetDescent(handle, 1.0, descent):
        descent.value = 0.0
    # pdfminer's reading of a wrong, positive descent: it is meant below the baseline
    name = buffer.value.decode("utf-8", errors="replace")
    return _Font(name, pdfium_c.FPDFFont_GetWeight(handle), -abs(descent.value))


def _split(path: int, matrix: Matrix, height: float) -> list[tuple[str, list[Point]]]:
    """The subpaths of a path as (operators, end points): m, l, c (a Bézier's end point), h (close).

    Each subpath grows in place (a drawing may hold thousands of points in one subpath).
    """
    subpaths: list[tuple[list[str], list[Point]]] = []
    ops: list[str] = []
    pts: list[Point] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
    a, b, c, d, e, f = matrix
    bezier = 0  # PDFium gives a curve as three BEZIERTO segments: two control points, then the end
    for i in range(pdfium_calls.count_segments(path)):
        segment = pdfium_calls.get_segment(path, i)
        kind = pdfium_calls.segment_type(segment)
        pdfium_calls.segment_point(segment, x_ref, y_ref)
        point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO or not subpaths:
            ops, pts = ["m"], [point]
            subpaths.append((ops, pts))
        elif kind == pdfium_c.FPDF_SEGMENT_BEZIERTO:
            bezier += 1
            if bezier % 3 == 0:
                ops.append("c")
                pts.append(point)
        else:
            ops.append("l")
            pts.append(point)
        if pdfium_calls.segment_closes(segment):
            ops.append("h")
            pts.append(pts[0])
    return [("".join(ops), pts) for ops, pts in subpaths]


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


def _multiply(first: Matrix, then: Matrix) -> Matrix:
    """The matrix applying `first`, then `then` (PDF's row-vector convention)."""
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = then
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _apply(matrix: Matrix, point: Point) -> Point:
    a, b, c, d, e, f = matrix
    x, y = point
    return (a * x + c * y + e, b * x + d * y + f)
