"""Walking WordprocessingML in document order into lines, page breaks and note references.

Blocks (`w:p`, `w:tbl`, content controls `w:sdt`, text boxes) are read in the order they stand.
A paragraph is one line; it is split only where a page break falls inside it (the second part
continues the paragraph: new_paragraph=False). Inside runs: `w:t` text (through the legacy-font
decoder with the run's font), tabs as tabs, manual line breaks as spaces, page breaks and
`w:lastRenderedPageBreak` as Break items, note references as superscript labels. Deleted text,
field instructions and page-number fields are left out; a text box is read once (its
mc:Choice, not the mc:Fallback copy) and its lines follow the paragraph that anchors it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Optional, Union

from lxml import etree

from extract.read.docx_notes import SELF_MARK, NoteKey, is_custom_mark
from extract.read.docx_package import MC, M, W, element_text
from extract.read.docx_styles import StyleSheet, is_on
from extract.read.docx_tables import GridCell, grid_rows, is_layout_table
from extract.read.model import RawLine
from extract.vi.legacy import decode_run, font_encoding
from extract.vi.superscripts import superscript


@dataclass
class Break:
    """A page break: hard (typed page break, page-break-before, section break) or as Word rendered it."""

    hard: bool


@dataclass
class NoteRef:
    """A footnote or endnote referenced by the line just before this item."""

    key: NoteKey


Item = Union[RawLine, Break, NoteRef]

_PAGE_FIELDS = {"PAGE", "NUMPAGES", "SECTIONPAGES"}
_DESCEND = {W + tag for tag in ("hyperlink", "smartTag", "customXml", "ins", "moveTo", "dir", "bdo", "sdtContent")}
_NEW_PAGE_SECTIONS = {"nextPage", "oddPage", "evenPage"}


@dataclass
class _Field:
    """A complex field being read: its instruction, and whether its displayed result has begun."""

    instruction: str = ""
    in_result: bool = False

    @property
    def hides_result(self) -> bool:
        words = self.instruction.split()
        return bool(words) and words[0].upper() in _PAGE_FIELDS


@dataclass
class _Paragraph:
    """What one paragraph produced so far.

    Text waits in `raw` while it runs on in one font, and is decoded as a whole: Word splits runs
    anywhere, and a legacy (VNI) letter and its tone byte may fall into two runs.
    """

    style: Optional[str]
    decode: Callable[[str, str], str]
    items: list[Item] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    raw: list[str] = field(default_factory=list)
    raw_font: str = ""
    notes: list[NoteRef] = field(default_factory=list)
    boxes: list[Item] = field(default_factory=list)
    started: bool = False

    def add_text(self, text: str, font: str) -> None:
        if font != self.raw_font:
            self._decode_raw()
            self.raw_font = font
        self.raw.append(text)

    def add(self, text: str) -> None:
        """Text that is not a run's characters (tab, marker, space for a line break)."""
        self._decode_raw()
        self.parts.append(text)

    def _decode_raw(self) -> None:
        if self.raw:
            self.parts.append(self.decode("".join(self.raw), self.raw_font))
            self.raw.clear()

    def flush(self) -> None:
        self._decode_raw()
        text = "".join(self.parts)
        if text.strip():
            self.items.append(RawLine(text=text, kind="body", new_paragraph=not self.started))
            self.started = True
        self.items.extend(self.notes)
        self.parts.clear()
        self.notes.clear()


