"""Word tables: the grid of cells (merged cells resolved) and layout tables told from data tables.

Official documents use borderless tables to place blocks side by side: the header (issuer and
number on the left, national motto and place-and-date on the right) and the closing (`Nơi nhận`
on the left, the signature on the right). Those carry header and closing fields, not data.

Rule: a table is a LAYOUT table when
  (a) its text holds a form marker of Nghị định 30/2020 — the national motto
      (`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, `Độc lập - Tự do - Hạnh phúc`), `Nơi nhận`, or a
      paragraph opening with a signing-authority prefix (`KT.`, `TM.`, `TL.`, `TUQ.`); or
  (b) it has a single row and no visible border anywhere (table, its style chain, any cell):
      a one-row borderless table only places blocks side by side.
Every other table is a DATA table (a multi-row table is data even without borders).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Optional

import regex
from lxml import etree

from extract.read.docx_package import W
from extract.vi.tones import fold_tones

_FORM_MARKERS = regex.compile(
    r"cộng\s+hòa\s+xã\s+hội\s+chủ\s+nghĩa|độc\s+lập\s*[-–—]\s*tự\s+do|nơi\s+nhận|(?:^|\n)\s*(?:kt|tm|tl|tuq)\.\s"
)
_NO_LINE = {"none", "nil"}
_BORDER_HOLDERS = (W + "tblBorders", W + "tcBorders")


@dataclass
class GridCell:
    """One cell as placed on the table grid; `continued` for a vMerge continuation (shows nothing)."""

    element: etree._Element
    row: int
    column: int
    span: int
    continued: bool


def grid_rows(table: etree._Element) -> list[list[GridCell]]:
    """The rows of `table` as grid cells, with gridSpan and vMerge resolved."""
    rows: list[list[GridCell]] = []
    for row_index, row in enumerate(_children(table, W + "tr")):
        skip = row.find(f"{W}trPr/{W}gridBefore")
        column = _int(skip.get(W + "val")) if skip is not None else 0
        cells = []
        for cell in _children(row, W + "tc"):
            span_element = cell.find(f"{W}tcPr/{W}gridSpan")
            span = max(1, _int(span_element.get(W + "val"))) if span_element is not None else 1
            merge = cell.find(f"{W}tcPr/{W}vMerge")
            continued = merge is not None and merge.get(W + "val", "continue") != "restart"
            cells.append(GridCell(cell, row_index, column, span, continued))
            column += span
        rows.append(cells)
    return rows


def _children(parent: etree._Element, tag: str) -> list[etree._Element]:
    """Child elements named `tag` (rows of a table, cells of a row), looking through content controls and custom XML."""
    out = []
    for child in parent:
        if child.tag == tag:
            out.append(child)
        elif child.tag in (W + "sdt", W + "customXml"):
            out.extend(child.iter(tag))
    return out


def _int(value: Optional[str]) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def is_layout_table(table: etree._Element, text: str, styles: Optional[etree._Element]) -> bool:
    """Whether `table` (whose text is `text`) is a layout table by the rule in the module docstring."""
    if has_form_marker(text):
        return True
    return len(_children(table, W + "tr")) == 1 and not _has_visible_border(table, styles)


def has_form_marker(text: str) -> bool:
    """Whether `text` holds a form marker of rule (a) (also used for PDF tables, see pdf_tables)."""
    return bool(_FORM_MARKERS.search(fold_tones(unicodedata.normalize("NFC", text)).lower()))


def _has_visible_border(table: etree._Element, styles: Optional[etree._Element]) -> bool:
    holders = [
        element
        for tag in _BORDER_HOLDERS
        for element in table.iter(tag)
        if next(element.iterancestors(W + "tbl"), None) is table  # not a nested table's borders
    ]
    holders.extend(_style_borders(table, styles))
    return any(
        (line.get(W + "val") or "none").lower() not in _NO_LINE for holder in holders for line in holder
    )


def _style_borders(table: etree._Element, styles: Optional[etree._Element]) -> list[etree._Element]:
    """The tblBorders of the table's style and the styles it is based on."""
    style = table.find(f"{W}tblPr/{W}tblStyle")
    if style is None or styles is None:
        return []
    by_id = {s.get(W + "styleId"): s for s in styles.iter(W + "style") if s.get(W + "type") == "table"}
    found, style_id, seen = [], style.get(W + "val"), set()
    while style_id in by_id and style_id not in seen:
        seen.add(style_id)
        found.extend(by_id[style_id].iter(W + "tblBorders"))
        based = by_id[style_id].find(W + "basedOn")
        style_id = based.get(W + "val") if based is not None else None
    return found
