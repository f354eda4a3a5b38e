"""Render the seed report as an old Word file: its real paragraphs, true footnotes, `.VnTime` fonts.

`render_seed_docx(seed, out)` takes the seed's structure from the pipeline's own text reader and
joiner (body paragraphs in order, footnotes by label) and writes what a Word user of the ABC era
would have saved:
- one Word paragraph per body paragraph;
- each footnote as a true Word footnote (word/footnotes.xml, with the separator notes Word writes
  as ids -1 and 0), cited by a `w:footnoteReference` run in the footnote-reference style where its
  superscript marker stands in the body; python-docx has no footnotes, so the part, its styles and
  the `w:footnotePr` setting are built as XML here and registered through python-docx's package;
- every run in a TCVN3 font: `.VnTime` for text, `.VnTimeH` (lower-case codes shown as capitals)
  for capitals with a tone and for whole upper-case words with one.
It checks that the pipeline's Word reader gives the seed's paragraphs back exactly, and saves with
fixed zip dates so that the bytes are the same on every run.

    python -m tools.render_docx SEED.txt OUT.docx
"""

from __future__ import annotations

import io
import sys
import unicodedata
import zipfile
from pathlib import Path

import docx
import regex
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from lxml import etree

from extract.normalise.paragraphs import JoinedParagraph, join_lines
from extract.read.docx import read_docx
from extract.read.model import RawDocument
from extract.read.text import read_text
from extract.vi.legacy import encode_text
from extract.vi.superscripts import SUPERSCRIPT_RUN, plain_digits
from extract.vi.tones import TONES

TEXT_FONT, CAPITALS_FONT = ".VnTime", ".VnTimeH"
NOTE_TEXT_STYLE, NOTE_REFERENCE_STYLE = "FootnoteText", "FootnoteReference"
_TOKEN = regex.compile(r"\s+|\S+")
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)

# Word's own definitions of the two built-in styles footnotes use.
_NOTE_STYLES = f"""
<w:styles {nsdecls("w")}>
  <w:style w:type="paragraph" w:styleId="{NOTE_TEXT_STYLE}">
    <w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
    <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
    <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
  </w:style>
  <w:style w:type="character" w:styleId="{NOTE_REFERENCE_STYLE}">
    <w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>
    <w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>
  </w:style>
</w:styles>"""

# The footnotes part as Word starts it: the separator (-1) and continuation separator (0) notes.
_SEPARATORS = f"""
<w:footnotes {nsdecls("w")}>
  <w:footnote w:type="separator" w:id="-1">
    <w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p>
  </w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0">
    <w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p>
  </w:footnote>
</w:footnotes>"""

_FOOTNOTE_SETTINGS = f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'


def render_seed_docx(seed_txt: Path, out: Path) -> Path:
    """Write the seed as a `.VnTime` Word file; ValueError if the Word reader would not read it back."""
    paragraphs = list(join_lines(read_text(seed_txt).pages))
    if any(paragraph.kind == "table" for paragraph in paragraphs):
        raise ValueError(f"{seed_txt} has table rows, which this rendition does not write")
    notes = {p.footnote_label: p.text for p in paragraphs if p.kind == "footnote"}
    document = docx.Document()  # the template's fixed core properties (dates included) are kept
    footnotes = parse_xml(_SEPARATORS)
    for paragraph in paragraphs:
        if paragraph.kind == "body":
            _write_body(document.add_paragraph(), paragraph.text, notes, footnotes)
    _add_footnotes_part(document, footnotes)
    _save_deterministic(document, out)
    if _structure(read_docx(out)) != _structure(paragraphs):
        raise ValueError(f"{out} does not read back as the paragraphs and footnotes of {seed_txt}")
    return out


def _structure(source: RawDocument | list[JoinedParagraph]) -> list[tuple[str, str | None, str]]:
    """(kind, footnote label, text) of every joined paragraph: what the rendition must keep."""
    paragraphs = join_lines(source.pages) if isinstance(source, RawDocument) else source
    return [(p.kind, p.footnote_label, p.text) for p in paragraphs]


