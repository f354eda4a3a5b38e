"""Whether a PDF page's text layer is unusable, so that the page must be OCR'd."""

from __future__ import annotations

import regex

from extract.read.ocr import text_layer_is_garbage

_SCAN_IMAGE_SHARE = 0.3  # images covering this share of a page make it a scan
_MAX_UNMAPPED_SHARE = 0.3  # a text layer with more unmapped glyphs than this is a broken font map

_UNMAPPED = regex.compile(r"\(cid:\d+\)|[\p{Co}\ufffd]")


def page_needs_ocr(text: str, image_share: float) -> bool:
    """Whether a page's text layer is unusable, so that the page must be OCR'd.

    A page covered by an image (a scan) needs OCR unless its text layer reads as words (a scan
    that was OCR'd before). A page without such an image keeps its text layer, however few
    letters it has (a table of figures), unless that layer is mostly unmapped glyphs.
    """
    unmapped = len(_UNMAPPED.findall(text))
    printed = len(_UNMAPPED.sub("x", text)) - sum(1 for c in text if c.isspace())
    if printed and unmapped > _MAX_UNMAPPED_SHARE * printed:
        return True
    return image_share >= _SCAN_IMAGE_SHARE and text_layer_is_garbage(text)
