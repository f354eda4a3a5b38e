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


@dataclass(frozen=True)
class ReaderSpec:
    """One input format: its name (what `sniff_format` answers), file suffixes, and the reader function."""

    format: str
    suffixes: tuple[str, ...]
    description: str
    target: str  # "module:function", imported on first use

    def load(self) -> Reader:
        module_name, function_name = self.target.split(":")
        return getattr(importlib.import_module(module_name), function_name)


READERS: tuple[ReaderSpec, ...] = (
    ReaderSpec("pdf", (".pdf",), "PDF: born-digital, signed or scanned (OCR)", "extract.read.pdf:read_pdf"),
    ReaderSpec("docx", (".docx",), "Word 2007+ with its footnotes part", "extract.read.docx:read_docx"),
    ReaderSpec("txt", (".txt",), "plain text: UTF-8, UTF-16, TCVN3, VNI", "extract.read.text:read_text"),
)

_BY_FORMAT = {spec.format: spec for spec in READERS}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(suffix for spec in READERS for suffix in spec.suffixes)


def spec_for_format(fmt: str) -> ReaderSpec:
    """The registered reader for a sniffed format name; KeyError when none is registered."""
    return _BY_FORMAT[fmt]


def spec_for_suffix(suffix: str) -> ReaderSpec | None:
    """The reader a file name's suffix promises (`.PDF` → pdf), or None for a suffix no reader takes."""
    suffix = suffix.lower()
    return next((spec for spec in READERS if suffix in spec.suffixes), None)


def suffix_list() -> str:
    """The supported suffixes for messages: `.pdf, .docx, .txt`."""
    return ", ".join(SUPPORTED_SUFFIXES)