class Walker:
    """Reads the blocks of one part (body, header, note) into Items; keeps state across parts."""

    def __init__(self, styles: StyleSheet, table_styles: Optional[etree._Element], labels: dict[NoteKey, str],
                 section_types: list[str]) -> None:
        self.styles = styles
        self.table_styles = table_styles
        self.labels = labels
        self.legacy: Counter[str] = Counter()
        self._section_types = section_types
        self._section_index = 0
        self._fields: list[_Field] = []
        self._custom_mark_next = False
        self._tables = 0

    # blocks ---------------------------------------------------------------------------------

    def blocks(self, container: etree._Element) -> list[Item]:
        items: list[Item] = []
        for child in container:
            if child.tag == W + "p":
                items.extend(self.paragraph(child))
            elif child.tag == W + "tbl":
                items.extend(self.table(child))
            elif child.tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    items.extend(self.blocks(content))
            elif child.tag in (W + "customXml", W + "ins", W + "moveTo"):
                items.extend(self.blocks(child))
        return items

    def paragraph(self, element: etree._Element) -> list[Item]:
        ppr = element.find(W + "pPr")
        paragraph = _Paragraph(style=self.styles.paragraph_style(ppr), decode=self._decode)
        flag = ppr.find(W + "pageBreakBefore") if ppr is not None else None
        if is_on(flag) if flag is not None else self.styles.page_break_before(paragraph.style):
            paragraph.items.append(Break(hard=True))
        self._inline(element, paragraph)
        paragraph.flush()
        if ppr is not None and ppr.find(W + "sectPr") is not None:
            self._section_index += 1
            if self._next_section_type() in _NEW_PAGE_SECTIONS:
                paragraph.items.append(Break(hard=True))
        return paragraph.items + paragraph.boxes

    def _next_section_type(self) -> str:
        types = self._section_types
        return types[self._section_index] if self._section_index < len(types) else "continuous"

    # inline content ---------------------------------------------------------------------------

    def _inline(self, element: etree._Element, paragraph: _Paragraph) -> None:
        for child in element:
            tag = child.tag
            if tag == W + "r":
                self._run(child, paragraph)
            elif tag in _DESCEND:
                self._inline(child, paragraph)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self._inline(content, paragraph)
            elif tag == W + "fldSimple":
                if not _Field(child.get(W + "instr", "")).hides_result:
                    self._inline(child, paragraph)
            elif tag in (M + "oMath", M + "oMathPara"):
                paragraph.add("".join(element_text(t) for t in child.iter(M + "t")))
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self._inline(choice, paragraph)

    def _run(self, run: etree._Element, paragraph: _Paragraph) -> None:
        rpr = run.find(W + "rPr")
        font: Optional[str] = None
        for child in run:
            tag = child.tag
            if tag == W + "t":
                text = element_text(child)
                if self._hidden_by_field() or not text:
                    continue
                if self._custom_mark_next:  # the typed mark of a custom footnote reference
                    self._custom_mark_next = False
                    paragraph.add(superscript(text))
                    continue
                if font is None:
                    font = self.styles.run_font(rpr, paragraph.style) or ""
                paragraph.add_text(text, font)
            elif tag == W + "tab":
                paragraph.add("\t")
            elif tag in (W + "br", W + "cr"):
                if child.get(W + "type") == "page":
                    paragraph.flush()
                    paragraph.items.append(Break(hard=True))
                else:
                    paragraph.add(" ")
            elif tag == W + "lastRenderedPageBreak":
                paragraph.flush()
                paragraph.items.append(Break(hard=False))
            elif tag == W + "noBreakHyphen":
                paragraph.add("-")
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                self._reference(child, tag[len(W):-len("Reference")], paragraph)
            elif tag in (W + "footnoteRef", W + "endnoteRef"):
                paragraph.add(SELF_MARK)
            elif tag == W + "fldChar":
                self._field_char(child.get(W + "fldCharType"))
            elif tag == W + "instrText" and self._fields:
                self._fields[-1].instruction += element_text(child)
            elif tag in (W + "drawing", W + "pict", W + "object", MC + "AlternateContent"):
                self._text_boxes(child, paragraph)

    def _decode(self, text: str, font: str) -> str:
        encoding = font_encoding(font)
        if encoding:
            self.legacy[encoding] += len(text)
        return decode_run(text, font or None)

    def _reference(self, reference: etree._Element, kind: str, paragraph: _Paragraph) -> None:
        key = (kind, reference.get(W + "id", ""))
        if key not in self.labels:
            return
        if is_custom_mark(reference):
            self._custom_mark_next = True
        else:
            paragraph.add(superscript(self.labels[key]))
        paragraph.notes.append(NoteRef(key))

    def _field_char(self, kind: Optional[str]) -> None:
        if kind == "begin":
            self._fields.append(_Field())
        elif kind == "separate" and self._fields:
            self._fields[-1].in_result = True
        elif kind == "end" and self._fields:
            self._fields.pop()

    def _hidden_by_field(self) -> bool:
        return any(not f.in_result or f.hides_result for f in self._fields)

    def _text_boxes(self, element: etree._Element, paragraph: _Paragraph) -> None:
        """Text boxes anchored in a run, each read once (outermost only, mc:Fallback skipped)."""
        for box in element.iter(W + "txbxContent"):
            if _nested_or_fallback(box, element):
                continue
            saved, self._fields = self._fields, []
            paragraph.boxes.extend(self.blocks(box))
            self._fields = saved

    def part(self, root: etree._Element) -> list[Item]:
        """The items of a whole part (document body, header, note), with field state reset."""
        self._fields = []
        self._custom_mark_next = False
        return self.blocks(root)

    # tables -----------------------------------------------------------------------------------

    def table(self, element: etree._Element) -> list[Item]:
        rows = grid_rows(element)
        contents = {id(cell): self.blocks(cell.element) for row in rows for cell in row if not cell.continued}
        text = "\n".join(item.text for items in contents.values() for item in items if isinstance(item, RawLine))
        if is_layout_table(element, text, self.table_styles):
            return _layout_items(rows, contents)
        self._tables += 1
        width = max((cell.column + cell.span for row in rows for cell in row), default=0)
        out: list[Item] = []
        for row in rows:
            out.extend(_data_row(row, contents, width, self._tables))
        return out


