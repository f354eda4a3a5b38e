"""The characters of a PDF page, read from PDFium's text page.

Each character keeps what pdfminer/pdfplumber reported, so the layout rules built on them stay as
they were: its left edge at the glyph's origin and its right edge at its advance (PDFium's loose
box), its box from the baseline's font descent up by one em, and the EFFECTIVE size: the font size
of the Tf operator times the vertical scale of the text and transformation matrices (Word writes
`Tf 1` and scales with the matrix). Characters PDFium inserts itself (spaces between words it
guesses, line breaks) are left out, rotated characters too; a glyph without a Unicode mapping
becomes U+FFFD, so the OCR decision can count it.

Calls through ctypes cost a microsecond each, so per character only three are made (origin, loose
box, owning text object); what belongs to a text object (size, font, weight, fill colour) is read
once per object.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from typing import Optional

import pypdfium2.raw as pdfium_c

from extract.read.pdf_lines import Glyph, TextStyle
from extract.read.pdf_paths import TextRun

_UNMAPPED = "\ufffd"
_MARKED_HYPHEN = 0x2  # PDFium's code for a hyphen that ends a line before a word's rest
_LINE_BREAKS = (0x0D, 0x0A)
_SPACES = (0x20, 0xA0)
_UNCOVERED = 0.1  # ems of a text object not covered by its kept characters that hold dropped spaces
_SPACE_WIDTH = 0.25  # ems: the usual width of a space (Times, Arial)

# FPDFText_GetTextObject returning the object's address as an int, a cheap key for the cache
_text_object_address = ctypes.cast(
    pdfium_c.FPDFText_GetTextObject, ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)
)


@dataclass
class _ObjectFacts:
    """Per text object: effective size, descent per unit size, whether upright, and style."""

    size: float
    descent: float
    upright: bool
    style: TextStyle


def page_glyphs(textpage: pdfium_c.FPDF_TEXTPAGE, height: float, runs: dict[int, TextRun]) -> list[Glyph]:
    """The upright, sized characters of a PDF page in content order, in top-down coordinates.

    `runs` (from pdf_paths) are the page's text objects by address, to restore the blanks PDFium's
    text page drops (see `_restore_blanks`).
    """
    glyphs: list[Glyph] = []
    owners: list[int] = []  # the text object of each glyph, by address
    objects: dict[int, Optional[_ObjectFacts]] = {}
    x, y = ctypes.c_double(), ctypes.c_double()
    box = pdfium_c.FS_RECTF()
    x_ref, y_ref, box_ref = ctypes.byref(x), ctypes.byref(y), ctypes.byref(box)
    get_unicode, get_origin, get_box = (
        pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharOrigin, pdfium_c.FPDFText_GetLooseCharBox
    )
    for index in range(pdfium_c.FPDFText_CountChars(textpage)):
        code = get_unicode(textpage, index)
        if code in _LINE_BREAKS or (code in _SPACES and pdfium_c.FPDFText_IsGenerated(textpage, index)):
            continue  # a line break or space PDFium inserted, not drawn
        address = _text_object_address(textpage, index)
        if not address:
            continue
        facts = objects.get(address, False)
        if facts is False:
            facts = objects[address] = _object_facts(textpage, index, address)
        if facts is None or not facts.upright:
            continue
        get_origin(textpage, index, x_ref, y_ref)
        get_box(textpage, index, box_ref)
        bottom = height - (y.value + facts.descent * facts.size)
        glyphs.append(
            Glyph(_char(textpage, index, code), x.value, max(box.right, x.value), bottom - facts.size, bottom,
                  facts.size, facts.style.bold, facts.style)
        )
        owners.append(address)
    return glyphs + _restore_blanks(glyphs, owners, runs)


def _char(textpage: pdfium_c.FPDF_TEXTPAGE, index: int, code: int) -> str:
    """The text of character `index`: a line-end hyphen PDFium marked is "-", an unmapped glyph U+FFFD."""
    if code == _MARKED_HYPHEN:
        return "-"
    if code == 0 or pdfium_c.FPDFText_HasUnicodeMapError(textpage, index):
        return _UNMAPPED
    return chr(code)


def _restore_blanks(glyphs: list[Glyph], owners: list[int], runs: dict[int, TextRun]) -> list[Glyph]:
    """Give back the spaces PDFium's text page leaves out, as pdfminer saw them; returns the added ones.

    The text page drops text objects that show only spaces and keeps one space of a run of them.
    Word fills the gap for a number still to be written (`Số:      /QĐ-UBND`) with such spaces, and
    the layout rules read a gap filled with spaces as one line, an empty one as two columns. So a
    kept space stretches to the next character of its object, and the stretch of a text object
    that no kept character covers (its start before the first one, its end after a last kept
    space, or all of an object of spaces) becomes a space glyph, ending a usual space width after the
    object's last origin.
    """
    kept: dict[int, tuple[Glyph, Glyph]] = {}
    for i, glyph in enumerate(glyphs):
        owner = owners[i]
        kept[owner] = (kept[owner][0], glyph) if owner in kept else (glyph, glyph)
        if glyph.text == " " and i + 1 < len(glyphs) and owners[i + 1] == owner:
            following = glyphs[i + 1]
            if following.bottom == glyph.bottom and following.x0 > glyph.x1:
                glyph.x1 = following.x0
    added: list[Glyph] = []
    for address, run in runs.items():
        if run.size <= 0:
            continue
        end = run.x1 + _SPACE_WIDTH * run.size
        if address not in kept:
            added.append(_space(run, run.x0, end))
            continue
        first, last = kept[address]
        if first.x0 - run.x0 > _UNCOVERED * run.size:
            added.append(_space(run, run.x0, first.x0))
        if last.text == " " and run.x1 - last.x1 > _UNCOVERED * run.size:
            added.append(_space(run, last.x1, end))
    return added


def _space(run: TextRun, x0: float, x1: float) -> Glyph:
    """A space glyph from `x0` to `x1` on a text object's line, in its type."""
    bottom = run.baseline - run.descent * run.size
    return Glyph(" ", x0, x1, bottom - run.size, bottom, run.size, False)


