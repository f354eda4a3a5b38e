"""The characters of a PDF page, read from PDFium's text page.

Each character keeps what pdfminer/pdfplumber reported, so the layout rules built on them stay as
they were: its left edge at the glyph's origin and its right edge at its advance (PDFium's loose
box), its box from the baseline's font descent up by one em of the effective size. Size, font,
weight, fill colour and orientation come from the character's text object (pdf_objects reads them
once per object). Characters PDFium inserts itself (spaces between words it guesses, line breaks)
are left out, rotated characters too; a glyph without a Unicode mapping becomes U+FFFD, so the
OCR decision can count it; the spaces the text page drops are given back (`_restore_blanks`).

Calls through ctypes cost a third of a microsecond each, a page holds thousands of characters: per
character five are made (code, owning text object, whether it is mapped, origin, loose box), through
the cheapest prototypes (pdf_calls), and what a text object's characters share is worked out once.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

from extract.read import pdf_calls as pdfium_calls
from extract.read.pdf_lines import Glyph
from extract.read.pdf_objects import TextRun

_UNMAPPED = "\ufffd"
_MARKED_HYPHEN = 0x2  # PDFium's code for a hyphen that ends a line before a word's rest
_INSERTED = frozenset((0x0D, 0x0A, 0x20, 0xA0))  # line breaks and spaces PDFium may have inserted
_UNCOVERED = 0.1  # ems of a text object not covered by its kept characters that hold dropped spaces
_SPACE_WIDTH = 0.25  # ems: the usual width of a space (Times, Arial)

def page_glyphs(textpage: pdfium_c.FPDF_TEXTPAGE, height: float, runs: dict[int, TextRun]) -> list[Glyph]:
    """The upright, sized characters of a PDF page in content order, in top-down coordinates.

    `runs` are the page's text objects by address (pdf_objects): their size and style, and their
    extent, to restore the blanks PDFium's text page drops.
    """
    glyphs: list[Glyph] = []
    owners: list[int] = []  # the text object of each glyph, by address
    # what the characters of each usable text object share: size, baseline to box bottom, bold, style
    shared = {
        address: (run.size, run.descent * run.size, run.style.bold, run.style)
        for address, run in runs.items()
        if run.upright and run.size > 0
    }
    page = pdfium_calls.text_page(textpage)
    x, y = ctypes.c_double(), ctypes.c_double()
    box = pdfium_c.FS_RECTF()
    x_ref, y_ref, box_ref = ctypes.byref(x), ctypes.byref(y), ctypes.byref(box)
    unicode, owner_of, origin, loose_box = (
        pdfium_calls.char_unicode, pdfium_calls.char_object, pdfium_calls.char_origin, pdfium_calls.char_loose_box
    )
    generated, unmapped = pdfium_calls.char_generated, pdfium_calls.char_unmapped
    add_glyph, add_owner = glyphs.append, owners.append
    for index in range(pdfium_calls.count_chars(page)):
        code = unicode(page, index)
        if code in _INSERTED and (code < 0x20 or generated(page, index)):
            continue  # a line break or space PDFium inserted, not drawn
        owner = owner_of(page, index)
        facts = shared.get(owner)
        if facts is None:
            continue  # no text object, a rotated one, or one without size
        if code == _MARKED_HYPHEN:
            char = "-"
        elif code == 0 or unmapped(page, index):
            char = _UNMAPPED
        else:
            char = chr(code)
        size, drop, bold, style = facts
        if style.capitals and char.isascii():  # the capital the page shows; legacy codes are decoded later
            char = char.upper()
        origin(page, index, x_ref, y_ref)
        loose_box(page, index, box_ref)
        bottom = height - (y.value + drop)
        left, right = x.value, box.right
        add_glyph(Glyph(char, left, right if right > left else left, bottom - size, bottom, size, bold, style))
        add_owner(owner)
    return glyphs + _restore_blanks(glyphs, owners, runs)


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
        if address not in kept:
            added.append(_space(run, run.x0, run.end() + _SPACE_WIDTH * run.size))
            continue
        first, last = kept[address]
        if first.x0 - run.x0 > _UNCOVERED * run.size:
            added.append(_space(run, run.x0, first.x0))
        if last.text == " ":
            end = run.end()
            if end - last.x1 > _UNCOVERED * run.size:
                added.append(_space(run, last.x1, end + _SPACE_WIDTH * run.size))
    return added


def _space(run: TextRun, x0: float, x1: float) -> Glyph:
    """A space glyph from `x0` to `x1` on a text object's line, in its type."""
    bottom = run.baseline - run.descent * run.size
    return Glyph(" ", x0, x1, bottom - run.size, bottom, run.size, run.style.bold, run.style)