def _nested_or_fallback(box: etree._Element, top: etree._Element) -> bool:
    """Whether a text box below `top` sits in another text box (read with it) or in an mc:Fallback copy."""
    for ancestor in box.iterancestors():
        if ancestor is top:
            return False
        if ancestor.tag in (MC + "Fallback", W + "txbxContent"):
            return True
    return False


def _split_breaks(items: list[Item]) -> tuple[list[Break], list[Break], list[Item]]:
    """(breaks before any text, breaks after some text, the items without breaks)."""
    leading: list[Break] = []
    later: list[Break] = []
    content: list[Item] = []
    seen_text = False
    for item in items:
        if isinstance(item, Break):
            (later if seen_text else leading).append(item)
        else:
            seen_text = seen_text or isinstance(item, RawLine)
            content.append(item)
    return leading, later, content


def _merged(breaks_per_cell: list[list[Break]]) -> list[Break]:
    """The breaks of cells side by side: as many as the cell with most, hard if any was hard."""
    count = max((len(b) for b in breaks_per_cell), default=0)
    hard = any(b.hard for breaks in breaks_per_cell for b in breaks)
    return [Break(hard=hard) for _ in range(count)]


def _cell_text(items: list[Item]) -> str:
    return " ".join(" ".join(i.cells) if i.cells is not None else i.text for i in items if isinstance(i, RawLine))


def _data_row(row: list[GridCell], contents: dict[int, list[Item]], width: int, table_id: int) -> list[Item]:
    """One table row as one RawLine (a cell per grid column), with its breaks and note references."""
    cells = [""] * width
    leading, later, notes = [], [], []
    for cell in row:
        if cell.continued:
            continue
        before, after, content = _split_breaks(contents[id(cell)])
        leading.append(before)
        later.append(after)
        notes.extend(i for i in content if isinstance(i, NoteRef))
        cells[cell.column] = _cell_text(content)
    line = RawLine(text=" | ".join(cells), kind="table", new_paragraph=True, cells=cells, table_id=table_id)
    return [*_merged(leading), line, *notes, *_merged(later)]


def _layout_items(rows: list[list[GridCell]], contents: dict[int, list[Item]]) -> list[Item]:
    """A layout table's cells as body lines: left column top to bottom, then the next column."""
    leading: list[list[Break]] = []
    later: list[Break] = []
    body: list[Item] = []
    for row_index, row in enumerate(rows):
        split = [_split_breaks(contents[id(cell)]) for cell in row if not cell.continued]
        if row_index == 0:
            leading = [before for before, _, _ in split]
        else:
            later.extend(_merged([before for before, _, _ in split]))
        later.extend(_merged([after for _, after, _ in split]))
    for cell in sorted((c for row in rows for c in row if not c.continued), key=lambda c: (c.column, c.row)):
        for item in _split_breaks(contents[id(cell)])[2]:
            if isinstance(item, RawLine) and item.kind == "body":
                item.new_paragraph = True
            body.append(item)
    return [*_merged(leading), *body, *later]
