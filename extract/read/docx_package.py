"""Opening a .docx package: its parts found through the relationships, parsed safely.

A .docx is a zip of XML parts. The main part is found from `_rels/.rels` (falling back to
`word/document.xml`), and the parts it uses (styles, footnotes, endnotes, headers, footers)
from its own relationships, as Word does, rather than from fixed names.
"""

from __future__ import annotations

import logging
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from lxml import etree

from extract.errors import DocumentError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = "/officeDocument"
LOG = logging.getLogger(__name__)

_MAX_PART_BYTES = 128 * 1024 * 1024  # a part larger than this, said or found, is refused (zip bomb guard)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, huge_tree=True)


def element_text(element: etree._Element) -> str:
    """The text of a text element (`w:t`), whole: an entity left unresolved (never expanded, for safety)
    is a child node, and the text after it is that node's tail, not to be lost with it."""
    return (element.text or "") + "".join(child.tail or "" for child in element)


class DocxError(DocumentError):
    """A file that cannot be read as a Word document; the message is one line."""


@dataclass
class DocxPackage:
    """The parsed parts of one .docx that the reader needs."""

    name: str
    document: etree._Element
    styles: Optional[etree._Element] = None
    footnotes: Optional[etree._Element] = None
    endnotes: Optional[etree._Element] = None
    headers: list[etree._Element] = field(default_factory=list)
    footers: list[etree._Element] = field(default_factory=list)
    declared_pages: Optional[int] = None  # docProps/app.xml <Pages>: Word's count at the last save


def open_package(path: Path) -> DocxPackage:
    """The parts of the .docx at `path`; DocxError (a ValueError) when it is not a readable .docx."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise DocxError(f"not a .docx file (not a zip archive): {error}") from error
    with archive:
        names = set(archive.namelist())
        main = _main_part_name(archive, names)
        if main is None:
            raise DocxError("not a Word document: the package has no word/document.xml")
        rels = [(kind, target) for kind, target in _relationships(archive, names, main) if target in names]
        by_type = _Targets(rels)
        return DocxPackage(
            name=path.name,
            document=_parse(archive, main),
            styles=_parse_optional(archive, by_type.first("/styles")),
            footnotes=_parse_optional(archive, by_type.first("/footnotes")),
            endnotes=_parse_optional(archive, by_type.first("/endnotes")),
            headers=_parse_all(archive, by_type.all("/header")),
            footers=_parse_all(archive, by_type.all("/footer")),
            declared_pages=_declared_pages(archive, names),
        )


class _Targets:
    """The related parts of the main part, looked up by relationship type."""

    def __init__(self, rels: list[tuple[str, str]]) -> None:
        self._rels = rels

    def all(self, suffix: str) -> list[str]:
        return sorted({target for kind, target in self._rels if kind.endswith(suffix)})

    def first(self, suffix: str) -> Optional[str]:
        return next(iter(self.all(suffix)), None)


def _main_part_name(archive: zipfile.ZipFile, names: set[str]) -> Optional[str]:
    for kind, target in _relationships(archive, names, ""):
        if kind.endswith(_OFFICE_DOCUMENT) and target in names:
            return target
    return "word/document.xml" if "word/document.xml" in names else None


def _relationships(archive: zipfile.ZipFile, names: set[str], part: str) -> list[tuple[str, str]]:
    """(type, target part name) of the relationships of `part` ("" for the package itself)."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in names:
        return []
    root = _parse(archive, rels_name)
    out = []
    for rel in root.iter(_REL):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out.append((rel.get("Type", ""), resolved))
    return out


def _parse(archive: zipfile.ZipFile, name: str) -> etree._Element:
    """The XML of part `name`, read no further than _MAX_PART_BYTES whatever its entry claims."""
    info = archive.getinfo(name)
    if info.file_size > _MAX_PART_BYTES:
        raise DocxError(f"part {name} is too large ({info.file_size} bytes)")
    try:
        with archive.open(info) as stream:
            data = stream.read(_MAX_PART_BYTES + 1)
        if len(data) > _MAX_PART_BYTES:
            raise DocxError(f"part {name} is larger than its zip entry says (over {_MAX_PART_BYTES} bytes)")
        return etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError) as error:
        raise DocxError(f"corrupt .docx: part {name} cannot be read ({' '.join(str(error).split())})") from error


def _parse_optional(archive: zipfile.ZipFile, name: Optional[str]) -> Optional[etree._Element]:
    """A part the body can do without (styles, notes, headers): when it cannot be read it is left out,
    with a warning, rather than losing the whole document."""
    if not name:
        return None
    try:
        return _parse(archive, name)
    except DocxError as error:
        LOG.warning("%s: %s; read without it", archive.filename, error)
        return None


def _parse_all(archive: zipfile.ZipFile, names: list[str]) -> list[etree._Element]:
    return [part for part in (_parse_optional(archive, name) for name in names) if part is not None]


def _declared_pages(archive: zipfile.ZipFile, names: set[str]) -> Optional[int]:
    if "docProps/app.xml" not in names:
        return None
    try:
        root = _parse(archive, "docProps/app.xml")
    except DocxError:
        return None
    for element in root.iter("{*}Pages"):
        text = (element.text or "").strip()
        return int(text) if text.isdigit() and int(text) > 0 else None
    return None
