"""Header and closing parser beyond its case tables (tests/cases/header.yaml)."""

from __future__ import annotations

from extract.normalise import from_text
from extract.parse.header import parse_header

BODY = "Căn cứ Quyết định số 1/QĐ-UBND ngày 02/01/2025 của Ủy ban nhân dân tỉnh."


def test_body_date_is_not_the_header_date():
    doc = from_text(f"BÁO CÁO\nTiêu đề\n{BODY}\nNgày 05 tháng 3 năm 2025, Sở đã họp.")
    header = parse_header(doc)
    assert header.issued_on_text is None and header.place is None


