"""Born-digital PDF reader: pdfplumber's characters → printed lines, body apart from footnotes.

One pass over each page's characters and drawn lines, then general layout rules:

- lines: characters whose vertical extents overlap form one printed line (so a raised marker
  stays with its line); a space goes where the text has a space character or a gap wider than a
  fraction of the font size, so words with Vietnamese diacritics are not split;
- columns: a gap of several ems with no character in it (not even a space) splits a line into
  separate lines, left first (issuer | national motto, "Nơi nhận" | signature);
- markers: small digits raised above the baseline of a line become superscript digits attached
  to the word before them; at the start of a footnote line they are the footnote's label;
- footnote zone: under a thin, isolated horizontal rule (or a line of underscores), when every
  line below it is in type smaller than the body's; zone lines without a label continue the
  previous footnote, also from the previous page;
- running page numbers (a lone number at the top or bottom of the page) and lines repeated at the
  same margin on many pages are dropped;
- paragraph hints: a wider vertical gap or a first-line indent starts a paragraph; a line at the
  left margin after a full, unfinished line continues it (also across a page break);
- ruled tables (found in pdf_tables): a data table is one line per row (kind "table"), its cells'
  printed lines joined by a space, placed where the table stands among the body lines; the words
  inside it are not body text. A table that opens a page continues the one that closed the
  previous page when both have as many columns: it keeps that table's id, and the header rows
  Word repeats on every page are dropped, so the rows read as the Word file's table would.
  Layout tables (header and signature blocks, frames) stay body text.

Pages without a usable text layer go to OCR (`page_needs_ocr`).
"""

from __future__ import annotations

import bisect
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

import pdfplumber
import regex
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extract.read.model import RawDocument, RawLine, RawPage, superscript
from extract.read.ocr import ocr_pages, text_layer_is_garbage
from extract.read.pdf_tables import Box, Grid, find_grids, is_layout

_SPACE_GAP = 0.15  # a gap wider than this share of the font size between glyphs is a space
_COLUMN_GAP = 1.5  # an empty gap wider than this many ems splits a line into columns
_LINE_OVERLAP = 0.5  # share of the smaller height two glyphs of one line overlap by
_RECENT_LINES = 3  # a glyph is matched against this many most recent lines
_SPACE_SIZE = 1.5  # a space glyph larger than this many times its line's type is layout filler
_SMALL = 0.8  # a glyph at most this share of its line's size is small (marker, label)
_RAISED = 0.2  # ... and raised when its bottom is this share of the size above the baseline
_FOOTNOTE_TYPE = 0.9  # footnote lines are set below this share of the body size
_RULE_THICKNESS = 2.0  # points: thicker is a box, not a rule
_RULE_MIN_WIDTH = 30.0
_PARAGRAPH_GAP = 1.25  # a line pitch this many times the usual starts a paragraph
_INDENT = 1.0  # ems of first-line indent that start a paragraph
_FULL = 1.0  # ems from the right margin within which a line counts as full
_MARGIN_BAND = 0.08  # share of the page height at top and bottom where running heads live
_REPEATED_SHARE = 0.5  # a margin line on at least this share of pages (and 3) is decoration
_SCAN_IMAGE_SHARE = 0.3  # images covering this share of a page make it a scan
_MAX_UNMAPPED_SHARE = 0.3  # a text layer with more unmapped glyphs than this is a broken font map

_PAGE_NUMBER = regex.compile(r"^(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?$", regex.I)
_UNDERSCORES = regex.compile(r"^_{5,}$")
_PAREN_LABEL = regex.compile(r"^\(\s*(\d{1,3})\s*\)\s*")
_SENTENCE_END = regex.compile(r"[.:;!?…]\)?$")
_DIGITS = regex.compile(r"\d+")
_UNMAPPED = regex.compile(r"\(cid:\d+\)|[\p{Co}\ufffd]")


_Rule = tuple[float, float, float]  # a horizontal rule: x0, x1, y


@dataclass
class _Glyph:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class _Segment:
    """A printed line, or one column of it, with its text already assembled."""

    text: str
    label: Optional[str]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    split: bool = False  # one of several columns of a printed line


