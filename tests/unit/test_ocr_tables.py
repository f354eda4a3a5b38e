"""Ruled tables on a scanned page: the grid drawn by its rules, merged cells, words to cells, rows in place."""

from __future__ import annotations

from PIL import Image, ImageDraw

from extract.read.model import RawLine
from extract.read.ocr_tables import find_ruled_grids, table_words, with_tables

DPI = 200


def _page(merged_right: bool = False, rules: bool = True) -> Image.Image:
    """A white page with a table of 3 columns and 4 rows at 200 dpi; the right column of rows 2-4 merged."""
    image = Image.new("L", (1600, 2000), 255)
    draw = ImageDraw.Draw(image)
    xs, ys = [200, 400, 900, 1400], [300, 400, 500, 600, 700]
    if rules:
        for y in ys:
            right = xs[2] if merged_right and y in (500, 600) else xs[-1]
            draw.line([(xs[0], y), (right, y)], fill=0, width=3)
        for x in xs:
            draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    draw.text((220, 120), "Kế hoạch số 12/KH-UBND", fill=0)  # text above, with an underline
    draw.line([(220, 150), (700, 150)], fill=0, width=2)
    return image


def test_grid_of_a_ruled_table() -> None:
    grids = find_ruled_grids(_page(), DPI)
    assert len(grids) == 1
    grid = grids[0]
    assert len(grid.rows) == 4 and grid.width == 3
    assert all(cell is not None for row in grid.rows for cell in row)
    assert abs(grid.bbox[0] - 200) <= 3 and abs(grid.bbox[3] - 700) <= 3


def test_merged_cell_spans_its_rows() -> None:
    grid = find_ruled_grids(_page(merged_right=True), DPI)[0]
    right = [row[2] for row in grid.rows]
    assert right[0] is not None and right[1] is not None and right[2] is None and right[3] is None
    assert abs(right[1][3] - 700) <= 3  # the merged cell reaches the table's foot


def test_no_rules_no_table() -> None:
    assert find_ruled_grids(_page(rules=False), DPI) == []
    assert find_ruled_grids(Image.new("L", (800, 1000), 255), DPI) == []


def _data(words: list[tuple[str, int, int]]) -> dict[str, list]:
    """Tesseract's data of words given as (text, left, top), each 60 x 30 px."""
    return {
        "text": [w[0] for w in words], "conf": [90.0] * len(words), "left": [w[1] for w in words],
        "top": [w[2] for w in words], "width": [60] * len(words), "height": [30] * len(words),
        "block_num": [1] * len(words), "par_num": [1] * len(words), "line_num": list(range(len(words))),
    }


def test_words_to_cells_and_rows_in_place() -> None:
    grid = find_ruled_grids(_page(), DPI)
    data = _data([("Trước", 220, 120), ("TT", 250, 330), ("Nội", 450, 330), ("dung", 520, 330), ("1", 250, 430),
                  ("Khảo", 450, 430), ("sát", 450, 470), ("29/6/2026", 950, 430), ("Sau", 220, 800)])
    rows, rest = table_words(data, grid, 72 / DPI)
    assert [row.cells for row in rows] == [["TT", "Nội dung", ""], ["1", "Khảo sát", "29/6/2026"]]
    assert all(row.kind == "table" and row.table_id == 0 for row in rows)
    assert rest["text"] == ["Trước", "Sau"]
    before, after = RawLine("Trước", top=120 * 72 / DPI), RawLine("Sau", top=800 * 72 / DPI)
    merged = with_tables([before, after], rows)
    assert [line.text for line in merged] == ["Trước", "TT | Nội dung | ", "1 | Khảo sát | 29/6/2026", "Sau"]
    assert merged[-1].new_paragraph is True
