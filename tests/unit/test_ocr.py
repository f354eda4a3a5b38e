"""OCR path: a rendered Vietnamese line read back, skew found, text layers judged, lines built."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.read.model import RawLine, RawPage
from extract.read.ocr import ocr_pages, unlabelled_notes_to_body
from extract.read.ocr_capitals import respell_capitals
from extract.read.ocr_image import render_dpi, skew_angle
from extract.read.ocr_lines import raw_lines
from extract.read.ocr_pool import worker_count
from extract.read.pdf_scan import text_layer_is_garbage

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
LINES = [
    "Căn cứ Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Ủy ban nhân dân tỉnh",
    "Tổng kinh phí thực hiện là 13.183,72 triệu đồng, trong đó khuyến công quốc gia",
]


def _page(dpi: int, angle: float = 0.0) -> Image.Image:
    """A white A4 page at `dpi` with LINES printed in 12 pt, turned by `angle` degrees."""
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), size=round(12 * dpi / 72))
    for index, line in enumerate(LINES * 6):
        draw.text((int(0.9 * dpi), int((1 + 0.3 * index) * dpi)), line, font=font, fill=0)
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255) if angle else image


@pytest.fixture(scope="module")
def scanned_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An image-only PDF scanned at 150 dpi and laid 0.8° askew: low resolution, to be upscaled."""
    path = tmp_path_factory.mktemp("scan") / "page.pdf"
    _page(150, 0.8).save(path, format="PDF", resolution=150.0)
    return path


@pytest.mark.slow  # OCR
def test_recognises_vietnamese_line(scanned_pdf: Path) -> None:
    page = ocr_pages(scanned_pdf, [1])[1]
    text = " ".join(line.text for line in page.lines)
    assert page.ocr and page.number == 1
    assert page.ocr_confidence is not None and page.ocr_confidence > 80
    for line in LINES:
        assert line in text


@pytest.mark.parametrize("angle", [0.0, 0.6, -0.9, 2.5])
def test_skew_angle(angle: float) -> None:
    assert skew_angle(_page(100, angle)) == pytest.approx(-angle, abs=0.15)


@pytest.mark.parametrize(
    ("native", "expected"),
    [(None, 300.0), (100.0, 300.0), (150.0, 300.0), (200.0, 300.0), (240.0, 240.0), (300.0, 300.0), (600.0, 300.0)],
)
def test_render_dpi(native: float | None, expected: float) -> None:
    assert render_dpi(native) == expected


@pytest.mark.parametrize(
    ("text", "garbage"),
    [
        ("Báo cáo kết quả thực hiện Chương trình khuyến công địa phương", False),
        ("B¸o c¸o kÕt qu¶ thùc hiÖn ch\u00ad\u00a5ng tr×nh khuyÕn c«ng", False),  # TCVN3: decoded, not OCR'd
        ("", True),
        ("  \n ", True),
        ("(cid:3)(cid:4)(cid:5)(cid:6)(cid:7)(cid:8)(cid:9)", True),
        ("\ufffd" * 30, True),
        ("a b c d e f g h i j k l m n o p q r", True),
        ("~~ ## // ** -- ++ == ~~ ## // ** --", True),
    ],
)
def test_text_layer_is_garbage(text: str, garbage: bool) -> None:
    assert text_layer_is_garbage(text) is garbage


@pytest.mark.parametrize(("variable", "pages", "expected"), [("1", 5, 1), ("2", 5, 2), ("4", 3, 3), ("2", 1, 1)])
def test_worker_count(monkeypatch: pytest.MonkeyPatch, variable: str, pages: int, expected: int) -> None:
    monkeypatch.setenv("BAOCAO_OCR_WORKERS", variable)
    assert worker_count(pages) == expected


def _data(words: list[tuple[int, int, int, str, float, int, int, int, int]]) -> dict[str, list]:
    """image_to_data's dictionary from (block, par, line, text, conf, left, top, width, height)."""
    keys = ["block_num", "par_num", "line_num", "text", "conf", "left", "top", "width", "height"]
    return {key: [word[index] for word in words] for index, key in enumerate(keys)}


def _line(block: int, par: int, line: int, text: str, left: int, top: int, height: int = 40, conf: float = 95.0):
    """Words of one printed line, each as wide as its characters at 20 px per character."""
    words, x = [], left
    for word in text.split():
        words.append((block, par, line, word, conf, x, top, 20 * len(word), height))
        x += 20 * len(word) + 20
    return words


