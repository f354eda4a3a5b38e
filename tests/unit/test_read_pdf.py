"""PDF reader on small PDFs drawn here with reportlab: footnote zone, markers, page numbers, columns, tables."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import pytest
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from extract.read.pdf import page_needs_ocr, read_pdf

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
LEFT, RIGHT = 70.0, A4[0] - 56.0
pytestmark = pytest.mark.skipif(not FONT.is_file(), reason=f"DejaVu Serif not installed at {FONT}")

# One page = a list of ops: ("line", top, x, size, text) where `^12` in text is a raised marker,
# ("rule", top, x0, x1), ("stroke", x0, top0, x1, top1, gray) a line in a gray level (0 black, 1 white).
Op = tuple


def draw(path: Path, pages: list[list[Op]], encrypt: object = None) -> Path:
    if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT)))
    canvas = Canvas(str(path), pagesize=A4, invariant=1, encrypt=encrypt)
    for ops in pages:
        for op in ops:
            if op[0] == "rule":
                _, top, x0, x1 = op
                canvas.setLineWidth(0.5)
                canvas.line(x0, A4[1] - top, x1, A4[1] - top)
                continue
            if op[0] == "stroke":
                _, x0, top0, x1, top1, gray = op
                canvas.setLineWidth(0.5)
                canvas.setStrokeGray(gray)
                canvas.line(x0, A4[1] - top0, x1, A4[1] - top1)
                canvas.setStrokeGray(0)
                continue
            _, top, x, size, text = op
            obj = canvas.beginText(x, A4[1] - top)
            for i, part in enumerate(text.split("^")):
                raised = i > 0
                digits = part[: len(part) - len(part.lstrip("0123456789"))] if raised else ""
                if digits:
                    obj.setFont("DejaVuSerif", size * 0.6)
                    obj.setRise(size * 0.35)
                    obj.textOut(digits)
                    obj.setRise(0)
                obj.setFont("DejaVuSerif", size)
                obj.textOut(part[len(digits) :])
            canvas.drawText(obj)
        canvas.showPage()
    canvas.save()
    return path


def full_line(words: str, size: float = 12.0) -> str:
    """Words repeated until the line reaches the right margin (a justified, wrapped line)."""
    text = words
    while pdfmetrics.stringWidth(text + " " + words.split()[0], "DejaVuSerif", size) < RIGHT - LEFT:
        text += " " + words.split()[len(text.split()) % len(words.split())]
    return text


def centred(text: str, size: float = 12.0) -> float:
    return (LEFT + RIGHT - pdfmetrics.stringWidth(text, "DejaVuSerif", size)) / 2


def lines(raw) -> list[list[tuple]]:
    return [[(line.kind, line.footnote_label, line.text) for line in page.lines] for page in raw.pages]


def test_footnote_zone_markers_and_page_numbers(tmp_path: Path) -> None:
    page1 = [
        ("line", 80, LEFT, 12, "Ủy ban nhân dân tỉnh đã ban hành kế hoạch^1 về cải cách."),
        ("line", 98, LEFT, 12, "Nghiệp vụ được tập huấn cho 300 công chức^2."),
        ("rule", 740, LEFT, LEFT + 144),
        ("line", 752, LEFT, 8, "^1 Kế hoạch số 12/KH-UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh."),
        ("line", 762, LEFT, 8, "^2 Gồm công chức cấp tỉnh và cấp xã; danh sách kèm theo, được cập nhật"),
    ]
    page2 = [
        ("line", 30, A4[0] / 2 - 3, 12, "2"),
        ("line", 80, LEFT, 12, "Đánh giá chung: hoàn thành nhiệm vụ."),
        ("rule", 760, LEFT, LEFT + 144),
        ("line", 772, LEFT, 8, "hằng quý trên Cổng thông tin điện tử."),
    ]
    raw = read_pdf(draw(tmp_path / "notes.pdf", [page1, page2]))
    assert lines(raw) == [
        [
            ("body", None, "Ủy ban nhân dân tỉnh đã ban hành kế hoạch¹ về cải cách."),
            ("body", None, "Nghiệp vụ được tập huấn cho 300 công chức²."),
            ("footnote", "1", "Kế hoạch số 12/KH-UBND ngày 05/01/2025 của Ủy ban nhân dân tỉnh."),
            ("footnote", "2", "Gồm công chức cấp tỉnh và cấp xã; danh sách kèm theo, được cập nhật"),
        ],
        [
            ("body", None, "Đánh giá chung: hoàn thành nhiệm vụ."),
            ("footnote", None, "hằng quý trên Cổng thông tin điện tử."),  # continues footnote 2
        ],
    ]
    assert raw.format == "pdf" and raw.ocr_pages == 0
    first = raw.pages[0].lines[0]
    assert (first.font_size, first.x0, first.bold) == (12.0, LEFT, False)


ZONE_CASES = [
    (
        "a rule with body-size text below it is an underline, not a footnote rule",
        [("line", 80, LEFT, 12, "Địa chỉ: https://cchc.example.gov.vn/"), ("rule", 84, LEFT, 250), ("line", 100, LEFT, 12, "Tiếp theo.")],
        [("body", None, "Địa chỉ: https://cchc.example.gov.vn/"), ("body", None, "Tiếp theo.")],
    ),
    (
        "a line of underscores as the rule, labels in parentheses",
        [("line", 80, LEFT, 12, "Tổng số 12 xã^3."), ("line", 700, LEFT, 12, "__________"), ("line", 716, LEFT, 8, "(3) Gồm các xã A, B.")],
        [("body", None, "Tổng số 12 xã³."), ("footnote", "3", "Gồm các xã A, B.")],
    ),
    (
        "two rules at the same height are a table border, not a footnote rule",
        [("line", 80, LEFT, 12, "Bảng tổng hợp"), ("rule", 700, LEFT, 200), ("rule", 700, 200, 400), ("line", 716, LEFT, 8, "Ghi chú nhỏ")],
        [("body", None, "Bảng tổng hợp"), ("body", None, "Ghi chú nhỏ")],
    ),
    (
        "a lone number at the bottom of the page is a page number",
        [("line", 80, LEFT, 12, "Nội dung trang."), ("line", 810, A4[0] / 2, 12, "- 3 -")],
        [("body", None, "Nội dung trang.")],
    ),
    (
        "a number in the middle of the page is text",
        [("line", 80, LEFT, 12, "Kết quả:"), ("line", 98, LEFT, 12, "125")],
        [("body", None, "Kết quả:"), ("body", None, "125")],
    ),
    (
        "issuer and motto on one printed line are two lines, left first",
        [("line", 60, LEFT + 20, 12, "ỦY BAN NHÂN DÂN"), ("line", 60, 300, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
        [("body", None, "ỦY BAN NHÂN DÂN"), ("body", None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
    ),
    (
        "words with diacritics keep their letters together; spaces inside a line stay one line",
        [("line", 80, LEFT, 13, "Số:      /BC-UBND   Nguyễn Ngọc Phúc, Đắk Nông, hằng tháng")],
        [("body", None, "Số: /BC-UBND Nguyễn Ngọc Phúc, Đắk Nông, hằng tháng")],
    ),
]


@pytest.mark.parametrize("name, ops, expected", ZONE_CASES, ids=[c[0] for c in ZONE_CASES])
def test_layout(tmp_path: Path, name: str, ops: list[Op], expected: list[tuple]) -> None:
    assert lines(read_pdf(draw(tmp_path / "case.pdf", [ops]))) == [expected]


def test_paragraph_hints(tmp_path: Path) -> None:
    wrapped = full_line("tổ chức triển khai thực hiện các nhiệm vụ cải cách hành chính")
    ops = [
        ("line", 80, LEFT + 36, 12, "Trong năm, tỉnh đã ban hành các văn bản chỉ đạo"),  # first-line indent
        ("line", 98, LEFT, 12, wrapped),
        ("line", 116, LEFT, 12, wrapped),  # continues a full, unfinished line
        ("line", 134, LEFT, 12, wrapped),
        ("line", 152, LEFT, 12, "trên địa bàn tỉnh."),
        ("line", 182, LEFT, 12, "Kết quả như sau:"),  # after a wider gap
        ("line", 200, LEFT, 12, "- Hoàn thành 45 nhiệm vụ."),  # cannot tell from the layout
        ("line", 230, centred("BÁO CÁO TỔNG HỢP"), 12, "BÁO CÁO TỔNG HỢP"),
        ("line", 248, centred("CỦA ỦY BAN NHÂN DÂN"), 12, "CỦA ỦY BAN NHÂN DÂN"),  # centred: cannot tell
    ]
    raw = read_pdf(draw(tmp_path / "hints.pdf", [ops]))
    assert [line.new_paragraph for line in raw.pages[0].lines] == [None, None, False, False, False, True, None, True, None]


def test_paragraph_hint_from_indent_when_the_document_indents(tmp_path: Path) -> None:
    wrapped = full_line("thực hiện các nhiệm vụ cải cách hành chính trên địa bàn")
    ops = []
    for i in range(4):  # four indented paragraphs of two lines each
        ops += [("line", 80 + 40 * i, LEFT + 36, 12, "Đoạn mới bắt đầu ở đây"), ("line", 98 + 40 * i, LEFT, 12, wrapped)]
    ops[2] = ("line", 120, LEFT + 36, 12, "Đoạn mới bắt đầu ở đây")
    raw = read_pdf(draw(tmp_path / "indent.pdf", [ops]))
    assert [line.new_paragraph for line in raw.pages[0].lines][2:4] == [True, None]


def test_repeated_running_head_is_dropped(tmp_path: Path) -> None:
    pages = [[("line", 20, LEFT, 9, "Báo cáo cải cách hành chính năm 2025"), ("line", 80, LEFT, 12, f"Trang nội dung {n}.")] for n in range(4)]
    raw = read_pdf(draw(tmp_path / "heads.pdf", pages))
    assert lines(raw) == [[("body", None, f"Trang nội dung {n}.")] for n in range(4)]


def test_encrypted_pdf_raises_a_clear_error(tmp_path: Path) -> None:
    path = draw(tmp_path / "locked.pdf", [[("line", 80, LEFT, 12, "Mật.")]], pdfencrypt.StandardEncryption("secret"))
    with pytest.raises(ValueError, match=r"^encrypted PDF locked\.pdf: a password is required"):
        read_pdf(path)


@pytest.mark.parametrize(
    "content",
    [b"not a pdf at all", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF", b""],
    ids=["not a pdf", "no pages", "empty file"],
)
def test_corrupt_pdf_raises_a_one_line_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=r"^unreadable PDF broken\.pdf: [^\n]+$"):
        read_pdf(path)


OCR_CASES = [
    ("a scan: no text, a page-size image", "", 1.0, True),
    ("a scan with a few stray glyphs", "1 .", 0.95, True),
    ("a blank page", "", 0.0, False),
    ("a born-digital table of figures, few letters", "1.1. 45 100 2.2. 38 12,5 3.1. 271 1.647 04 23", 0.0, False),
    ("a scan that was OCR'd before keeps its text layer", "Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện", 1.0, False),
    ("a text page with a logo", "Ủy ban nhân dân tỉnh Lâm Đồng báo cáo kết quả thực hiện công tác", 0.05, False),
    ("a text layer of unmapped glyphs", "(cid:12)(cid:40)(cid:3)(cid:77)" * 10, 0.0, True),
    ("a legacy-encoded text layer is text, not garbage", "B¸o c¸o kÕt qu¶ thùc hiÖn c«ng t¸c c¶i c¸ch hµnh chÝnh", 0.0, False),
]


@pytest.mark.parametrize("name, text, image_share, expected", OCR_CASES, ids=[c[0] for c in OCR_CASES])
def test_page_needs_ocr(name: str, text: str, image_share: float, expected: bool) -> None:
    assert page_needs_ocr(text, image_share) is expected


# --- ruled tables ------------------------------------------------------------------------------

CELL_LINE = 12.0  # pitch of a cell's printed lines


def table(top: float, widths: list[float], rows: list[list[Optional[str]]], gray: float = 0.0) -> list[Op]:
    """A ruled table at `top`, its cells' printed lines split on "\\n" (10 pt); a None cell is covered
    by the cell on its left (no border between them); `gray` 1 draws the borders in white."""
    xs = [LEFT + sum(widths[:i]) for i in range(len(widths) + 1)]
    ops: list[Op] = []
    y = top
    for row in rows:
        height = 6 + CELL_LINE * max(len((cell or "").split("\n")) for cell in row)
        ops.append(("stroke", xs[0], y, xs[-1], y, gray))
        for column, cell in enumerate(row):
            if cell is None:
                continue
            ops.append(("stroke", xs[column], y, xs[column], y + height, gray))
            for k, text in enumerate(cell.split("\n")):
                if text:
                    ops.append(("line", y + 1 + CELL_LINE * (k + 1), xs[column] + 4, 10, text))
        ops.append(("stroke", xs[-1], y, xs[-1], y + height, gray))
        y += height
    ops.append(("stroke", xs[0], y, xs[-1], y, gray))
    return ops


def rows(raw) -> list[list[tuple]]:
    """Per page: ("body"/"footnote", None, text) or ("table", table_id, cells)."""
    return [
        [(line.kind, line.table_id, line.cells) if line.kind == "table" else (line.kind, None, line.text) for line in page.lines]
        for page in raw.pages
    ]


FOUR = [40.0, 200.0, 80.0, 140.0]
HEADER = ["STT", "Chỉ tiêu", "Số liệu", "Ghi chú"]

TABLE_CASES = [
    (
        "body above, one row per table row, body below; a cell's printed lines joined by a space",
        [("line", 80, LEFT, 12, "Kết quả thực hiện như sau:")]
        + table(100, FOUR, [HEADER, ["1.", "Tổng số biên chế\nđược giao", "9.976", "Nghị quyết 19/NQ-\nHĐND ngày\n28/8/2025"],
                            ["2.", "Số người làm việc", "60.674", ""]])
        + [("line", 250, LEFT, 12, "Đánh giá chung: hoàn thành.")],
        [
            ("body", None, "Kết quả thực hiện như sau:"),
            ("table", 1, HEADER),
            ("table", 1, ["1.", "Tổng số biên chế được giao", "9.976", "Nghị quyết 19/NQ- HĐND ngày 28/8/2025"]),
            ("table", 1, ["2.", "Số người làm việc", "60.674", ""]),
            ("body", None, "Đánh giá chung: hoàn thành."),
        ],
    ),
    (
        "a cell merged across columns: empty in the columns it covers; a raised marker in a cell",
        table(80, FOUR, [["STT", "Kết quả thống kê", None, "Ghi chú"], ["1.", "Văn bản", "82", "Theo báo cáo^3"]]),
        [("table", 1, ["STT", "Kết quả thống kê", "", "Ghi chú"]), ("table", 1, ["1.", "Văn bản", "82", "Theo báo cáo³"])],
    ),
    (
        "two tables on a page get two ids",
        table(80, FOUR, [HEADER, ["1.", "Văn bản", "82", ""]]) + table(200, [40.0, 200.0], [["1.", "Thủ tục"]]),
        [("table", 1, HEADER), ("table", 1, ["1.", "Văn bản", "82", ""]), ("table", 2, ["1.", "Thủ tục"])],
    ),
    (
        "a ruled header block holding the national motto is layout: its cells stay body lines",
        table(60, [220.0, 260.0], [["ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]]),
        [("body", None, "ỦY BAN NHÂN DÂN"), ("body", None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
         ("body", None, "TỈNH LÂM ĐỒNG"), ("body", None, "Độc lập - Tự do - Hạnh phúc")],
    ),
    (
        "a ruled signature block (KT. ...) is layout",
        table(500, [240.0, 240.0], [["Nơi nhận:\n- Bộ Nội vụ;", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]]),
        [("body", None, "Nơi nhận:"), ("body", None, "KT. CHỦ TỊCH"), ("body", None, "- Bộ Nội vụ;"), ("body", None, "PHÓ CHỦ TỊCH")],
    ),
    (
        "a one-column frame around a paragraph is layout",
        table(80, [400.0], [["Dự thảo lần 2: xin ý kiến các sở, ngành"]]),
        [("body", None, "Dự thảo lần 2: xin ý kiến các sở, ngành")],
    ),
    (
        "a grid drawn in white (Word's shading boxes) is not a table",
        table(80, [40.0, 200.0], [["1.", "Tổng số"], ["2.", "Đã hoàn thành"]], gray=1.0),
        [("body", None, "1."), ("body", None, "Tổng số"), ("body", None, "2."), ("body", None, "Đã hoàn thành")],
    ),
    (
        "a table's bottom border is no footnote rule: a small note under the table stays body",
        [("line", 80, LEFT, 12, "Số liệu như sau:")] + table(100, [40.0, 200.0], [["1.", "Văn bản"]])
        + [("line", 140, LEFT, 9, "Ghi chú: số liệu ước tính đến ngày 15/12/2025.")],
        [("body", None, "Số liệu như sau:"), ("table", 1, ["1.", "Văn bản"]),
         ("body", None, "Ghi chú: số liệu ước tính đến ngày 15/12/2025.")],
    ),
]


@pytest.mark.parametrize("name, ops, expected", TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_tables(tmp_path: Path, name: str, ops: list[Op], expected: list[tuple]) -> None:
    assert rows(read_pdf(draw(tmp_path / "table.pdf", [ops]))) == [expected]


ROW1, ROW2 = ["1.", "Văn bản", "82", ""], ["2.", "Thủ tục", "247", ""]
CONTINUED_CASES = [
    (
        "a table opening the next page with as many columns continues; its repeated header is dropped",
        [table(700, FOUR, [HEADER, ROW1]), table(60, FOUR, [HEADER, ROW2])],
        [[("table", 1, HEADER), ("table", 1, ROW1)], [("table", 1, ROW2)]],
    ),
    (
        "a continuation without a repeated header keeps all its rows",
        [table(700, FOUR, [HEADER, ROW1]), table(60, FOUR, [ROW2])],
        [[("table", 1, HEADER), ("table", 1, ROW1)], [("table", 1, ROW2)]],
    ),
    (
        "another column count is another table",
        [table(700, FOUR, [HEADER, ROW1]), table(60, [40.0, 200.0], [["1.", "Thủ tục"]])],
        [[("table", 1, HEADER), ("table", 1, ROW1)], [("table", 2, ["1.", "Thủ tục"])]],
    ),
    (
        "a heading above the table on the next page starts another table",
        [table(700, FOUR, [HEADER, ROW1]), [("line", 50, LEFT, 12, "Biểu mẫu 2")] + table(60, FOUR, [HEADER, ROW2])],
        [[("table", 1, HEADER), ("table", 1, ROW1)], [("body", None, "Biểu mẫu 2"), ("table", 2, HEADER), ("table", 2, ROW2)]],
    ),
    (
        "body text after the table on the first page: the next page's table is another one",
        [table(600, FOUR, [HEADER, ROW1]) + [("line", 700, LEFT, 12, "Tổng hợp chung.")], table(60, FOUR, [ROW2])],
        [[("table", 1, HEADER), ("table", 1, ROW1), ("body", None, "Tổng hợp chung.")], [("table", 2, ROW2)]],
    ),
]


@pytest.mark.parametrize("name, pages, expected", CONTINUED_CASES, ids=[c[0] for c in CONTINUED_CASES])
def test_tables_across_pages(tmp_path: Path, name: str, pages: list[list[Op]], expected: list[list[tuple]]) -> None:
    assert rows(read_pdf(draw(tmp_path / "tables.pdf", pages))) == expected
