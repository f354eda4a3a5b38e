"""Tell a file's format by its bytes, never by its name: archives are full of mislabelled files.

Signatures: `%PDF-`; the OLE2 compound file of Word 97-2003 and Excel 97 (told apart by their main
stream, read with olefile); zip packages (Word, Excel, OpenDocument, told by their parts); `{\\rtf`;
PNG, JPEG and TIFF images; a web page (what Word and Excel save as "Web Page" under `.doc`/`.xls`);
else text when the bytes read as text.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from extract.errors import DocumentError

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGES = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpeg"), (b"II*\x00", "tiff"), (b"MM\x00*", "tiff"))
_OPEN_DOCUMENT = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
_WEB_PAGE = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)\b", re.I | re.S)


def sniff_format(path: Path) -> str:
    """A registered format name ('pdf', 'doc', 'xlsx', 'png', 'txt', ...) from the file's bytes.

    DocumentError with the reason for anything else (an OLE file that is neither Word nor Excel,
    an encrypted Office file, binary data of no known kind).
    """
    with path.open("rb") as handle:
        head = handle.read(4096)
    if not head:
        raise DocumentError("empty file")
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if head[:4] == b"PK\x03\x04":
        return _zip_format(path)
    if head[:8] == _OLE:
        return _ole_format(path)
    if head[:5] == b"{\\rtf":
        return "rtf"
    for magic, fmt in _IMAGES:
        if head.startswith(magic):
            return fmt
    if _WEB_PAGE.match(head):
        return "html"
    if _looks_like_text(head):
        return "txt"
    raise DocumentError("binary data that is not a document format we read")


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype").strip() if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError) as error:
        raise DocumentError(f"damaged zip archive: {error}") from error
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if mimetype in _OPEN_DOCUMENT:
        return _OPEN_DOCUMENT[mimetype]
    raise DocumentError("zip archive that is not a Word, Excel or OpenDocument file")


def _ole_format(path: Path) -> str:
    """'doc' or 'xls' for an OLE2 compound file, by the stream that holds its content."""
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).lower() for entry in ole.listdir()}
    except OSError as error:
        raise DocumentError(f"damaged Word/Excel 97-2003 file: {error}") from error
    if "worddocument" in streams:
        return "doc"
    if "workbook" in streams or "book" in streams:
        return "xls"
    if "encryptedpackage" in streams:
        raise DocumentError("password-protected Office file: save it without a password")
    raise DocumentError("Office 97-2003 compound file that is neither Word nor Excel")


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    return controls <= len(head) // 100
