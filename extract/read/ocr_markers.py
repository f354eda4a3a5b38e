"""Footnote markers printed as small raised digits, found in the page image and read again.

Tesseract reads a superscript digit glued to a word as a stray glyph (`tỉnh¹` as `tỉnh'`, `2024²`
as `2024?` or `20241`) and a footnote's raised label as `!`; its character boxes are too rough at
that size to tell. So the ink is looked at: in a word's box, the runs of inked columns are its
glyphs; a glyph whose bottom stands clearly above the line's baseline but below its x-height,
and which is as tall as a small digit (taller than a quote mark, a tone mark or a horn), is
raised. Its digits are read again from the image, enlarged, with Tesseract kept to digits: no
digit read, or digits read with low confidence (handwriting), no marker.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Optional

import numpy as np
from PIL import Image, ImageOps

from extract.read.ocr_image import otsu_threshold

Box = tuple[int, int, int, int]  # left, top, right, bottom in pixels
Char = tuple[str, int, int, int, int]  # text and box, as hocr_data gives

_PLAIN_LETTERS = set("acemnorsuvwxz")  # no ascender, descender or diacritic: they span the x-height
_MIN_PLAIN = 3
_MIN_RISE = 0.25  # a raised glyph's bottom is at least this share of the x-height above the baseline
_MAX_RISE = 1.0  # ... and below the x-height line (a quote or tone mark starts above it)
_MIN_HEIGHT = 0.5  # ... and it is at least this share of the x-height tall
_READ_HEIGHT = 60  # pixels a raised glyph is enlarged to before it is read again
_READ_BORDER = 30
_READ_CONFIG = "--psm 7 -c tessedit_char_whitelist=0123456789"
_MAX_DIGITS = 3
MIN_DIGIT_CONFIDENCE = 50.0  # digits read with less confidence are no marker


@dataclass(frozen=True)
class LineMetrics:
    baseline: float
    x_height: float


@dataclass(frozen=True)
class Raised:
    """A raised glyph group in a word: its box, how many glyphs follow it, whether it is the word."""

    box: Box
    glyphs_after: int
    whole_word: bool


def line_metrics(chars: list[Char]) -> Optional[LineMetrics]:
    """Baseline and x-height of a line from its plain lower-case letters, None with too few."""
    plain = [char for char in chars if char[0] in _PLAIN_LETTERS]
    if len(plain) < _MIN_PLAIN:
        return None
    return LineMetrics(
        baseline=float(statistics.median(char[4] for char in plain)),
        x_height=float(statistics.median(char[4] - char[2] for char in plain)),
    )


def glyphs(dark: np.ndarray, box: Box) -> list[Box]:
    """The runs of inked columns inside `box` of the ink mask, each with its ink's own top and bottom."""
    left, top, right, bottom = box
    area = dark[max(0, top) : bottom, max(0, left) : right]
    if area.size == 0:
        return []
    inked = np.concatenate(([False], area.any(axis=0), [False]))
    edges = np.flatnonzero(np.diff(inked.astype(np.int8)))
    runs: list[Box] = []
    for start, end in zip(edges[::2], edges[1::2]):
        rows = np.flatnonzero(area[:, start:end].any(axis=1))
        runs.append((max(0, left) + int(start), max(0, top) + int(rows[0]), max(0, left) + int(end), max(0, top) + int(rows[-1]) + 1))
    return runs


def is_raised(glyph: Box, metrics: LineMetrics) -> bool:
    rise = (metrics.baseline - glyph[3]) / metrics.x_height
    return _MIN_RISE <= rise < _MAX_RISE and (glyph[3] - glyph[1]) >= _MIN_HEIGHT * metrics.x_height


def raised_group(runs: list[Box], metrics: LineMetrics) -> Optional[Raised]:
    """The last run of raised glyphs in a word's glyphs, when only non-raised glyphs follow it."""
    flags = [is_raised(run, metrics) for run in runs]
    if True not in flags:
        return None
    end = len(flags) - flags[::-1].index(True)
    start = end
    while start > 0 and flags[start - 1]:
        start -= 1
    group = runs[start:end]
    box = (group[0][0], min(g[1] for g in group), group[-1][2], max(g[3] for g in group))
    return Raised(box=box, glyphs_after=len(runs) - end, whole_word=start == 0)


class MarkerReader:
    """Finds raised glyphs in words of one page image and reads their digits."""

    def __init__(self, image: Image.Image, language: str) -> None:
        self.image = image
        self.language = language
        pixels = np.asarray(image, dtype=np.uint8)
        self.dark = pixels <= otsu_threshold(pixels)

    def raised(self, word_box: Box, metrics: LineMetrics) -> Optional[Raised]:
        return raised_group(glyphs(self.dark, word_box), metrics)

    def digits(self, box: Box) -> Optional[str]:
        """The digits printed in `box`, read from an enlarged copy; None when none are read or
        Tesseract is unsure of them (handwriting, a stroke of a seal)."""
        import pytesseract

        left, top, right, bottom = box
        margin = max(2, (bottom - top) // 4)
        crop = self.image.crop((left - margin, top - margin, right + margin, bottom + margin))
        scale = _READ_HEIGHT / max(1, bottom - top)
        crop = crop.resize((max(1, round(crop.width * scale)), max(1, round(crop.height * scale))), Image.Resampling.BICUBIC)
        crop = ImageOps.expand(crop, border=_READ_BORDER, fill=255)
        data = pytesseract.image_to_data(crop, lang=self.language, config=_READ_CONFIG, output_type=pytesseract.Output.DICT)
        read = [(str(text), float(conf)) for text, conf in zip(data["text"], data["conf"]) if str(text).strip()]
        digits = "".join(c for text, _ in read for c in text if c.isdigit())
        if not 0 < len(digits) <= _MAX_DIGITS or min(conf for _, conf in read) < MIN_DIGIT_CONFIDENCE:
            return None
        return digits
