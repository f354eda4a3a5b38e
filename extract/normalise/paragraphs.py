"""Joining printed lines into paragraphs: soft line breaks, line-end hyphens, page breaks.

A reader gives lines; where its layout cannot tell whether a line starts a paragraph
(`RawLine.new_paragraph is None`), the words decide: a list marker or heading number starts one,
so does a line after a sentence end followed by a capital, or after a short line. A body sentence
interrupted by a footnote block or a page break is joined again, because footnote lines are
collected apart from the body lines they interrupt.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

import regex

from extract.normalise.symbols import fix_symbol_spacing
from extract.read.model import LineKind, RawPage
from extract.vi.sentences import ends_sentence

_SPACES = regex.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_LIST_START = regex.compile(
    r"^(?:[-+•*–—]\s|[-+•–]\p{Lu}|(?:\d{1,2}\.){1,3}\s*\p{Lu}|\d{1,2}\)\s|[IVXLC]{1,6}\.\s|[a-zđ]\)\s|\(\d{1,2}\)\s)"
)
_UPPER_START = regex.compile(r"^[\"“(]?\p{Lu}")
_SHORT_LINE_RATIO = 0.72
_HEADING_LINE_RATIO = 0.84
_HEADING_NUMBER = regex.compile(r"^(?:\d{1,2}\.(?:\d{1,2}\.)*|[IVXLC]{1,6}\.)\s")


@dataclass
class Piece:
    """A stretch of one paragraph that came from one page: its lines gathered, joined once when read (joining
    at every line would copy a long paragraph once per line)."""

    parts: list[str]
    page: int

    @property
    def text(self) -> str:
        return "".join(self.parts)


@dataclass
class JoinedParagraph:
    kind: LineKind
    pieces: list[Piece] = field(default_factory=list)
    footnote_label: Optional[str] = None
    cells: Optional[list[str]] = None
    table_id: Optional[int] = None
    sheet: Optional[str] = None  # a spreadsheet's row: its sheet and each cell's address
    cell_refs: Optional[list[str]] = None

    @property
    def text(self) -> str:
        return "".join(piece.text for piece in self.pieces)

    def opening(self, size: int = 40) -> str:
        """The first `size` characters (or fewer): all a new line's judgement needs of the paragraph's start."""
        text = ""
        for part in (part for piece in self.pieces for part in piece.parts):
            text += part
            if len(text) >= size:
                break
        return text[:size]


def clean_line(text: str) -> str:
    """One line with its white space folded and document-number spacing repaired."""
    return fix_symbol_spacing(_SPACES.sub(" ", text).strip())


def _typical_width(pages: Iterable[RawPage]) -> float:
    widths = sorted(len(line.text.strip()) for page in pages for line in page.lines if line.kind == "body")
    long_lines = widths[len(widths) // 2 :]
    return statistics.median(long_lines) if long_lines else 0.0


def starts_paragraph(opening: str, last_line: str, line: str, typical_width: float) -> bool:
    """Whether `line` begins a new paragraph after the one that opens with `opening` and ends with `last_line`.

    Judged by the words alone: a list marker; a sentence end before a capital; a change between
    upper-case heading lines and ordinary ones; a short last line before a capital (a justified
    paragraph fills its lines, its last line does not); a numbered heading, which ends without a
    full stop, whose last line falls short of the width before a capital.
    """
    if not opening:
        return True
    if _LIST_START.match(line):
        return True
    capital = _UPPER_START.match(line) is not None
    if ends_sentence(last_line) and capital:
        return True
    if last_line.isupper() != line.isupper() and any(c.isalpha() for c in line) and line[:1].isupper():
        return True
    if typical_width <= 0 or not capital:
        return False
    if len(last_line) < _SHORT_LINE_RATIO * typical_width:
        return True
    return _HEADING_NUMBER.match(opening) is not None and len(last_line) < _HEADING_LINE_RATIO * typical_width


def _glue(previous: str, line: str) -> str:
    """What goes between a paragraph so far and the next line of it."""
    if previous.endswith(("-", "/")) and not previous.endswith((" -", " /")):
        return ""
    return " "


def join_lines(pages: list[RawPage]) -> Iterator[JoinedParagraph]:
    """Paragraphs of body, tables and footnotes, in reading order; footnotes after the body."""
    typical = _typical_width(pages)
    footnotes: list[JoinedParagraph] = []
    body: Optional[JoinedParagraph] = None
    last_line = ""
    for page in pages:
        for line in page.lines:
            text = clean_line(line.text)
            if line.kind == "table":
                if body is not None:
                    yield body
                    body = None
                cells = [clean_line(cell) for cell in (line.cells or [text])]
                yield JoinedParagraph("table", [Piece([" | ".join(cells)], page.number)], cells=cells, table_id=line.table_id,
                                      sheet=line.sheet, cell_refs=line.cell_refs)
                continue
            if not text:
                continue
            if line.kind == "footnote":
                if line.footnote_label is not None or not footnotes:
                    footnotes.append(JoinedParagraph("footnote", footnote_label=line.footnote_label or "?"))
                _append(footnotes[-1], text, page.number, new=False)
                continue
            new = line.new_paragraph if line.new_paragraph is not None else (
                body is None or starts_paragraph(body.opening(), last_line, text, typical)
            )
            if body is None or new:
                if body is not None:
                    yield body
                body = JoinedParagraph("body")
                if line.cell_refs and line.cells is not None:  # a spreadsheet's row outside its table
                    body.sheet, body.cell_refs = line.sheet, line.cell_refs
                    body.cells = [clean_line(cell) for cell in line.cells]
                new = True
            _append(body, text, page.number, new=new)
            last_line = text
    if body is not None:
        yield body
    yield from footnotes


def _append(paragraph: JoinedParagraph, text: str, page: int, new: bool) -> None:
    glue = "" if new or not paragraph.pieces else _glue(paragraph.pieces[-1].parts[-1], text)
    if paragraph.pieces and paragraph.pieces[-1].page == page:
        paragraph.pieces[-1].parts.append(glue + text)
    else:
        paragraph.pieces.append(Piece([glue + text], page))
