"""The format told by the bytes (sniff.py), and which names a format may stand under (registry.py)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from extract.errors import DocumentError
from extract.read.registry import is_mislabelled
from extract.read.sniff import sniff_format


def _zip(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


BYTES = [
    (b"%PDF-1.7\n", "pdf"),
    (b"  %PDF-1.4\n", "pdf"),
    (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}", "rtf"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "png"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
    (b"II*\x00\x08\x00\x00\x00", "tiff"),
    (b"MM\x00*\x00\x00\x00\x08", "tiff"),
    (b"<html xmlns:o='urn:schemas-microsoft-com:office:office'><body>", "html"),
    (b"\xef\xbb\xbf<!DOCTYPE html>\n<html><body>", "html"),
    (b"<!-- saved --><HTML><BODY>", "html"),
    ("Báo cáo <b> không phải trang web".encode(), "txt"),
    ("BÁO CÁO\nSố: 12/BC-UBND".encode(), "txt"),
    ("Số 12".encode("utf-16"), "txt"),
]


@pytest.mark.parametrize("data, expected", BYTES, ids=[fmt + str(i) for i, (_, fmt) in enumerate(BYTES)])
def test_format_from_first_bytes(tmp_path: Path, data: bytes, expected: str) -> None:
    path = tmp_path / "file.bin"
    path.write_bytes(data)
    assert sniff_format(path) == expected


ZIPS = [
    ({"word/document.xml": b"<w/>", "[Content_Types].xml": b""}, "docx"),
    ({"xl/workbook.xml": b"<w/>", "[Content_Types].xml": b""}, "xlsx"),
    ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b""}, "odt"),
    ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b""}, "ods"),
]


@pytest.mark.parametrize("parts, expected", ZIPS, ids=[fmt for _, fmt in ZIPS])
def test_zip_package_by_its_parts(tmp_path: Path, parts: dict[str, bytes], expected: str) -> None:
    assert sniff_format(_zip(tmp_path / "file.zip", parts)) == expected


def test_zip_of_other_files_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="zip archive that is not"):
        sniff_format(_zip(tmp_path / "photos.zip", {"a.jpg": b"x"}))


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"\x00\x01\x02\x03binary" * 20, "not a document format"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "damaged"),
])
def test_unreadable_bytes_say_why(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "file.doc"
    path.write_bytes(data)
    with pytest.raises(DocumentError, match=reason):
        sniff_format(path)


# suffix, bytes, mislabelled?
NAMES = [
    (".doc", "doc", False),
    (".doc", "rtf", False),  # archives hold RTF saved under .doc
    (".doc", "docx", False),
    (".doc", "html", False),  # Word's "Web Page" under .doc
    (".xls", "html", False),  # Excel's "Web Page" under .xls
    (".xls", "xlsx", False),
    (".rtf", "doc", False),
    (".jpg", "png", False),
    (".tif", "jpeg", False),
    (".pdf", "docx", True),  # another family: refused
    (".docx", "pdf", True),
    (".doc", "xls", True),
    (".xls", "doc", True),
    (".png", "pdf", True),
    (".txt", "pdf", True),
    (".txt", "html", False),
    (".pdf", "pdf", False),
    (".bin", "pdf", False),  # a suffix no reader takes promises nothing
]


@pytest.mark.parametrize("suffix, fmt, expected", NAMES, ids=[f"{s}-{f}" for s, f, _ in NAMES])
def test_a_format_stands_under_its_familys_names(suffix: str, fmt: str, expected: bool) -> None:
    assert is_mislabelled(suffix, fmt) is expected
