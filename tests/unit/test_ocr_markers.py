"""Raised footnote markers in OCR'd pages: hOCR read, glyph geometry judged, digits read again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.read.ocr_hocr import hocr_data
from extract.read.ocr_image import despeckle
from extract.read.ocr_lines import _without_tail, raw_lines
from extract.read.ocr_markers import LineMetrics, MarkerReader, glyphs, line_metrics, raised_group

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
METRICS = LineMetrics(baseline=100.0, x_height=28.0)

# (glyph boxes left-top-right-bottom, expected (box, glyphs_after, whole_word) or None)
GROUP_CASES = [
    # `tỉnh¹,`: letters on the baseline, a raised digit, then a comma
    ([(0, 60, 20, 100), (22, 62, 50, 100), (60, 66, 68, 89), (72, 95, 78, 106)], ((60, 66, 68, 89), 1, False)),
    # `2024²` at the end of a word, nothing after
    ([(0, 62, 20, 100), (24, 62, 44, 100), (50, 64, 62, 86)], ((50, 64, 62, 86), 0, False)),
    # a two-digit marker `¹²`: two raised glyphs side by side make one group
    ([(0, 62, 20, 100), (24, 64, 32, 86), (34, 64, 44, 86)], ((24, 64, 44, 86), 0, False)),
    # a footnote label standing alone
    ([(0, 70, 8, 90)], ((0, 70, 8, 90), 0, True)),
    # NOT raised: a quote mark or tone mark (short, starting above the x-height), a hyphen, plain letters
    ([(0, 62, 20, 100), (24, 58, 30, 70)], None),
    ([(0, 62, 20, 100), (24, 84, 40, 89)], None),
    ([(0, 62, 20, 100), (24, 72, 44, 100)], None),
    ([], None),
]


@pytest.mark.parametrize(("runs", "expected"), GROUP_CASES)
def test_raised_group(runs: list, expected: tuple | None) -> None:
    group = raised_group(runs, METRICS)
    assert (None if group is None else (group.box, group.glyphs_after, group.whole_word)) == expected


# (word as Tesseract read it, glyphs after the marker, marker digits, expected (word, after))
TAIL_CASES = [
    ("tỉnh',", 1, "1", ("tỉnh", ",")),
    ("2024?.", 1, "2", ("2024", ".")),
    ("20241.", 1, "2", ("2024", ".")),
    ("tỉnh", 0, "1", ("tỉnh", "")),  # the marker was dropped by Tesseract: nothing to take off
    ("năm*;", 1, "3", ("năm", ";")),
    ("!", 0, "1", ("", "")),
]


@pytest.mark.parametrize(("text", "after", "digits", "expected"), TAIL_CASES)
def test_without_tail(text: str, after: int, digits: str, expected: tuple[str, str]) -> None:
    assert _without_tail(text, after, digits) == expected


def test_line_metrics() -> None:
    chars = [("n", 0, 72, 20, 100), ("a", 22, 73, 40, 100), ("m", 42, 72, 70, 101), ("h", 72, 60, 90, 100), ("'", 92, 66, 96, 89)]
    assert line_metrics(chars) == LineMetrics(baseline=100.0, x_height=28.0)
    assert line_metrics(chars[3:]) is None


def test_glyphs() -> None:
    dark = np.zeros((20, 20), dtype=bool)
    dark[5:15, 2:5] = True
    dark[3:8, 8:10] = True
    assert glyphs(dark, (0, 0, 20, 20)) == [(2, 5, 5, 15), (8, 3, 10, 8)]


HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body><div class='ocr_page' title='bbox 0 0 500 200'>
<div class='ocr_carea' title="bbox 10 10 400 60"><p class='ocr_par' title="bbox 10 10 400 60">
<span class='ocr_line' title="bbox 10 10 400 60; baseline 0 -5">
<span class='ocrx_word' title='bbox 10 20 90 60; x_wconf 96'>
<span class='ocrx_cinfo' title='x_bboxes 10 30 40 60; x_conf 99'>t</span>
<span class='ocrx_cinfo' title='x_bboxes 42 20 60 60; x_conf 99'>ỉ</span>
<span class='ocrx_cinfo' title='x_bboxes 62 30 90 60; x_conf 99'>'</span></span>
<span class='ocrx_word' title='bbox 100 20 180 60; x_wconf 91'>
<span class='ocrx_cinfo' title='x_bboxes 100 30 180 60; x_conf 99'>n</span></span>
</span></p></div></div></body></html>""".encode()


def test_hocr_data() -> None:
    data = hocr_data(HOCR)
    assert data["text"] == ["tỉ'", "n"]
    assert data["conf"] == [96.0, 91.0]
    assert (data["block_num"], data["par_num"], data["line_num"]) == ([1, 1], [1, 1], [1, 1])
    assert (data["left"], data["top"], data["width"], data["height"]) == ([10, 100], [20, 20], [80, 80], [40, 40])
    assert data["chars"][0][1] == ("ỉ", 42, 20, 60, 60)


def test_despeckle_keeps_print_and_drops_dust() -> None:
    image = Image.new("L", (300, 120), 236)
    draw = ImageDraw.Draw(image)
    draw.text((10, 20), "tỉnh i.", font=ImageFont.truetype(str(FONT), size=33), fill=20)  # 8 pt at 300 dpi
    pixels = np.asarray(image).copy()
    pixels[100, 250] = pixels[60, 280] = pixels[61, 280] = 30  # dust
    cleaned = np.asarray(despeckle(Image.fromarray(pixels), 300.0))
    assert cleaned[100, 250] == 255 and cleaned[60, 280] == 255
    printed = pixels[:, :240] < 134
    kept = (cleaned[:, :240] < 134) & printed
    assert kept.sum() >= 0.9 * printed.sum()  # clean 8 pt print: only hairline tips may lose a pixel
    for rows, columns in ((slice(24, 34), slice(84, 95)), (slice(45, 52), slice(94, 105))):  # `i` dot, full stop
        assert (cleaned[rows, columns] < 134).sum() >= 0.8 * (pixels[rows, columns] < 134).sum() > 0


def _marked_line() -> Image.Image:
    """`cấp tỉnh¹, trong đó` in 12 pt at 300 dpi, the marker a smaller raised digit glued to the word."""
    image = Image.new("L", (1400, 200), 255)
    draw = ImageDraw.Draw(image)
    body, small = ImageFont.truetype(str(FONT), size=50), ImageFont.truetype(str(FONT), size=29)
    draw.text((40, 60), "cấp tỉnh", font=body, fill=0)
    x = 40 + draw.textlength("cấp tỉnh", font=body) + 2
    draw.text((x, 64), "1", font=small, fill=0)  # bottom about 0.6 x-height above the baseline
    draw.text((x + draw.textlength("1", font=small) + 2, 60), ", trong đó năm nay", font=body, fill=0)
    return image


@pytest.mark.slow  # OCR
def test_raised_marker_is_read_from_the_image() -> None:
    import pytesseract

    image = _marked_line()
    hocr = pytesseract.image_to_pdf_or_hocr(image, lang="vie", extension="hocr", config="-c hocr_char_boxes=1")
    lines, _ = raw_lines(hocr_data(hocr), image.height, 72 / 300, MarkerReader(image, "vie"))
    assert [line.text for line in lines] == ["cấp tỉnh¹, trong đó năm nay"]