@dataclass
class _Table:
    """A data table of a page: its box and its rows as (top, cell texts), empty rows left out."""

    bbox: Box
    rows: list[tuple[float, list[str]]]

    @property
    def top(self) -> float:
        return self.bbox[1]


@dataclass
class _Page:
    number: int
    width: float
    height: float
    glyphs: list[_Glyph]
    rules: list[_Rule]
    image_share: float
    grids: list[Grid] = field(default_factory=list)
    segments: list[_Segment] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)


def read_pdf(path: Path) -> RawDocument:
    """The pages of printed lines of a PDF; pages without a usable text layer are OCR'd."""
    pages = _load(path)
    body_size = _dominant_size(pages)
    scanned = [p.number for p in pages if page_needs_ocr("".join(g.text for g in p.glyphs), p.image_share)]
    for page in pages:
        if page.number not in scanned:
            page.tables, body = _tables(page)
            page.segments = _segments(body)
    raw_pages = _raw_pages(pages, scanned, body_size)
    _drop_repeated_margins(raw_pages)
    _link_tables(raw_pages)
    for number, page in ocr_pages(path, scanned).items():
        raw_pages[number - 1] = page
    return RawDocument(pages=raw_pages, format="pdf")


def page_needs_ocr(text: str, image_share: float) -> bool:
    """Whether a page's text layer is unusable, so that the page must be OCR'd.

    A page covered by an image (a scan) needs OCR unless its text layer reads as words (a scan
    that was OCR'd before). A page without such an image keeps its text layer, however few
    letters it has (a table of figures), unless that layer is mostly unmapped glyphs.
    """
    unmapped = len(_UNMAPPED.findall(text))
    printed = len(_UNMAPPED.sub("x", text)) - sum(1 for c in text if c.isspace())
    if printed and unmapped > _MAX_UNMAPPED_SHARE * printed:
        return True
    return image_share >= _SCAN_IMAGE_SHARE and text_layer_is_garbage(text)


def _load(path: Path) -> list[_Page]:
    """Glyphs, rules and image coverage of every page.

    A malformed PDF can fail anywhere inside pdfminer, so any failure while parsing becomes one
    ValueError with a one-line reason (the pipeline reports it and goes on with other files).
    """
    try:
        with pdfplumber.open(path) as pdf:
            return [_page_data(page) for page in pdf.pages]
    except Exception as error:  # noqa: BLE001 - see docstring
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        if isinstance(cause, PDFPasswordIncorrect) or "encrypt" in str(cause).lower():
            raise ValueError(f"encrypted PDF {path.name}: a password is required to read it") from error
        reason = " ".join(f"{type(cause).__name__} {cause}".split())
        raise ValueError(f"unreadable PDF {path.name}: {reason}") from error


