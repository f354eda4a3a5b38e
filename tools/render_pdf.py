"""Render the seed report (a PDF text export) as a born-digital A4 PDF with true footnotes.

The text reader recovers the seed's structure (body lines, footnotes, markers); this script lays it
out again the way a word processor prints it: one printed line per body line (12 pt, squeezed
horizontally when too wide), markers as small raised digits, footnotes in 8 pt under a short rule
at the bottom of the page where their marker stands (continuing on the next page when they do not
fit), page numbers at the top centre from page 2. Same input → identical bytes (`invariant=1`).

    python -m tools.render_pdf SEED.txt OUT.pdf
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from extract.read.model import RawLine
from extract.read.text import read_text
from extract.vi.superscripts import SUPERSCRIPT_RUN, plain_digits

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD = "DejaVuSerif", "DejaVuSerif-Bold"
BODY_SIZE, BODY_LEADING = 12.0, 18.0
NOTE_SIZE, NOTE_LEADING = 8.0, 10.0
MARK_SIZE, MARK_RISE, LABEL_RISE = 7.0, 4.5, 3.0
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 70.0, 56.0, 60.0, 56.0
RULE_WIDTH, RULE_GAP = 144.0, 8.0
PAGE_NUMBER_Y = 30.0  # from the top edge


@dataclass
class _NoteLine:
    text: str
    label: str | None  # set on a footnote's first line


@dataclass
class _Page:
    body: list[RawLine] = field(default_factory=list)
    body_height: float = 0.0
    notes: list[_NoteLine] = field(default_factory=list)


def _register_fonts() -> None:
    for name in (REGULAR, BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))


def _text_width() -> float:
    return A4[0] - MARGIN_LEFT - MARGIN_RIGHT


def _wrap(text: str, size: float, first_indent: float) -> list[str]:
    """Greedy word wrap of a footnote's text to the text width."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        room = _text_width() - (first_indent if not lines else 0.0)
        if current and pdfmetrics.stringWidth(candidate, REGULAR, size) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def _footnotes(lines: list[RawLine]) -> dict[str, list[_NoteLine]]:
    """Each footnote's text joined from its printed lines and wrapped at the footnote size."""
    joined: dict[str, list[str]] = {}
    label = None
    for line in lines:
        if line.kind != "footnote":
            continue
        label = line.footnote_label or label
        if label is not None:
            joined.setdefault(label, []).append(line.text)
    notes = {}
    for key, parts in joined.items():
        indent = pdfmetrics.stringWidth(key, REGULAR, MARK_SIZE - 1) + 2
        wrapped = _wrap(" ".join(parts), NOTE_SIZE, indent)
        notes[key] = [_NoteLine(text, key if i == 0 else None) for i, text in enumerate(wrapped)]
    return notes


def _step(line: RawLine, first_on_page: bool) -> float:
    """Vertical advance of a body line: one leading, two after a printed empty line."""
    return BODY_LEADING * (2 if line.new_paragraph and not first_on_page else 1)


def _notes_height(page: _Page) -> float:
    return RULE_GAP + len(page.notes) * NOTE_LEADING if page.notes else 0.0


def _paginate(lines: list[RawLine], notes: dict[str, list[_NoteLine]]) -> list[_Page]:
    """Body lines in page order, each page carrying the footnote lines that fit at its bottom."""
    usable = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
    pages = [_Page()]
    pending: list[_NoteLine] = []  # footnote lines still waiting for room, in order

    def fill_notes(page: _Page) -> None:
        while pending:
            room = usable - page.body_height - _notes_height(page) - (0 if page.notes else RULE_GAP)
            if room < NOTE_LEADING:
                return
            page.notes.append(pending.pop(0))

    for line in (line for line in lines if line.kind == "body"):
        page = pages[-1]
        markers = [plain_digits(m) for m in SUPERSCRIPT_RUN.findall(line.text)]
        new_notes = [note for label in markers for note in notes.get(label, [])]
        # a marker's line goes where at least the first lines of its footnote fit too
        note_room = (0 if page.notes else RULE_GAP) + NOTE_LEADING * min(len(new_notes), 2) if new_notes else 0
        step = _step(line, not page.body)
        if page.body and page.body_height + _notes_height(page) + step + note_room > usable:
            page = _Page()
            pages.append(page)
            fill_notes(page)
            step = _step(line, True)
        page.body.append(line)
        page.body_height += step
        pending.extend(new_notes)
        fill_notes(page)
    while pending:
        pages.append(_Page())
        fill_notes(pages[-1])
    return pages


def _draw_runs(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, scale: float) -> None:
    """One line of text with superscript-digit markers drawn as small raised digits."""
    obj = canvas.beginText(x, y)
    obj.setHorizScale(scale)
    position = 0
    for match in SUPERSCRIPT_RUN.finditer(text):
        obj.setFont(font, size)
        obj.textOut(text[position : match.start()])
        obj.setFont(REGULAR, MARK_SIZE)
        obj.setRise(MARK_RISE)
        obj.textOut(plain_digits(match.group()))
        obj.setRise(0)
        position = match.end()
    obj.setFont(font, size)
    obj.textOut(text[position:])
    canvas.drawText(obj)


def _body_font(text: str) -> str:
    """Headings in capitals are printed bold, as in the original report."""
    return BOLD if any(c.isalpha() for c in text) and text.upper() == text else REGULAR


def _draw_page(canvas: Canvas, number: int, page: _Page) -> None:
    height = A4[1]
    if number > 1:
        canvas.setFont(REGULAR, BODY_SIZE)
        canvas.drawCentredString(A4[0] / 2, height - PAGE_NUMBER_Y, str(number))
    y = height - MARGIN_TOP
    for i, line in enumerate(page.body):
        y -= _step(line, i == 0)
        font = _body_font(line.text)
        plain = SUPERSCRIPT_RUN.sub(lambda m: plain_digits(m.group()), line.text)
        width = pdfmetrics.stringWidth(plain, font, BODY_SIZE)
        scale = min(100.0, 100.0 * _text_width() / width) if width else 100.0
        _draw_runs(canvas, MARGIN_LEFT, y, line.text, font, BODY_SIZE, scale)
    if page.notes:
        top = MARGIN_BOTTOM + len(page.notes) * NOTE_LEADING + RULE_GAP / 2
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_LEFT, top, MARGIN_LEFT + RULE_WIDTH, top)
        y = top - RULE_GAP / 2
        for note in page.notes:
            y -= NOTE_LEADING
            obj = canvas.beginText(MARGIN_LEFT, y + 2)
            if note.label:
                obj.setFont(REGULAR, MARK_SIZE - 1)
                obj.setRise(LABEL_RISE)
                obj.textOut(note.label)
                obj.setRise(0)
                obj.textOut(" ")
            obj.setFont(REGULAR, NOTE_SIZE)
            obj.textOut(note.text)
            canvas.drawText(obj)


def render_seed_pdf(seed_txt: Path, out_pdf: Path) -> None:
    """Write `out_pdf`: the seed laid out as a born-digital A4 PDF with true footnotes."""
    _register_fonts()
    raw = read_text(seed_txt)
    lines = [line for page in raw.pages for line in page.lines]
    pages = _paginate(lines, _footnotes(lines))
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    canvas = Canvas(str(out_pdf), pagesize=A4, invariant=1)
    canvas.setTitle("Báo cáo (seed report, born-digital rendition)")
    for number, page in enumerate(pages, start=1):
        _draw_page(canvas, number, page)
        canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m tools.render_pdf SEED.txt OUT.pdf")
    render_seed_pdf(Path(sys.argv[1]), Path(sys.argv[2]))
