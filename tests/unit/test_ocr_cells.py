"""Cells of a ruled table read apart from the page: their ink laid on a strip, words put back in place."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.read.ocr_cells import cell_strip, with_cell_words
from extract.read.ocr_page import ocr_image
from extract.read.ocr_tables import find_ruled_grids

DPI = 200
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
XS, YS = [200, 320, 1000, 1400], [300, 400, 500, 600]  # a narrow first column, as `TT` columns are


def _table(cells: list[list[str]]) -> Image.Image:
    """A page with a ruled table of 3 columns and 3 rows holding `cells`, and a line of text above it."""
    image = Image.new("L", (1600, 1000), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), size=round(12 * DPI / 72)) if FONT.exists() else None
    for y in YS:
        draw.line([(XS[0], y), (XS[-1], y)], fill=0, width=3)
    for x in XS:
        draw.line([(x, YS[0]), (x, YS[-1])], fill=0, width=3)
    draw.text((200, 150), "Tiến độ thực hiện như sau:", fill=0, font=font)
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            draw.text((XS[c] + 20, YS[r] + 30), text, fill=0, font=font)
    return image


def test_strip_holds_each_inked_cell_and_maps_back_to_the_page() -> None:
    image = _table([["TT", "Nội dung", "Thời gian"], ["1", "Ban hành", ""], ["2", "", "30/6/2026"]])
    grids = find_ruled_grids(image, DPI)
    strip, placed = cell_strip(image, grids, DPI)
    assert strip is not None and len(placed) == 7  # two empty cells left out
    assert strip.width < XS[-1] - XS[0] and all(a.bottom <= b.top for a, b in zip(placed, placed[1:]))
    # a word on the strip in the band of the fourth cell (`1`) goes back inside that cell on the page
    band = placed[3]
    strip_data = {
        "text": ["1"], "conf": [91.0], "left": [30], "top": [round(band.top + band.bottom) // 2 - 10],
        "width": [12], "height": [20], "block_num": [1], "par_num": [1], "line_num": [1], "chars": [[]],
    }
    page_data = {key: [] for key in strip_data}
    page_data.update({"text": ["TT|", "Sau"], "conf": [40.0, 90.0], "left": [210, 200], "top": [330, 800], "width": [60, 60],
                      "height": [30, 30], "block_num": [1, 2], "par_num": [1, 1], "line_num": [1, 1], "chars": [[], []]})
    merged = with_cell_words(page_data, strip_data, placed, grids)
    assert merged["text"] == ["Sau", "1"]  # the page's own reading inside the table gives way to the cells'
    x, y = merged["left"][1] + 6, merged["top"][1] + 10
    assert XS[0] < x < XS[1] and YS[1] < y < YS[2]
    assert merged["block_num"][1] == 3 + 3  # blocks after the page's two, one per cell


def test_blank_table_has_no_strip() -> None:
    image = _table([["", "", ""]] * 3)
    assert cell_strip(image, find_ruled_grids(image, DPI), DPI) == (None, [])


@pytest.mark.slow  # OCR
def test_row_numbers_of_a_narrow_column_are_read() -> None:
    image = _table([["TT", "Nội dung công việc", "Thời gian"], ["1", "Ban hành kế hoạch", "27/6/2026"],
                    ["2", "Chọn mẫu khảo sát", "30/6/2026"]])
    page = ocr_image(image, DPI, 1, 1600 * 72 / DPI, 1000 * 72 / DPI)
    rows = [line.cells for line in page.lines if line.kind == "table"]
    assert rows == [["TT", "Nội dung công việc", "Thời gian"], ["1", "Ban hành kế hoạch", "27/6/2026"],
                    ["2", "Chọn mẫu khảo sát", "30/6/2026"]]
    assert [line.text for line in page.lines if line.kind != "table"] == ["Tiến độ thực hiện như sau:"]