def _object_facts(textpage: pdfium_c.FPDF_TEXTPAGE, index: int, address: int) -> Optional[_ObjectFacts]:
    """Size, descent, orientation and style of the text object that drew character `index`."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(textpage, index, matrix):
        return None
    a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
    size = pdfium_c.FPDFText_GetFontSize(textpage, index) * (c * c + d * d) ** 0.5
    if size <= 0:
        return None
    obj = ctypes.cast(address, pdfium_c.FPDF_PAGEOBJECT)
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    descent = ctypes.c_float()
    if not font or not pdfium_c.FPDFFont_GetDescent(font, 1.0, descent):
        descent.value = 0.0
    style = TextStyle(_font_name(font), pdfium_c.FPDFFont_GetWeight(font) if font else -1, _fill(obj))
    # pdfminer's reading of a wrong, positive descent: it is meant below the baseline
    return _ObjectFacts(size, -abs(descent.value), a * d > 0 and b * c == 0, style)


def _font_name(font: pdfium_c.FPDF_FONT) -> str:
    """The font's base name as the PDF gives it (subset prefix included), or "" without a font."""
    if not font:
        return ""
    length = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
    buffer = ctypes.create_string_buffer(length)
    pdfium_c.FPDFFont_GetBaseFontName(font, buffer, length)
    return buffer.value.decode("utf-8", errors="replace")


def _fill(obj: pdfium_c.FPDF_PAGEOBJECT) -> tuple[int, int, int, int]:
    """The fill colour of a page object as RGBA 0-255 (black when PDFium cannot tell)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a):
        return (0, 0, 0, 255)
    return (r.value, g.value, b.value, a.value)
