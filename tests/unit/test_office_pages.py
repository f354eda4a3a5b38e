"""The page count an old Word or RTF file declares, which LibreOffice's .docx export drops."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.read.office_pages import declared_pages


@pytest.mark.parametrize("info, pages", [
    (rb"{\info{\title B\'e1o c\'e1o}{\nofpages12}{\nofwords3400}}", 12),
    (rb"{\info{\nofpages0}}", None),  # a count of none is no count
    (rb"{\info{\title x}}", None),  # Word not asked to count
    (rb"{\info{\nofwords12}}", None),  # words, not pages
])
def test_rtf_page_counts(tmp_path: Path, info: bytes, pages: int | None) -> None:
    path = tmp_path / "bao_cao.rtf"
    path.write_bytes(rb"{\rtf1\ansi\deff0" + info + rb"\pard Noi dung\par}")
    assert declared_pages(path, "rtf") == pages


def test_a_doc_without_a_readable_summary_declares_nothing(tmp_path: Path) -> None:
    path = tmp_path / "not_ole.doc"
    path.write_bytes(b"{\\rtf1 a .doc that is really RTF}")
    assert declared_pages(path, "doc") is None


def test_other_formats_declare_nothing(tmp_path: Path) -> None:
    path = tmp_path / "page.odt"
    path.write_bytes(b"PK\x03\x04")
    assert declared_pages(path, "odt") is None