BODY = "Sở Công Thương báo cáo kết quả thực hiện như sau đây"
WIDE = BODY + " trong năm 2025 của tỉnh"  # a line across the page, past the header's columns
NOTE = "Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Ủy ban nhân dân tỉnh Tuyên Quang về khuyến công"
LINE_CASES = [
    # (words, expected (kind, label, text, new_paragraph) of each kept line); the first line of a
    # page is left to the words (None): it may go on with the last page's paragraph
    (_line(1, 1, 1, BODY, 200, 500) + _line(1, 1, 2, BODY, 200, 560), [("body", None, BODY, None), ("body", None, BODY, None)]),
    # a seal's garbage (low confidence, few letters) and a lone page number are dropped
    (_line(1, 1, 1, BODY, 200, 500) + _line(2, 1, 1, "~ =— kK", 900, 700, conf=20.0), [("body", None, BODY, None)]),
    (_line(1, 1, 1, "2", 1200, 100) + _line(2, 1, 1, BODY, 200, 500), [("body", None, BODY, None)]),
    # an indented new Tesseract paragraph starts a paragraph; a column gap parts two lines
    (
        _line(1, 1, 1, BODY, 200, 500) + _line(1, 2, 2, BODY, 320, 560),
        [("body", None, BODY, None), ("body", None, BODY, True)],
    ),
    (_line(1, 1, 1, "BỘ CÔNG THƯƠNG", 200, 300) + _line(1, 1, 1, "CỘNG HÒA", 1400, 300),
     [("body", None, "BỘ CÔNG THƯƠNG", True), ("body", None, "CỘNG HÒA", True)]),
    # a two-column header, Tesseract's lines interleaved: the left column, then the right one
    (
        _line(1, 1, 1, "BỘ CÔNG THƯƠNG", 200, 300) + _line(1, 1, 1, "CỘNG HÒA", 1400, 300)
        + _line(2, 1, 1, "Độc lập - Tự do", 1400, 360) + _line(2, 1, 2, "Số: 12/BC-SCT", 200, 380)
        + _line(2, 1, 3, "Hà Nội, ngày 02 tháng 4", 1300, 440) + _line(3, 1, 1, WIDE, 200, 600),
        [("body", None, "BỘ CÔNG THƯƠNG", True), ("body", None, "Số: 12/BC-SCT", True), ("body", None, "CỘNG HÒA", True),
         ("body", None, "Độc lập - Tự do", True), ("body", None, "Hà Nội, ngày 02 tháng 4", True), ("body", None, WIDE, True)],
    ),
    # a closing: the signature block starting above `Nơi nhận`, its list in small type (no footnote)
    (
        _line(1, 1, 1, BODY, 200, 500) + _line(1, 1, 2, BODY, 200, 560) + _line(2, 1, 1, "KT. GIÁM ĐỐC", 1300, 640)
        + _line(3, 1, 1, "Nơi nhận:", 200, 690) + _line(3, 1, 2, "- Như trên;", 200, 750, 30)
        + _line(4, 1, 1, "PHÓ GIÁM ĐỐC", 1300, 700) + _line(3, 1, 3, "- Lưu: VT.", 200, 800, 30)
        + _line(5, 1, 1, "Hoàng Đức Tiến", 1300, 950),
        [("body", None, BODY, None), ("body", None, BODY, None), ("body", None, "Nơi nhận:", True),
         ("body", None, "- Như trên;", True), ("body", None, "- Lưu: VT.", True), ("body", None, "KT. GIÁM ĐỐC", True),
         ("body", None, "PHÓ GIÁM ĐỐC", True), ("body", None, "Hoàng Đức Tiến", True)],
    ),
    # a left line below a paragraph, only half a line from a right one below it: no column block
    (
        _line(1, 1, 1, BODY, 200, 500) + _line(2, 1, 1, "đính kèm).", 200, 560) + _line(3, 1, 1, "KT. GIÁM ĐỐC", 1300, 610),
        [("body", None, BODY, None), ("body", None, "đính kèm).", None), ("body", None, "KT. GIÁM ĐỐC", None)],
    ),
    # three pieces side by side: a table row, left as Tesseract gives it
    (
        _line(1, 1, 1, "Nội dung", 200, 500) + _line(1, 1, 1, "Thời gian", 800, 500) + _line(1, 1, 1, "Đơn vị", 1400, 500),
        [("body", None, "Nội dung", None), ("body", None, "Thời gian", True), ("body", None, "Đơn vị", True)],
    ),
    # a raised digit after a word read without confidence (handwriting) is no marker
    (
        [(1, 1, 1, "số,2", 20.0, 200, 500, 80, 40), (1, 1, 1, "6", 70.0, 300, 480, 20, 22)] + _line(1, 1, 1, "BCT-ATMT", 340, 500),
        [("body", None, "số,2 6 BCT-ATMT", None)],
    ),
    # a word Tesseract could not read at all, and a signature's tall stroke read with little confidence,
    # are no print; a tall word read surely (a large initial) and a low-confidence word of print height stay
    (
        _line(1, 1, 1, "Thương đính kèm).", 200, 500) + [(1, 1, 1, "tự", 31.0, 560, 440, 40, 127)],
        [("body", None, "Thương đính kèm).", None)],
    ),
    (
        _line(1, 1, 1, "- Như", 200, 500) + [(1, 1, 1, "trên,", 21.0, 300, 500, 100, 40), (1, 1, 1, "láic", 0.0, 420, 500, 80, 40)],
        [("body", None, "- Như trên,", None)],
    ),
    (
        [(1, 1, 1, "Đ", 96.0, 200, 440, 60, 100)] + _line(1, 1, 1, "ã triển khai", 270, 500),
        [("body", None, "Đ ã triển khai", None)],
    ),
    # a raised small (1) after a word, and a (2) glued to one, become superscript markers
    (
        _line(1, 1, 1, "cấp tỉnh", 200, 500) + [(1, 1, 1, "(1),", 90.0, 400, 495, 30, 22)] + _line(1, 1, 1, "trong đó", 460, 500),
        [("body", None, "cấp tỉnh¹, trong đó", None)],
    ),
    (_line(1, 1, 1, "khu vực năm(2). Tiếp", 200, 500), [("body", None, "khu vực năm². Tiếp", None)]),
    # lines in small type at the foot of the page, opened by a label, are footnotes
    (
        _line(1, 1, 1, BODY, 200, 500) + _line(1, 1, 2, BODY, 200, 560) + _line(2, 1, 1, "(1) " + NOTE, 200, 3000, 25)
        + _line(2, 1, 2, NOTE, 200, 3030, 25),
        [("body", None, BODY, None), ("body", None, BODY, None), ("footnote", "1", NOTE, None), ("footnote", None, NOTE, None)],
    ),
    # small type at the foot without a label and not wider than the body (a recipients list): body
    (
        _line(1, 1, 1, BODY, 200, 500) + _line(1, 1, 2, BODY, 200, 560) + _line(2, 1, 1, "- Như trên;", 200, 3000, 25)
        + _line(2, 1, 2, "- Lưu: VT, ATMT.", 200, 3030, 25),
        [("body", None, BODY, None), ("body", None, BODY, None), ("body", None, "- Như trên;", True),
         ("body", None, "- Lưu: VT, ATMT.", None)],
    ),
    # a new Tesseract paragraph at the block's usual left edge, after an outdented heading: not indented
    (
        _line(1, 1, 1, BODY, 200, 500) + _line(1, 2, 2, "3. Công tác phối hợp", 120, 560) + _line(1, 3, 3, BODY, 200, 620)
        + _line(1, 3, 4, BODY, 200, 680),
        [("body", None, BODY, None), ("body", None, "3. Công tác phối hợp", None), ("body", None, BODY, None),
         ("body", None, BODY, None)],
    ),
]


