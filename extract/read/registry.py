"""The readers, registered by format in one table: the read stage, the batch, the CLI and the docs read it.

Adding a reader is one row here plus its module (and a branch in `sniff.py` when its bytes need telling
apart). Readers are imported lazily, so a batch of text files never loads the PDF or OCR machinery.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from extract.read.model import RawDocument

Reader = Callable[[Path], RawDocument]

WEB = "web"  # the family of web pages, which office programs save under their own suffixes


@dataclass(frozen=True)
class ReaderSpec:
    """One input format: its name (what `sniff_format` answers), file suffixes, and the reader function.

    family: formats that stand in for one another under one another's names. Archives hold `.doc`
    files that are really RTF, web pages or `.docx`, and `.xls` files that are web pages: a file whose
    bytes are of its suffix's family (or a web page, which Word and Excel both save under their own
    names) is read as what it is; only a file of another family is mislabelled.
    """

    format: str
    suffixes: tuple[str, ...]
    description: str
    target: str  # "module:function", imported on first use
    family: str = ""

    def load(self) -> Reader:
        module_name, function_name = self.target.split(":")
        return getattr(importlib.import_module(module_name), function_name)


READERS: tuple[ReaderSpec, ...] = (
    ReaderSpec("pdf", (".pdf",), "PDF: born-digital, signed or scanned (OCR)", "extract.read.pdf:read_pdf", "pdf"),
    ReaderSpec("docx", (".docx",), "Word 2007+ with its footnotes part", "extract.read.docx:read_docx", "word"),
    ReaderSpec("doc", (".doc",), "Word 97-2003, via LibreOffice", "extract.read.office:read_doc", "word"),
    ReaderSpec("rtf", (".rtf",), "Rich Text Format, via LibreOffice", "extract.read.office:read_rtf", "word"),
    ReaderSpec("odt", (".odt",), "OpenDocument text, via LibreOffice", "extract.read.office:read_odt", "word"),
    ReaderSpec("html", (), "web page saved by Word or Excel (under their names)", "extract.read.office:read_html", WEB),
    ReaderSpec("txt", (".txt",), "plain text: UTF-8, UTF-16, TCVN3, VNI", "extract.read.text:read_text", "text"),
    ReaderSpec("xls", (".xls",), "Excel 97-2003, cells decoded by their fonts", "extract.read.sheet_xls:read_xls", "sheet"),
    ReaderSpec("xlsx", (".xlsx",), "Excel 2007+, cells decoded by their fonts", "extract.read.sheet_xlsx:read_xlsx", "sheet"),
    ReaderSpec("ods", (".ods",), "OpenDocument spreadsheet, via LibreOffice", "extract.read.sheet_xlsx:read_ods", "sheet"),
    ReaderSpec("png", (".png",), "page image (OCR)", "extract.read.image:read_image", "image"),
    ReaderSpec("jpeg", (".jpg", ".jpeg"), "page photo or scan (OCR)", "extract.read.image:read_image", "image"),
    ReaderSpec("tiff", (".tif", ".tiff"), "scan, one page per frame (OCR)", "extract.read.image:read_image", "image"),
)

# family of a suffix → families whose bytes are read under it
_STAND_INS = {"word": ("word", WEB), "sheet": ("sheet", WEB), "text": (WEB,), "image": ("image",)}

_BY_FORMAT = {spec.format: spec for spec in READERS}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(suffix for spec in READERS for suffix in spec.suffixes)


def spec_for_format(fmt: str) -> ReaderSpec:
    """The registered reader for a sniffed format name; KeyError when none is registered."""
    return _BY_FORMAT[fmt]


def spec_for_suffix(suffix: str) -> ReaderSpec | None:
    """The reader a file name's suffix promises (`.PDF` → pdf), or None for a suffix no reader takes."""
    suffix = suffix.lower()
    return next((spec for spec in READERS if suffix in spec.suffixes), None)


def is_mislabelled(suffix: str, fmt: str) -> bool:
    """Whether a file named with `suffix` whose bytes are `fmt` is not what its name says (see ReaderSpec)."""
    promised = spec_for_suffix(suffix)
    if promised is None or promised.format == fmt:
        return False
    return spec_for_format(fmt).family not in _STAND_INS.get(promised.family, ())


def suffix_list() -> str:
    """The supported suffixes for messages: `.pdf, .docx, .txt`."""
    return ", ".join(SUPPORTED_SUFFIXES)
