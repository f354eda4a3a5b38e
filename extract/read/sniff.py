"""Tell a file's format by its bytes, never by its name: archives are full of mislabelled files."""

from __future__ import annotations

import zipfile
from pathlib import Path

from extract.errors import DocumentError


def sniff_format(path: Path) -> str:
    """A registered format name ('pdf', 'docx', 'txt') from the file's first bytes; DocumentError otherwise."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise DocumentError("empty file")
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return _zip_format(path)
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise DocumentError("old binary Word .doc (or other OLE) file: save it as .docx")
    if _looks_like_text(head):
        return "txt"
    raise DocumentError("binary data that is not PDF, DOCX or text")


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise DocumentError(f"damaged zip archive: {error}") from error
    if "word/document.xml" in names:
        return "docx"
    raise DocumentError("zip archive that is not a Word .docx document")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) // 100
