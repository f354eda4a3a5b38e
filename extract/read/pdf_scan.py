"""Whether a PDF page's text layer is unusable, so that the page must be OCR'd.

Both tests measure one thing, the share of unmapped glyphs (`unmapped_share`), with a threshold
for each kind of page: a page without a covering image keeps its text layer unless most of it is a
broken font map; on a page covered by an image (a scan) little noise is enough to prefer OCR.
"""

from __future__ import annotations

import regex

_SCAN_IMAGE_SHARE = 0.3  # images covering this share of a page make it a scan
_BROKEN_FONT_SHARE = 0.3  # unmapped glyphs beyond this share: the font map is broken, on any page
_NOISY_SCAN_SHARE = 0.1  # unmapped glyphs beyond this share of a scan's text layer: noise
_MIN_CHARACTERS = 20  # fewer printed characters than this on a page: a scan's stray glyphs
_MIN_LETTER_SHARE = 0.5
_MAX_SINGLE_SHARE = 0.6

# A glyph the font could not map to a character: pdfminer's `(cid:12)`, U+FFFD, a private-use,
# control or unassigned code point (white space aside).
_UNMAPPED = regex.compile(r"\(cid:\d+\)|[[\p{Cc}\p{Co}\p{Cn}\p{Cs}\ufffd]--\s]", regex.V1)


def unmapped_share(text: str) -> float:
    """Share of the printed glyphs of `text` (white space aside) that are unmapped; 0 for no glyphs."""
    unmapped = len(_UNMAPPED.findall(text))
    printed = len(_UNMAPPED.sub("x", text)) - sum(1 for c in text if c.isspace())
    return unmapped / printed if printed else 0.0


def page_needs_ocr(text: str, image_share: float) -> bool:
    """Whether a page's text layer is unusable, so that the page must be OCR'd.

    A page covered by an image (a scan) needs OCR unless its text layer reads as words (a scan
    that was OCR'd before). A page without such an image keeps its text layer, however few
    letters it has (a table of figures), unless that layer is mostly unmapped glyphs.
    """
    if unmapped_share(text) > _BROKEN_FONT_SHARE:
        return True
    return image_share >= _SCAN_IMAGE_SHARE and text_layer_is_garbage(text)


def text_layer_is_garbage(text: str) -> bool:
    """Whether a page's text layer is noise rather than words, so that the page needs OCR.

    Noise is what an image's stray glyphs or a broken font map leave: little text, mostly
    non-letters, unmapped glyphs, or mostly one-character "words". A legacy-encoded layer (TCVN3
    `B¸o c¸o`) is mostly letters in words and is not noise: it is decoded, not OCR'd.
    """
    characters = [c for c in text if not c.isspace()]
    if len(characters) < _MIN_CHARACTERS:
        return True
    letters = sum(1 for c in characters if c.isalpha())
    words = text.split()
    single = sum(1 for word in words if len(word) == 1)
    return (
        unmapped_share(text) > _NOISY_SCAN_SHARE
        or letters < _MIN_LETTER_SHARE * len(characters)
        or single > _MAX_SINGLE_SHARE * len(words)
    )
