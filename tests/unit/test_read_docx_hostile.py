"""Hostile and damaged .docx packages: entities are never expanded (an external one never read), text after
an unresolved entity is kept, a damaged optional part is left out instead of losing the document, and a
zip entry lying about its size is read no further than the part limit."""

from __future__ import annotations

import struct
import time
import zipfile
from pathlib import Path

import pytest

from extract.read import docx_package
from extract.read.docx import read_docx
from extract.read.docx_package import DocxError
from tests.unit.test_read_docx import build, p

SECRET = "BÍ MẬT KHÔNG ĐƯỢC LỘ"
LAUGHS = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10}">' for i in range(1, 10))


def _rewrite(path: Path, part: str, change) -> Path:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[part] = change(parts[part].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def _with_doctype(doctype: str):
    def change(xml: str) -> str:
        end = xml.index("?>") + 2
        return xml[:end] + f"<!DOCTYPE w:document [{doctype}]>" + xml[end:]

    return change


def _text(path: Path) -> str:
    return "\n".join(line.text for page in read_docx(path).pages for line in page.lines)


def test_external_entity_is_never_read_and_the_text_after_it_is_kept(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    path = build(tmp_path, p("Trước &xxe; sau thực thể"))
    path = _rewrite(path, "word/document.xml", _with_doctype(f'<!ENTITY xxe SYSTEM "file://{secret}">'))
    text = _text(path)
    assert SECRET not in text
    assert "Trước" in text and "sau thực thể" in text


def test_entity_expansion_bomb_fails_at_once_with_one_line(tmp_path: Path):
    path = build(tmp_path, p("Mở đầu &l9; kết thúc"))
    path = _rewrite(path, "word/document.xml", _with_doctype('<!ENTITY l0 "ha">' + LAUGHS))
    started = time.monotonic()
    with pytest.raises(DocxError, match="entity amplification") as caught:  # libxml2 refuses to amplify
        read_docx(path)
    assert time.monotonic() - started < 5
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("part", ["word/footnotes.xml", "word/styles.xml"])
def test_a_damaged_optional_part_is_left_out(tmp_path: Path, part: str, caplog: pytest.LogCaptureFixture):
    path = build(tmp_path, p("Nội dung chính") + p("Đoạn hai"), notes="<w:footnote w:id=\"1\"><w:p/></w:footnote>")
    path = _rewrite(path, part, lambda xml: xml[: len(xml) // 2])  # cut in the middle: not well-formed
    assert _text(path).split("\n") == ["Nội dung chính", "Đoạn hai"]
    assert part in caplog.text and "read without it" in caplog.text


def test_a_zip_entry_lying_about_its_size_is_not_read_past_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = build(tmp_path, p("x" * 5000))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 100)  # local header: uncompressed size 100
    for offset in _central_entries(bytes(data), b"word/document.xml"):
        struct.pack_into("<I", data, offset + 24, 100)  # central directory: uncompressed size 100
    path.write_bytes(bytes(data))
    monkeypatch.setattr(docx_package, "_MAX_PART_BYTES", 1000)
    with pytest.raises(DocxError, match="document.xml"):
        read_docx(path)


def _central_entries(data: bytes, name: bytes) -> list[int]:
    offsets, start = [], 0
    while (found := data.find(b"PK\x01\x02", start)) >= 0:
        length = struct.unpack_from("<H", data, found + 28)[0]
        if data[found + 46: found + 46 + length] == name:
            offsets.append(found)
        start = found + 4
    return offsets