def _page_data(page: Any) -> _Page:
    glyphs = [
        _Glyph(c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"], "bold" in c["fontname"].lower())
        for c in page.chars
        if c.get("upright", True) and c["size"] > 0
    ]
    area = float(page.width * page.height) or 1.0
    images = sum(max(0.0, i["x1"] - i["x0"]) * max(0.0, i["bottom"] - i["top"]) for i in page.images)
    data = _Page(page.page_number, float(page.width), float(page.height), glyphs, _rules(page), min(1.0, images / area))
    data.grids = find_grids(page)
    page.close()
    return data


def _is_dark(color: Any) -> bool:
    if color is None:
        return True
    values = list(color) if isinstance(color, (list, tuple)) else [color]
    if not all(isinstance(v, (int, float)) for v in values):
        return True
    if len(values) == 4:  # CMYK: dark when black ink is high
        return values[3] > 0.5 or min(values[:3]) > 0.5
    return max(values, default=0.0) < 0.5


def _rules(page: Any) -> list[_Rule]:
    """Thin dark horizontal lines and rectangles, as (x0, x1, y)."""
    found = []
    for obj in page.lines + page.rects:
        thin = obj["bottom"] - obj["top"] <= _RULE_THICKNESS
        color = obj.get("non_stroking_color") if obj.get("fill") else obj.get("stroking_color")
        if thin and obj["x1"] - obj["x0"] >= _RULE_MIN_WIDTH and _is_dark(color):
            found.append((obj["x0"], obj["x1"], (obj["top"] + obj["bottom"]) / 2))
    return found


def _dominant_size(pages: list[_Page]) -> float:
    """The body type size: the size most printed characters of the document have."""
    sizes = Counter(round(g.size * 2) / 2 for p in pages for g in p.glyphs if g.text.strip())
    return sizes.most_common(1)[0][0] if sizes else 0.0


# --- lines -------------------------------------------------------------------------------------


def _cluster(glyphs: list[_Glyph]) -> list[list[_Glyph]]:
    """Glyphs grouped into printed lines.

    A line's band is the vertical extent of its largest glyph. A printed glyph joins the recent
    line whose band it overlaps most, by at least half of the smaller height (a raised marker
    stays with its line, staggered table cells do not chain into one line). A space glyph joins
    the line whose band holds its middle, unless it is much larger than that line's type (Word
    leaves oversized spaces around signature blocks).
    """
    lines: list[list[_Glyph]] = []
    bands: list[_Glyph] = []  # the largest glyph of each line
    for glyph in sorted((g for g in glyphs if g.text.strip()), key=lambda g: g.top):
        best, best_overlap = -1, _LINE_OVERLAP
        for i in range(max(0, len(lines) - _RECENT_LINES), len(lines)):
            overlap = _overlap(bands[i], glyph)
            if overlap >= best_overlap:
                best, best_overlap = i, overlap
        if best < 0:
            lines.append([glyph])
            bands.append(glyph)
            continue
        lines[best].append(glyph)
        if glyph.size > bands[best].size:
            bands[best] = glyph
    order = sorted(range(len(lines)), key=lambda i: bands[i].top)
    tops = [bands[i].top for i in order]
    for glyph in glyphs:
        if glyph.text.strip():
            continue
        middle = (glyph.top + glyph.bottom) / 2
        k = bisect.bisect_right(tops, middle) - 1
        if k >= 0:
            band = bands[order[k]]
            if middle <= band.bottom and glyph.size <= _SPACE_SIZE * band.size:
                lines[order[k]].append(glyph)
    return lines


def _overlap(band: _Glyph, glyph: _Glyph) -> float:
    """Vertical overlap of two glyphs as a share of the smaller height."""
    shared = min(band.bottom, glyph.bottom) - max(band.top, glyph.top)
    return shared / max(0.1, min(band.bottom - band.top, glyph.bottom - glyph.top))


def _segments(glyphs: list[_Glyph]) -> list[_Segment]:
    """The printed lines of `glyphs`, split into columns, with their text assembled."""
    segments = []
    for line in _cluster(glyphs):
        printed = [g for g in line if g.text.strip()]
        size = Counter(round(g.size, 1) for g in printed).most_common(1)[0][0]
        baseline = statistics.median(g.bottom for g in printed if g.size >= _SMALL * size)
        columns = _columns(sorted(line, key=lambda g: g.x0), size)
        for column in columns:
            segment = _assemble(column, size, baseline)
            if segment is not None:
                segment.split = len(columns) > 1
                segments.append(segment)
    return segments


def _columns(glyphs: list[_Glyph], size: float) -> list[list[_Glyph]]:
    """A line cut where an empty gap (no glyph, not even a space) is wider than a few ems."""
    columns: list[list[_Glyph]] = [[]]
    right: Optional[float] = None
    for glyph in glyphs:
        if right is not None and glyph.x0 - right > _COLUMN_GAP * size and any(g.text.strip() for g in columns[-1]):
            columns.append([])
        columns[-1].append(glyph)
        right = glyph.x1 if right is None else max(right, glyph.x1)
    return columns


def _assemble(glyphs: list[_Glyph], size: float, baseline: float) -> Optional[_Segment]:
    """The text of one line or column: spaces from space glyphs and gaps, raised digits as markers."""
    parts: list[str] = []
    label = ""
    space = False
    right: Optional[float] = None
    printed: list[_Glyph] = []
    for glyph in glyphs:
        if not glyph.text.strip():
            # a space that starts inside the previous letter is filler, not a word break
            space = space or right is None or glyph.x0 >= right - _SPACE_GAP * glyph.size
            continue
        if right is not None and glyph.x0 - right > _SPACE_GAP * glyph.size:
            space = True
        right = glyph.x1
        raised = glyph.size <= _SMALL * size and glyph.bottom < baseline - _RAISED * size
        if raised and glyph.text.isdigit():
            if parts:
                parts.append(superscript(glyph.text))  # a marker sticks to the word before it
            else:
                label += glyph.text
        else:
            if space and parts:
                parts.append(" ")
            parts.append(glyph.text)
            printed.append(glyph)
        space = False
    if not printed:
        return None
    return _Segment(
        text="".join(parts),
        label=label or None,
        x0=printed[0].x0,
        x1=printed[-1].x1,
        top=min(g.top for g in printed),
        bottom=max(g.bottom for g in printed),
        size=size,
        bold=sum(g.bold for g in printed) * 2 > len(printed),
    )


def _labelled(segment: _Segment) -> str:
    """A segment's text with the raised digits that opened it (a label) in front, as superscript."""
    return (superscript(segment.label) if segment.label else "") + segment.text


# --- tables ------------------------------------------------------------------------------------


def _tables(page: _Page) -> tuple[list[_Table], list[_Glyph]]:
    """The page's data tables, and the glyphs left for body lines (those outside every data table)."""
    tables = []
    inside: set[int] = set()
    for grid in page.grids:
        glyphs = [g for g in page.glyphs if _centre_in(g, grid.bbox)]
        rows = [row for row in (_row(glyphs, boxes) for boxes in grid.rows) if any(row[1])]
        if not rows or is_layout([cells for _, cells in rows]):
            continue
        tables.append(_Table(grid.bbox, rows))
        inside.update(id(g) for g in glyphs)
    return tables, [g for g in page.glyphs if id(g) not in inside]


def _centre_in(glyph: _Glyph, box: Box) -> bool:
    x, y = (glyph.x0 + glyph.x1) / 2, (glyph.top + glyph.bottom) / 2
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _row(glyphs: list[_Glyph], boxes: list[Optional[Box]]) -> tuple[float, list[str]]:
    """(top, cell texts) of a table row whose cells are `boxes`, from the table's glyphs."""
    top = min(box[1] for box in boxes if box is not None)
    bottom = max(box[3] for box in boxes if box is not None)
    in_row = [g for g in glyphs if top <= (g.top + g.bottom) / 2 < bottom]
    return top, [_cell_text(in_row, box) for box in boxes]


def _cell_text(glyphs: list[_Glyph], box: Optional[Box]) -> str:
    """A cell's printed lines joined by a space ("" where a merged cell covers the position)."""
    if box is None:
        return ""
    return " ".join(_labelled(segment) for segment in _segments([g for g in glyphs if _centre_in(g, box)]))


def _table_lines(table: _Table, table_id: int) -> list[RawLine]:
    return [
        RawLine(
            text=" | ".join(cells),
            kind="table",
            new_paragraph=True,
            cells=cells,
            table_id=table_id,
            x0=round(table.bbox[0], 2),
            top=round(top, 2),
        )
        for top, cells in table.rows
    ]


def _link_tables(pages: list[RawPage]) -> None:
    """Number the tables 1, 2, ... in reading order, joining a table split by a page break.

    The reader numbers each table apart. A table that opens a page (only footnotes before it)
    continues the table that closed the previous page (only footnotes after it) when both have as
    many columns; its leading rows that repeat the table's first rows (Word's repeated header rows)
    are dropped.
    """
    number = 0
    headers: dict[int, list[list[str]]] = {}  # running number -> cells of the table's first rows
    closing: Optional[RawLine] = None  # the row that closed the previous page, if a table's
    for page in pages:
        groups: dict[Optional[int], list[RawLine]] = {}
        for line in page.lines:
            if line.kind == "table":
                groups.setdefault(line.table_id, []).append(line)
        content = [line for line in page.lines if line.kind != "footnote"]
        repeated: set[int] = set()
        for rows in groups.values():
            if rows[0] is content[0] and closing is not None and len(closing.cells or []) == len(rows[0].cells or []):
                table_id = closing.table_id or 0
                repeated.update(id(row) for row in _repeated_header(rows, headers[table_id]))
            else:
                number += 1
                table_id = number
                headers[table_id] = [row.cells or [] for row in rows]
            for row in rows:
                row.table_id = table_id
        page.lines = [line for line in page.lines if id(line) not in repeated]
        content = [line for line in page.lines if line.kind != "footnote"]
        if content:
            closing = content[-1] if content[-1].kind == "table" else None


def _repeated_header(rows: list[RawLine], header: list[list[str]]) -> list[RawLine]:
    """The leading `rows` equal, one for one, to the table's first rows."""
    repeated = []
    for row, first in zip(rows, header):
        if row.cells != first:
            break
        repeated.append(row)
    return repeated


# --- page layout -------------------------------------------------------------------------------


def _is_page_number(segment: _Segment, segments: list[_Segment], height: float) -> bool:
    """A lone number above or below everything else, in the top or bottom band of the page."""
    if not _PAGE_NUMBER.match(segment.text.strip()):
        return False
    first = segment.top <= min(s.top for s in segments)
    last = segment.bottom >= max(s.bottom for s in segments)
    return (first and segment.bottom < 0.15 * height) or (last and segment.top > 0.85 * height)


def _footnote_top(segments: list[_Segment], rules: list[_Rule], body_size: float) -> Optional[float]:
    """Where the footnote zone starts: the first isolated rule with only smaller type below it.

    Smaller than the body type of the document and of the text above the rule on this page (a
    page can hold more footnote text than body text).
    """
    ys = [y for _, _, y in rules if sum(1 for _, _, other in rules if abs(other - y) < 1.0) == 1]
    ys += [(s.top + s.bottom) / 2 for s in segments if _UNDERSCORES.match(s.text)]
    for y in sorted(ys):
        below = [s for s in segments if s.top > y and not _UNDERSCORES.match(s.text)]
        above: Counter[float] = Counter()
        for s in segments:
            if s.bottom < y:
                above[s.size] += len(s.text)
        reference = max(body_size, above.most_common(1)[0][0]) if above else body_size
        if below and all(s.size < _FOOTNOTE_TYPE * reference for s in below):
            return y
    return None


@dataclass
class _Margins:
    """Where body lines usually start and end, and their usual pitch, over the whole document."""

    left: float
    right: float
    pitch: float


def _margins(pages: list[_Page], body_size: float) -> _Margins:
    body = [s for p in pages for s in p.segments if abs(s.size - body_size) < 0.5 and not s.split]
    if not body:
        return _Margins(0.0, 0.0, 0.0)
    # most lines start at the left margin and (justified) end at the right one
    left = _quantile([s.x0 for s in body], 0.1)
    right = _quantile([s.x1 for s in body], 0.9)
    steps = [
        round(b.top - a.top, 1)
        for p in pages
        for a, b in zip(p.segments, p.segments[1:])
        if abs(a.size - body_size) < 0.5 and abs(b.size - body_size) < 0.5 and b.top > a.bottom
    ]
    pitch = Counter(steps).most_common(1)[0][0] if steps else 0.0
    return _Margins(float(left), float(right), float(pitch))


def _quantile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def _new_paragraph(
    segment: _Segment, previous: Optional[_Segment], same_page: bool, margins: _Margins
) -> Optional[bool]:
    """True / False when the layout tells whether `segment` starts a paragraph, else None."""
    em = segment.size
    if segment.split or previous is None:
        return True if segment.split else None
    if same_page and margins.pitch and segment.top - previous.top > _PARAGRAPH_GAP * margins.pitch:
        return True
    indent = segment.x0 - margins.left
    centred = abs(indent - (margins.right - segment.x1)) < em
    if indent >= _INDENT * em and not centred:
        return True
    full = previous.x1 >= margins.right - _FULL * em and not previous.split
    same_style = previous.bold == segment.bold  # a bold heading is not continued by plain text
    if abs(indent) < 0.5 * em and full and same_style and not _SENTENCE_END.search(previous.text):
        return False
    return None


def _raw_pages(pages: list[_Page], scanned: list[int], body_size: float) -> list[RawPage]:
    """Body and footnote lines and table rows of every page, in reading order (tables numbered apart)."""
    margins = _margins(pages, body_size)
    raw_pages = []
    previous: Optional[_Segment] = None  # last body line, carried across pages
    tables = 0
    for page in pages:
        raw = RawPage(number=page.number, width=page.width, height=page.height)
        raw_pages.append(raw)
        if page.number in scanned:
            continue
        segments = [s for s in page.segments if not _is_page_number(s, page.segments, page.height)]
        rules = [rule for rule in page.rules if not any(_rule_in(rule, table.bbox) for table in page.tables)]
        zone = _footnote_top(segments, rules, body_size)
        same_page = False
        for item in _in_reading_order(segments, page.tables):
            if isinstance(item, _Table):
                tables += 1
                raw.lines.extend(_table_lines(item, tables))
                previous = None  # what follows a table starts afresh
                continue
            segment = item
            if zone is not None and segment.top <= zone <= segment.bottom and _UNDERSCORES.match(segment.text):
                continue  # the rule itself, typed as underscores
            if zone is not None and segment.top > zone:
                raw.lines.append(_footnote_line(segment))
                continue
            hint = _new_paragraph(segment, previous, same_page, margins)
            raw.lines.append(_raw_line(segment, _labelled(segment), "body", hint))
            previous, same_page = segment, True
    return raw_pages


def _in_reading_order(segments: list[_Segment], tables: list[_Table]) -> list[Union[_Segment, _Table]]:
    """The body lines in their order, each table placed before the first line below its top."""
    items: list[Union[_Segment, _Table]] = []
    pending = sorted(tables, key=lambda table: table.top)
    for segment in segments:
        while pending and pending[0].top < segment.top:
            items.append(pending.pop(0))
        items.append(segment)
    return items + pending


def _rule_in(rule: _Rule, box: Box) -> bool:
    """Whether a horizontal rule is one of a table's borders (it lies within the table's box)."""
    x0, x1, y = rule
    return box[1] - 1 <= y <= box[3] + 1 and x0 >= box[0] - 1 and x1 <= box[2] + 1


def _footnote_line(segment: _Segment) -> RawLine:
    """A footnote-zone line: a raised or parenthesised label at its start opens a footnote."""
    label, text = segment.label, segment.text
    match = _PAREN_LABEL.match(text) if label is None else None
    if match:
        label, text = match.group(1), text[match.end() :]
    line = _raw_line(segment, text, "footnote", None)
    line.footnote_label = label
    return line


def _raw_line(segment: _Segment, text: str, kind: str, hint: Optional[bool]) -> RawLine:
    return RawLine(
        text=text,
        kind=kind,  # type: ignore[arg-type]
        new_paragraph=hint,
        font_size=segment.size,
        x0=round(segment.x0, 2),
        top=round(segment.top, 2),
        bold=segment.bold,
    )


def _drop_repeated_margins(pages: list[RawPage]) -> None:
    """Remove running heads and footers: the same margin-band line (digits aside) on many pages."""

    def in_band(line: RawLine, page: RawPage) -> bool:
        return line.top is not None and bool(page.height) and (
            line.top < _MARGIN_BAND * page.height or line.top > (1 - _MARGIN_BAND) * page.height
        )

    def key(line: RawLine) -> str:
        return _DIGITS.sub("#", line.text.strip())

    counts = Counter(
        k for page in pages for k in {key(line) for line in page.lines if line.kind == "body" and in_band(line, page)}
    )
    threshold = max(3, _REPEATED_SHARE * len(pages))
    repeated = {k for k, n in counts.items() if n >= threshold}
    if repeated:
        for page in pages:
            page.lines = [l for l in page.lines if not (l.kind == "body" and in_band(l, page) and key(l) in repeated)]
