"""Plain-text reader: .txt files, including the text of a PDF exported one printed line per line.

A PDF export keeps the page layout as text: one line per printed line with a blank line between
lines ("double spaced"), footnotes written where the page bottom was (after a line of spaces, the
footnote rule), pages run together (a page's first line starts with a space and follows the
previous line without the blank separator). This reader recovers that structure by general rules:

- footnote zone: after a rule line (spaces or underscores only) followed by a label line `(1) ...`;
  a label line starts a footnote, other lines continue it;
- the zone ends where a line fits the body width (footnotes are set in smaller type, so their
  lines hold more characters), the previous footnote line closed an item (`;`, `.`) and either the
  line starts a page or the previous footnote line was a short, last line;
- body markers `tỉnh(1)`, `năm 2024 (2)` whose label has a footnote become superscript digits
  attached to the word before them;
- a page's first line continues the body line before the page break (or before the footnote
  block) when that line was full and ended without a sentence end.

Form feeds split pages; otherwise the whole file is one page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import regex

from extract.read.model import RawDocument, RawLine, RawPage
from extract.vi.legacy import decode_bytes
from extract.vi.sentences import ends_sentence
from extract.vi.superscripts import superscript

_LABEL = regex.compile(r"^\s*\(\s*(\d{1,3})\s*\)\s*")
_RULE = regex.compile(r"^(?:[ \t\u00a0]{10,}|\s*_{5,}\s*)$")
_ITEM_END = regex.compile(r"[.;:!?…]\)?\s*$")
# `tỉnh(1)` attached to a word, or `năm 2024 (2)` detached but closing a clause.
_MARKER = regex.compile(
    r"(?<=[\p{L}\p{N}])\(\s*(\d{1,3})\s*\)|(?<=[\p{L}\p{N}]) \(\s*(\d{1,3})\s*\)(?=\s*[.,;:]|\s*$)"
)

_DOUBLE_SPACED_SHARE = 0.8  # share of text lines followed by a blank line in a PDF text export
_BODY_WIDTH_QUANTILE = 0.9  # body width: a high quantile of body line lengths (characters)
_FITS_BODY = 1.1  # a line at most this times the body width may be a body line
_FOOTNOTE_WIDTH = 1.3  # footnote lines hold at least this times the body width's characters
_SHORT_FOOTNOTE_LINE = 0.85  # a footnote line shorter than this share of the zone width ends an item
_FULL_LINE = 0.85  # a body line at least this share of the body width was wrapped, not ended
_PARAGRAPH_PER_LINE = 150  # median line length above which each line is a whole paragraph


@dataclass
class _Printed:
    """One printed line with what the text layout says around it."""

    text: str
    page: int
    page_start: bool = False
    gap_before: bool = False
    rule_before: bool = False


def read_text(path: Path) -> RawDocument:
    """The pages of lines of a .txt file (UTF-8, or a legacy 8-bit encoding)."""
    text = _decode(path.read_bytes()).replace("\r\n", "\n").replace("\r", "\n")
    page_texts = text.split("\f")
    lines = _classify(_printed_lines(page_texts))
    pages = [RawPage(number=n) for n in range(1, len(page_texts) + 1)]
    for page, line in lines:
        pages[page - 1].lines.append(line)
    return RawDocument(pages=pages, format="txt")


def _decode(data: bytes) -> str:
    """UTF-16 with its byte-order mark (Windows Notepad's "Unicode"), UTF-8, else a legacy 8-bit file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_bytes(data)


def _is_double_spaced(page_texts: list[str]) -> bool:
    """Whether nearly every text line is followed by an empty line, as in a PDF text export."""
    raw = [line for page in page_texts for line in page.split("\n")]
    followed = [raw[i + 1] == "" for i in range(len(raw) - 1) if raw[i].strip()]
    return len(followed) >= 4 and sum(followed) >= _DOUBLE_SPACED_SHARE * len(followed)


def _printed_lines(page_texts: list[str]) -> list[_Printed]:
    """Text lines with page starts, vertical gaps and footnote rules resolved from the layout."""
    double = _is_double_spaced(page_texts)
    printed: list[_Printed] = []
    for number, page_text in enumerate(page_texts, start=1):
        gap = rule = False
        page_start = True
        previous_raw = ""
        for raw in page_text.split("\n"):
            if raw == "" and double:
                previous_raw = raw
                continue
            if not raw.strip() or _RULE.match(raw):
                if _RULE.match(raw):
                    rule = True
                else:
                    gap = True
                    # a printed empty line that opens a page still marks the page start
                    page_start = page_start or (double and previous_raw != "")
                previous_raw = raw
                continue
            starts_page = page_start or (double and previous_raw.strip() != "" and raw[:1].isspace())
            printed.append(_Printed(raw.strip(), number, starts_page, gap, rule))
            gap = rule = page_start = False
            previous_raw = raw
    return printed


def _body_width(lines: list[_Printed]) -> float:
    """Characters in a full body line: measured on the lines before the first footnote rule."""
    first_rule = next((i for i, line in enumerate(lines) if line.rule_before), len(lines))
    sample = lines[:first_rule] if first_rule >= 5 else lines
    lengths = sorted(len(line.text) for line in sample)
    return float(lengths[int(_BODY_WIDTH_QUANTILE * (len(lengths) - 1))]) if lengths else 0.0


def _classify(lines: list[_Printed]) -> list[tuple[int, RawLine]]:
    """Body and footnote RawLines (with their page numbers), markers rewritten as superscripts."""
    body_width = _body_width(lines)
    per_line = _paragraph_per_line(lines)
    out: list[tuple[int, RawLine]] = []
    in_zone = False
    zone_width = 0
    footnote_open = False
    previous_body: Optional[str] = None
    previous_zone = ""
    for line in lines:
        label = _LABEL.match(line.text)
        if line.rule_before and (label or footnote_open):
            in_zone, zone_width = True, 0
        if in_zone and not label and _resumes_body(previous_zone, line, body_width, zone_width):
            in_zone = False
            line.page_start = True  # the footnotes ended the page: the body goes on on the next one
        if in_zone:
            zone_width = max(zone_width, len(line.text))
            previous_zone = line.text
            footnote_open = footnote_open or label is not None
            text, number = (line.text[label.end() :], label.group(1)) if label else (line.text, None)
            out.append((line.page, RawLine(text, kind="footnote", footnote_label=number)))
            continue
        new = True if per_line else _new_paragraph(line, previous_body, body_width)
        out.append((line.page, RawLine(line.text, new_paragraph=new)))
        previous_body = line.text
    labels = {line.footnote_label for _, line in out if line.footnote_label}
    for _, line in out:
        if line.kind == "body" and labels:
            line.text = _rewrite_markers(line.text, labels)
    return out


def _paragraph_per_line(lines: list[_Printed]) -> bool:
    """Whether each line is a whole paragraph: no layout marks, lines longer than any printed line."""
    lengths = sorted(len(line.text) for line in lines)
    marked = any(line.gap_before or line.page_start for line in lines[1:])
    return not marked and bool(lengths) and lengths[len(lengths) // 2] > _PARAGRAPH_PER_LINE


def _resumes_body(previous: str, line: _Printed, body_width: float, zone_width: int) -> bool:
    """Whether `line`, met inside a footnote zone, is the body text of the next page."""
    if len(line.text) > _FITS_BODY * body_width or not _ITEM_END.search(previous):
        return False
    full = max(zone_width, _FOOTNOTE_WIDTH * body_width)
    return line.page_start or line.gap_before or len(previous) < _SHORT_FOOTNOTE_LINE * full


def _new_paragraph(line: _Printed, previous_body: Optional[str], body_width: float) -> Optional[bool]:
    """True after a printed empty line; False for a page's first line continuing a wrapped line."""
    if line.gap_before:
        return True
    if line.page_start and previous_body is not None:
        wrapped = len(previous_body) >= _FULL_LINE * body_width and not ends_sentence(previous_body)
        if wrapped:
            return False
    return None


def _rewrite_markers(text: str, labels: set[str]) -> str:
    """`tỉnh(1)` / `năm 2024 (2)` → `tỉnh¹` / `năm 2024²` for labels that have a footnote."""

    def replace(match: regex.Match) -> str:
        label = match.group(1) or match.group(2)
        return superscript(label) if label in labels else match.group()

    return _MARKER.sub(replace, text)
