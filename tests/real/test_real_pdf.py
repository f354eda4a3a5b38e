"""PDF reader on a real Word export (ld01, 35 pages) and on the seed rendered as a PDF.

Expected values were read by eye in the PDF (a viewer's rendering of ld01's pages 1-3, 8, 24).
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
        "Số: /BC-UBND",  # the number is blank in this unsigned export
        "Lâm Đồng, ngày tháng 12 năm 2025",
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