def _write_body(paragraph: Paragraph, text: str, notes: dict[str, str], footnotes: etree._Element) -> None:
    """A body paragraph's runs; a superscript marker whose footnote is not yet cited becomes a reference."""
    position = 0
    for marker in SUPERSCRIPT_RUN.finditer(text):
        label = plain_digits(marker.group())
        if label not in notes:
            continue
        _write_runs(paragraph, text[position : marker.start()])
        _cite(paragraph, footnotes, notes.pop(label))
        position = marker.end()
    _write_runs(paragraph, text[position:])


def _cite(paragraph: Paragraph, footnotes: etree._Element, note_text: str) -> None:
    """A footnote reference run in `paragraph`, and the footnote it cites, numbered by Word in order."""
    note_id = str(len(footnotes.findall(qn("w:footnote"))) - 1)  # after the separators -1 and 0
    _mark_run(paragraph, OxmlElement("w:footnoteReference", {qn("w:id"): note_id}))
    note = OxmlElement("w:footnote", {qn("w:id"): note_id})
    note_paragraph = _note_paragraph(note)
    _mark_run(note_paragraph, OxmlElement("w:footnoteRef"))  # the note's own number
    _write_runs(note_paragraph, " " + note_text)
    footnotes.append(note)


def _mark_run(paragraph: Paragraph, mark: etree._Element) -> None:
    """A run in the footnote-reference style (superscript) holding `mark`, in the text font."""
    run = paragraph.add_run()
    run.font.name = TEXT_FONT
    run._r.style = NOTE_REFERENCE_STYLE
    run._r.append(mark)


def _note_paragraph(note: etree._Element) -> Paragraph:
    """An empty paragraph in the footnote text style, appended to `note`."""
    p = OxmlElement("w:p")
    note.append(p)
    p.get_or_add_pPr().style = NOTE_TEXT_STYLE
    return Paragraph(p, None)


def _write_runs(paragraph: Paragraph, text: str) -> None:
    """`text` as TCVN3 runs of `paragraph`, typed the ABC way."""
    for font, part in _runs(text):
        run = paragraph.add_run(encode_text(part.lower() if font == CAPITALS_FONT else part, "tcvn3"))
        run.font.name = font


def _needs_capitals_font(char: str) -> bool:
    """A capital the `.VnTime` (VN3) code page lacks: a capital vowel with a tone."""
    return char.isupper() and any(mark in TONES for mark in unicodedata.normalize("NFD", char))


def _runs(text: str) -> list[tuple[str, str]]:
    """(font, unicode text) runs of `text`, typed the ABC way; neighbours of one font merged."""
    runs: list[tuple[str, str]] = []
    for token in _TOKEN.findall(text):
        letters = [ch for ch in token if ch.isalpha()]
        capitals_word = len(letters) > 1 and all(ch.isupper() for ch in letters) and any(map(_needs_capitals_font, letters))
        for char in token:
            font = CAPITALS_FONT if (capitals_word and char.isalpha()) or _needs_capitals_font(char) else TEXT_FONT
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
    return runs


def _add_footnotes_part(document: docx.document.Document, footnotes: etree._Element) -> None:
    """word/footnotes.xml related to the main part, its styles, and Word's footnote settings."""
    styles = document.styles.element
    for style in parse_xml(_NOTE_STYLES):
        styles.append(style)
    document.settings.element.find(qn("w:compat")).addprevious(parse_xml(_FOOTNOTE_SETTINGS))
    part = XmlPart(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, footnotes, document.part.package)
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def _save_deterministic(document: docx.document.Document, out: Path) -> None:
    """Save with fixed zip entry dates (python-docx stamps the clock time), for identical bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(item.filename))


if __name__ == "__main__":
    print(render_seed_docx(Path(sys.argv[1]), Path(sys.argv[2])))
