"""Read stage: any supported file → RawDocument. The format is told by the bytes, not the name.

A file whose content is not what its extension says is refused with a clear error rather than
guessed at: archivists need to know which of their files are mislabelled.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Callable

from extract.errors import DocumentError
from extract.read.model import RawDocument

SUPPORTED_SUFFIXES = (".pdf", ".docx", ".txt")


def sniff_format(path: Path) -> str:
    """'pdf', 'docx', 'txt' from the file's first bytes; raises DocumentError for anything else."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise DocumentError("empty file")
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(path) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile as error:
            raise DocumentError(f"damaged zip archive: {error}") from error
        raise DocumentError("zip archive that is not a Word .docx document")
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise DocumentError("old binary Word .doc (or other OLE) file: save it as .docx")
    if _looks_like_text(head):
        return "txt"
    raise DocumentError("binary data that is not PDF, DOCX or text")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) // 100


def _reader(fmt: str) -> Callable[[Path], RawDocument]:
    if fmt == "pdf":
        from extract.read.pdf import read_pdf

        return read_pdf
    if fmt == "docx":
        from extract.read.docx import read_docx

        return read_docx
    from extract.read.text import read_text

    return read_text


def read_document(path: Path) -> RawDocument:
    """The page-aware document for `path`; DocumentError when it is not what its name says."""
    fmt = sniff_format(path)
    expected = path.suffix.lower().lstrip(".")
    if expected in ("pdf", "docx", "txt") and expected != fmt:
        raise DocumentError(f"file named .{expected} holds {fmt.upper()} content (mislabelled)")
    return _reader(fmt)(path)
