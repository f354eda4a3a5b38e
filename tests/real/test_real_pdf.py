"""PDF reader on a real Word export (ld01, 35 pages) and on the seed rendered as a PDF.

Expected values were read by eye in the PDF (a viewer's rendering of ld01's pages 1-3, 8, 24, and of
the appendix tables on pages 25-35, with the signature widgets drawn: the number and the day are stamped).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from extract.normalise import NormalisedDocument, normalise
from extract.read.model import RawDocument
from extract.read.pdf import read_pdf
from extract.read.text import read_text
from tests.conftest import CORPUS
from tools.render_pdf import render_seed_pdf

LD01 = "ld01_ubnd_lamdong_bc_cchc_2025.pdf"


@pytest.fixture(scope="module")
def ld01(real_dir: Path) -> RawDocument:
    return read_pdf(real_dir / LD01)


@pytest.fixture(scope="module")
def ld01_doc(ld01: RawDocument) -> NormalisedDocument:
    return normalise(ld01)


def test_pages_and_text_layer(ld01: RawDocument) -> None:
    assert len(ld01.pages) == 35 and ld01.ocr_pages == 0 and ld01.format == "pdf"


WORDS = [
    # diacritics intact and words not split by spaces (read in the PDF)
    "Thường trực Tỉnh ủy và Ủy ban nhân dân tỉnh đã thành lập các đoàn công tác",
    "Công tác cải cách hành chính năm 2025 và",
    "phương hướng, nhiệm vụ năm 2026 của tỉnh Lâm Đồng",
    "các tỉnh Lâm Đồng, Bình Thuận, Đắk Nông (cũ) và tỉnh Lâm Đồng (mới)",
    "Nguyễn Ngọc Phúc",
    "xã, phường, đặc khu",
    "Dự toán chi đầu tư phát triển năm 2025 là 22.143 tỷ đồng (gồm kế hoạch năm 2025 là 19.596 tỷ đồng; "
    "vốn năm 2024 chuyển sang là 2.548 tỷ đồng)",
]


@pytest.mark.parametrize("words", WORDS)
def test_words_read_whole(ld01_doc: NormalisedDocument, words: str) -> None:
    assert words in ld01_doc.text


def test_header_columns_split_left_first(ld01: RawDocument) -> None:
    first = [line.text for line in ld01.pages[0].lines[:6]]
    assert first == [
        "ỦY BAN NHÂN DÂN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH LÂM ĐỒNG",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 329 /BC-UBND",  # the number and the day are stamped at signing, in signature widgets
        "Lâm Đồng, ngày 19 tháng 12 năm 2025",
    ]


def test_footnotes_apart_from_body(ld01: RawDocument, ld01_doc: NormalisedDocument) -> None:
    assert [f.label for f in ld01_doc.footnotes] == [str(n) for n in range(1, 18)]
    assert [m.label for m in ld01_doc.markers] == [str(n) for n in range(1, 18)]
    assert "các cấp, các ngành¹.\n" in ld01_doc.body
    first = ld01_doc.footnotes[0]
    assert ld01_doc.text[first.start : first.end].startswith("Thường trực Tỉnh ủy và Ủy ban nhân dân tỉnh")
    assert ld01_doc.text[first.start : first.end].endswith("để chỉ đạo các sở, ngành, địa phương triển khai nhiệm vụ.")
    # footnote 2 runs from page 2 onto page 3, under page 3's rule, without a label
    second = ld01_doc.text[ld01_doc.footnotes[1].start : ld01_doc.footnotes[1].end]
    assert "Công văn số 3779/UBND-HCC ngày 19/9/2025" in second
    page3_notes = [line for line in ld01.pages[2].lines if line.kind == "footnote"]
    assert page3_notes and page3_notes[0].footnote_label is None
    assert "Công văn số 3779/UBND-HCC" not in ld01_doc.body
    assert "Thường trực Tỉnh ủy và Ủy ban nhân dân tỉnh đã thành lập" not in ld01_doc.body


def test_page_numbers_not_in_body(ld01: RawDocument) -> None:
    # portrait pages 2-24 carry a page number at the top centre; none may survive as a line
    for page in ld01.pages[1:24]:
        assert not regex.fullmatch(r"\d+", page.lines[0].text.strip()), page.number
        assert str(page.number) not in {line.text.strip() for line in page.lines}


def test_paragraph_hints_follow_indents(ld01: RawDocument) -> None:
    lines = ld01.pages[0].lines
    starts = [line.text for line in lines if line.new_paragraph and line.kind == "body"]
    assert "Thực hiện Công văn số 4625/BNV-CCHC ngày 02/7/2025 của Bộ Nội vụ" in starts
    continued = [line.text for line in lines if line.new_paragraph is False]
    assert "về xây dựng kế hoạch cải cách hành chính và thực hiện chế độ báo cáo cải cách" in continued


HEADER = [
    ["STT", "Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)", "Kết quả thống kê", "", "Ghi chú"],
    ["", "", "Đơn vị tính", "Số liệu", ""],
]


def test_appendix_tables(ld01: RawDocument) -> None:
    # seven ruled forms (Biểu mẫu 1-7) on pages 25-35; the body pages' white shading boxes are no tables
    tables: dict[int, list[tuple[int, list[str]]]] = {}
    for page in ld01.pages:
        for line in page.lines:
            if line.kind == "table":
                tables.setdefault(line.table_id or 0, []).append((page.number, line.cells or []))
    assert list(tables) == [1, 2, 3, 4, 5, 6, 7]
    assert [sorted({number for number, _ in rows}) for rows in tables.values()] == [
        [25, 26], [27], [28, 29], [30, 31], [32], [33], [34, 35]
    ]
    for rows in tables.values():  # the header Word repeats on a continuation page is read once
        assert [cells for _, cells in rows[:2]] == HEADER
        assert all(cells not in HEADER for _, cells in rows[2:])
    assert len(tables[1]) == 2 + 14 + 5  # page 25: header and 14 rows; page 26: 5 rows


ROWS = [
    (25, ["1.", "Số văn bản chỉ đạo CCHC đã ban hành (Kết luận, chỉ thị, công văn chỉ đạo, quán triệt)", "Văn bản", "82", ""]),
    (25, ["3.2", "Số UBND cấp xã đã kiểm tra", "", "38", ""]),
    (26, ["5.2.", "Hình thức khảo sát", "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2", "0", ""]),
    (30, ["1.1.", "Tỷ lệ sở, ngành đã hoàn thành việc sắp xếp các phòng chuyên môn đáp ứng các tiêu chí theo quy định "
          "của Chính phủ", "%", "15", "Bao gồm Ban Quản lý các khu công nghiệp tỉnh"]),
    (30, ["2.1.", "Tổng số biên chế được giao trong năm", "Người", "9.976", "Nghị quyết 19/NQ- HĐND ngày 28/8/2025"]),
    (31, ["2.3.", "Số hợp đồng lao động làm việc tại các cơ quan, tổ chức hành chính", "Người", "1.750",
          "Nghị quyết 14/NQ- HĐND ngày 28/8/2025 (lĩnh vực giáo dục)"]),
    (33, ["1.1.", "Kế hoạch được giao", "Triệu đồng", "17.454.000", ""]),
    (33, ["2.", "Thực hiện tự chủ tài chính của đơn vị sự nghiệp (ĐVSN) tại địa phương (lũy kế đến thời điểm báo cáo)",
          "", "1.647", "Cấp tỉnh: 271 Cấp xã: 1.376"]),
    (35, ["4.2.2.", "Số DVCTT có phát sinh hồ sơ trực tuyến", "Thủ tục", "575", ""]),
]


@pytest.mark.parametrize("page, cells", ROWS, ids=[f"p{page}-{cells[0]}" for page, cells in ROWS])
def test_table_rows(ld01: RawDocument, page: int, cells: list[str]) -> None:
    assert cells in [line.cells for line in ld01.pages[page - 1].lines if line.kind == "table"]


def test_table_words_not_in_body(ld01: RawDocument, ld01_doc: NormalisedDocument) -> None:
    assert [line.text for line in ld01.pages[24].lines if line.kind == "body"] == [
        "PHỤ LỤC",
        "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH NĂM 2025",
        "CỦA ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        # the stamped number is set apart from what it touches; the normaliser joins `329 /BC-UBND` again
        "(Kèm theo Báo cáo số 329 /BC-UBND ngày 19 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh Lâm Đồng)",
        "Biểu mẫu 1",
        "Công tác chỉ đạo điều hành CCHC",
    ]
    assert "Nghị quyết 19/NQ-HĐND ngày 28/8/2025" in ld01_doc.text  # the normaliser closes `NQ- HĐND`
    assert [table.page for table in ld01_doc.tables] == [25, 27, 28, 30, 32, 33, 34]


@pytest.fixture(scope="module")
def seed_pdf(seed_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seed") / "seed.pdf"
    render_seed_pdf(seed_path, out)
    return out


def test_seed_render_is_deterministic(seed_path: Path, seed_pdf: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.pdf"
    render_seed_pdf(seed_path, again)
    assert again.read_bytes() == seed_pdf.read_bytes()
    shipped = CORPUS / "seed.pdf"
    if shipped.is_file():
        assert shipped.read_bytes() == seed_pdf.read_bytes(), "corpus/seed.pdf is stale: re-run tools.render_pdf"


def test_seed_pdf_round_trip(seed_path: Path, seed_pdf: Path) -> None:
    from_text = normalise(read_text(seed_path))
    raw = read_pdf(seed_pdf)
    from_pdf = normalise(raw)
    assert len(raw.pages) > 3 and raw.ocr_pages == 0
    assert from_pdf.body == from_text.body
    assert [(f.label, from_pdf.text[f.start : f.end]) for f in from_pdf.footnotes] == [
        (f.label, from_text.text[f.start : f.end]) for f in from_text.footnotes
    ]
    assert [m.label for m in from_pdf.markers] == ["1", "2"]
    # footnote 1 is too long for page 2: it continues on page 3, without a label, before footnote 2
    notes = [line.footnote_label for line in raw.pages[2].lines if line.kind == "footnote"]
    assert notes[0] is None and "2" in notes
