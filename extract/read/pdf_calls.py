"""PDFium functions as the PDF reader calls them: with and returning plain addresses.

pypdfium2's bindings take typed pointer objects; a page holds thousands of characters and hundreds
of objects, and building a pointer object per call costs more than the call. These prototypes of
the same library functions take and return ints (addresses), about a third cheaper per call.
The text page's character functions, called several times per character, go further: they are
declared without argument types (no conversion per call, another quarter cheaper), so they take the
text page as the `ctypes.c_void_p` that `text_page` gives and the character's index as an int.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c

_VOID = ctypes.c_void_p
_INT = ctypes.c_int


def _retyped(function: Any, restype: Any, *argtypes: Any) -> Any:
    return ctypes.cast(function, ctypes.CFUNCTYPE(restype, *argtypes))


def _untyped(function: Any, restype: Any) -> Any:
    return ctypes.cast(function, ctypes.CFUNCTYPE(restype))


def address(handle: Any) -> int:
    """The address behind a pypdfium2 handle (0 for a null one)."""
    return ctypes.cast(handle, _VOID).value or 0


# page objects
get_object = _retyped(pdfium_c.FPDFPage_GetObject, _VOID, _VOID, _INT)
get_form_object = _retyped(pdfium_c.FPDFFormObj_GetObject, _VOID, _VOID, ctypes.c_ulong)
get_type = _retyped(pdfium_c.FPDFPageObj_GetType, _INT, _VOID)
get_matrix = _retyped(pdfium_c.FPDFPageObj_GetMatrix, _INT, _VOID, _VOID)
get_font_size = _retyped(pdfium_c.FPDFTextObj_GetFontSize, _INT, _VOID, _VOID)
get_font = _retyped(pdfium_c.FPDFTextObj_GetFont, _VOID, _VOID)
get_fill = _retyped(pdfium_c.FPDFPageObj_GetFillColor, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
get_stroke = _retyped(pdfium_c.FPDFPageObj_GetStrokeColor, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)
get_bounds = _retyped(pdfium_c.FPDFPageObj_GetBounds, _INT, _VOID, _VOID, _VOID, _VOID, _VOID)



def text_page(handle: Any) -> ctypes.c_void_p:
    """A text page as the character functions below take it."""
    return _VOID(address(handle))


# text page characters: (text page, index[, out pointers by ctypes.byref])
count_chars = _untyped(pdfium_c.FPDFText_CountChars, _INT)
char_unicode = _untyped(pdfium_c.FPDFText_GetUnicode, ctypes.c_uint)
char_object = _untyped(pdfium_c.FPDFText_GetTextObject, _VOID)
char_origin = _untyped(pdfium_c.FPDFText_GetCharOrigin, _INT)
char_loose_box = _untyped(pdfium_c.FPDFText_GetLooseCharBox, _INT)
char_generated = _untyped(pdfium_c.FPDFText_IsGenerated, _INT)
char_unmapped = _untyped(pdfium_c.FPDFText_HasUnicodeMapError, _INT)

# path objects
count_forms = _retyped(pdfium_c.FPDFFormObj_CountObjects, _INT, _VOID)
draw_mode = _retyped(pdfium_c.FPDFPath_GetDrawMode, _INT, _VOID, _VOID, _VOID)
count_segments = _retyped(pdfium_c.FPDFPath_CountSegments, _INT, _VOID)
get_segment = _retyped(pdfium_c.FPDFPath_GetPathSegment, _VOID, _VOID, _INT)
segment_type = _retyped(pdfium_c.FPDFPathSegment_GetType, _INT, _VOID)
segment_point = _retyped(pdfium_c.FPDFPathSegment_GetPoint, _INT, _VOID, _VOID, _VOID)
segment_closes = _retyped(pdfium_c.FPDFPathSegment_GetClose, _INT, _VOID)
