"""Word .docx reader: body in document order, tables, footnotes, headers, pages → RawDocument.

The XML parts are read directly (python-docx exposes neither footnotes, nor rendered page
breaks, nor text boxes, and repeats merged cells), in the order Word shows them:
- the real text of section headers (not page numbers or decoration, not a copy of a body line)
  once, at the top of page 1;
- the body: each paragraph one line; data tables one line per row; layout tables (header and
  closing blocks) flattened to lines column by column (rule in docx_tables);
- footnotes as lines of kind "footnote" after the body lines of the page of their reference,
  endnotes at the end of the last page; their markers stand in the body as superscript labels;
- the real text of footers, likewise, once at the end of the last page.
Pages are approximate (docx_pages): Word stores none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

import regex
from lxml import etree

from extract.read.docx_notes import NoteKey, note_bodies, note_labels, strip_self_mark
from extract.read.docx_numbering import Numbering
from extract.read.docx_package import DocxError, DocxPackage, W, open_package
from extract.read.docx_pages import paginate
from extract.read.docx_styles import StyleSheet
from extract.read.docx_walk import Item, NoteRef, Walker
from extract.read.model import RawDocument, RawLine, RawPage

__all__ = ["read_docx", "DocxError"]

_PAGE_WORDS = regex.compile(r"(?i)\b(?:trang|page|of|tờ)\b|[^\p{L}]+")


def read_docx(path: Path, source_pages: Optional[int] = None) -> RawDocument:
    """The page-aware document of the .docx at `path`; DocxError (a ValueError) when unreadable.

    source_pages: the page count of the file the .docx was converted from (extract.read.office_pages), used
    when the .docx itself declares none."""
    package = open_package(Path(path))
    body = package.document.find(W + "body")
    if body is None:
        raise DocxError("not a Word document: word/document.xml has no body")
    labels = note_labels(body)
    walker = Walker(StyleSheet(package.styles), package.styles, labels, _section_types(body), Numbering(package.numbering))
    items = walker.part(body)
    notes = _note_lines(walker, package, labels)
    placed = paginate(items, package.declared_pages or source_pages, {key: sum(len(line.text) for line in lines) for key, lines in notes.items()})
    printed = {_folded(item.text) for _, item in placed if isinstance(item, RawLine)}
    header, footer = (
        [line for line in _running_text(walker, parts) if _folded(line.text) not in printed]
        for parts in (package.headers, package.footers)
    )
    encoding = walker.legacy.most_common(1)[0][0] if walker.legacy else None
    return RawDocument(pages=_pages(placed, notes, header, footer), format="docx", legacy_encoding=encoding)


def _pages(placed: list[tuple[int, Item]], notes: dict[NoteKey, list[RawLine]], header: list[RawLine],
           footer: list[RawLine]) -> list[RawPage]:
    """Lines on their pages: header first; each page's footnotes after its body; endnotes, footer last."""
    pages = [RawPage(number=n) for n in range(1, max((page for page, _ in placed), default=1) + 1)]
    pages[0].lines.extend(header)
    endnotes: list[RawLine] = []
    page_notes: dict[int, list[RawLine]] = {}
    for page, item in placed:
        if isinstance(item, NoteRef):
            lines = notes.pop(item.key, [])
            (endnotes if item.key[0] == "endnote" else page_notes.setdefault(page, [])).extend(lines)
        else:
            pages[page - 1].lines.append(item)
    for page, lines in page_notes.items():
        pages[page - 1].lines.extend(lines)
    pages[-1].lines.extend(endnotes + footer)
    return pages


def _section_types(body: etree._Element) -> list[str]:
    """How each section starts (w:type, default nextPage), in document order."""
    types = []
    for section in body.iter(W + "sectPr"):
        if section.getparent().tag not in (W + "pPr", W + "body"):
            continue  # a tracked-change copy
        kind = section.find(W + "type")
        types.append(kind.get(W + "val", "nextPage") if kind is not None else "nextPage")
    return types


def _note_lines(walker: Walker, package: DocxPackage, labels: dict[NoteKey, str]) -> dict[NoteKey, list[RawLine]]:
    """Each referenced note as footnote lines: one per paragraph, the label on the first."""
    parts = {"footnote": note_bodies(package.footnotes, "footnote"), "endnote": note_bodies(package.endnotes, "endnote")}
    out: dict[NoteKey, list[RawLine]] = {}
    for key, label in labels.items():
        note = parts[key[0]].get(key[1])
        if note is None:
            continue
        texts = [strip_self_mark(text) for text in _texts(walker.part(note))]
        texts = [text for text in texts if text.strip()] or [""]
        out[key] = [
            RawLine(text=text, kind="footnote", new_paragraph=True, footnote_label=label if i == 0 else None)
            for i, text in enumerate(texts)
        ]
    return out


def _texts(items: Iterable[Item]) -> list[str]:
    """The text of every line among `items` (a table row as its cells joined)."""
    return [item.text for item in items if isinstance(item, RawLine)]


def _running_text(walker: Walker, parts: list[etree._Element]) -> list[RawLine]:
    """Lines of headers or footers that hold real text, each once (page numbers, decoration dropped)."""
    seen: set[str] = set()
    lines = []
    for part in parts:
        for item in walker.part(part):
            if not isinstance(item, RawLine) or not _is_real_text(item.text):
                continue
            key = _folded(item.text)
            if key not in seen:
                seen.add(key)
                lines.append(item)
    return lines


def _folded(text: str) -> str:
    return " ".join(text.split())


def _is_real_text(text: Optional[str]) -> bool:
    """Whether a header/footer line says something beyond page numbering (`Trang 2/5`, `- 3 -`)."""
    return bool(text) and len(_PAGE_WORDS.sub("", text)) >= 2