@pytest.mark.parametrize(("words", "expected"), LINE_CASES)
def test_raw_lines(words: list, expected: list) -> None:
    lines, confidence = raw_lines(_data(words), page_height=3500, points_per_pixel=72 / 300)
    assert [(line.kind, line.footnote_label, line.text, line.new_paragraph) for line in lines] == expected
    assert confidence is not None and confidence > 50


def _raw_page(number: int, kinds: list[tuple[str, str | None]]) -> RawPage:
    """A page of lines given as (kind, footnote label)."""
    return RawPage(number, [RawLine(f"{kind} {label}", kind=kind, footnote_label=label) for kind, label in kinds])  # type: ignore[arg-type]


NOTE_CASES = [
    # small type at the foot without a label and no footnote before it: body (a `Nơi nhận` list)
    ([[("body", None), ("footnote", None), ("footnote", None)]], [["body", "body", "body"]]),
    # with a label: a footnote
    ([[("body", None), ("footnote", "1"), ("footnote", None)]], [["body", "footnote", "footnote"]]),
    # a footnote going on from the page before keeps going
    ([[("body", None), ("footnote", "1")], [("body", None), ("footnote", None)]],
     [["body", "footnote"], ["body", "footnote"]]),
    # ... but not after a page that ends with body text
    ([[("footnote", "1"), ("body", None)], [("body", None), ("footnote", None), ("footnote", "2")]],
     [["footnote", "body"], ["body", "body", "footnote"]]),
]


@pytest.mark.parametrize(("pages", "expected"), NOTE_CASES)
def test_unlabelled_notes_to_body(pages: list, expected: list) -> None:
    raw = [_raw_page(number, kinds) for number, kinds in enumerate(pages, start=1)]
    unlabelled_notes_to_body(raw)
    assert [[line.kind for line in page.lines] for page in raw] == expected


BODY_CITY = "của Trường Đại học Thành phố Hồ Chí Minh"
CAPITALS_CASES = [
    # marks lost on bold capitals, the words printed twice in the body: respelled
    (["THÀNH PHÓ HÒ CHÍ MINH", BODY_CITY, BODY_CITY], "THÀNH PHỐ HỒ CHÍ MINH"),
    # printed once only: left as read
    (["THÀNH PHÓ HÒ CHÍ MINH", BODY_CITY], "THÀNH PHÓ HÒ CHÍ MINH"),
    # the body also prints the capitals' own spelling: a word of its own, left alone
    (["PHÓ GIÁM ĐỐC", "phố giám đốc", "phố giám đốc", "Phó giám đốc"], "PHÓ GIÁM ĐỐC"),
    # a single word is not enough to tell
    (["BÔ", "Bộ", "Bộ"], "BÔ"),
    # a line in ordinary case is never touched
    (["Thành phó Hồ", BODY_CITY, BODY_CITY], "Thành phó Hồ"),
]


@pytest.mark.parametrize(("lines", "expected"), CAPITALS_CASES)
def test_respell_capitals(lines: list[str], expected: str) -> None:
    assert respell_capitals(lines)[0] == expected
