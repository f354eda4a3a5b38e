"""The PDFium character source: spaces the text page drops, effective size, and pdfplumber as a second opinion.

PDFs are drawn here with reportlab the way Word writes them: a run of spaces as separate text
objects (the gap left for a number still to be stamped), and text scaled by the matrix with `Tf 1`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from extract.read.pdf import read_pdf
from extract.read.pdf_glyphs import page_glyphs
from extract.read.pdf_objects import page_objects

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
CORPUS_PDF = Path(__file__).resolve().parents[2] / "corpus" / "seed.pdf"
pytestmark = pytest.mark.skipif(not FONT.is_file(), reason=f"DejaVu Serif not installed at {FONT}")


def _canvas(path: Path) -> Canvas:
    if "DejaVuSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT)))
    return Canvas(str(path), pagesize=A4, invariant=1)


def _number_line(path: Path, spaces: int, as_objects: bool) -> Path:
    """`Số:` then `spaces` spaces (one text object each, or inside the text) then `/QĐ-UBND`, as Word leaves it."""
    canvas = _canvas(path)
    y, size = A4[1] - 100, 13
    canvas.setFont("DejaVuSerif", size)
    x = 100.0
    if as_objects:
        canvas.drawString(x, y, "Số:")
        x += pdfmetrics.stringWidth("Số:", "DejaVuSerif", size)
        for _ in range(spaces):
            canvas.drawString(x, y, " ")
            x += pdfmetrics.stringWidth(" ", "DejaVuSerif", size)
        canvas.drawString(x, y, "/QĐ-UBND")
    else:
        canvas.drawString(x, y, "Số:" + " " * spaces + "/QĐ-UBND")
    canvas.showPage()
    canvas.save()
    return path


def _texts(path: Path) -> list[str]:
    return [line.text for page in read_pdf(path).pages for line in page.lines]


@pytest.mark.parametrize("as_objects", [True, False], ids=["space objects", "spaces in the text"])
def test_a_gap_filled_with_spaces_is_one_line(tmp_path: Path, as_objects: bool) -> None:
    """Twelve spaces (6 ems) hold the place of the number: one line, as printed, not two columns."""
    assert _texts(_number_line(tmp_path / "number.pdf", 12, as_objects)) == ["Số: /QĐ-UBND"]


def test_an_empty_gap_still_parts_columns(tmp_path: Path) -> None:
    """The same gap with nothing drawn in it is two columns (issuer | motto, `Nơi nhận` | signature)."""
    path = tmp_path / "columns.pdf"
    canvas = _canvas(path)
    canvas.setFont("DejaVuSerif", 13)
    canvas.drawString(100, A4[1] - 100, "Số:")
    canvas.drawString(100 + pdfmetrics.stringWidth("Số:" + " " * 13, "DejaVuSerif", 13), A4[1] - 100, "/QĐ-UBND")
    canvas.showPage()
    canvas.save()
    assert _texts(path) == ["Số:", "/QĐ-UBND"]


def test_effective_size_is_font_size_times_matrix(tmp_path: Path) -> None:
    """Word writes `Tf 1` and scales with the matrix: the size read is the printed one."""
    path = tmp_path / "scaled.pdf"
    canvas = _canvas(path)
    canvas.saveState()
    canvas.translate(100, A4[1] - 100)
    canvas.scale(13, 13)
    canvas.setFont("DejaVuSerif", 1)
    canvas.drawString(0, 0, "Báo cáo")
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    pdf = pdfium.PdfDocument(path)
    page = pdf[0]
    height = page.get_height()
    textpage = page.get_textpage()
    glyphs = page_glyphs(textpage.raw, height, page_objects(page.raw, height).texts)
    textpage.close()
    page.close()
    pdf.close()
    assert {round(g.size, 2) for g in glyphs} == {13.0}
    assert glyphs[0].style is not None and glyphs[0].style.font.endswith("DejaVuSerif")


@pytest.mark.skipif(not CORPUS_PDF.is_file(), reason=f"{CORPUS_PDF} absent")
def test_same_characters_and_sizes_as_pdfplumber() -> None:
    """Second opinion: on every page of the seed, PDFium gives the printed characters pdfminer gives, in the same sizes."""
    pdf = pdfium.PdfDocument(CORPUS_PDF)
    with pdfplumber.open(CORPUS_PDF) as reference:
        for index, reference_page in enumerate(reference.pages):
            page = pdf[index]
            height = page.get_height()
            textpage = page.get_textpage()
            glyphs = page_glyphs(textpage.raw, height, page_objects(page.raw, height).texts)
            textpage.close()
            page.close()
            ours = Counter((g.text, round(g.size, 1)) for g in glyphs if g.text.strip())
            theirs = Counter((c["text"], round(c["size"], 1)) for c in reference_page.chars if c["text"].strip())
            assert ours == theirs, f"page {index + 1}"
    pdf.close()
