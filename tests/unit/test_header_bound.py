"""A header field has a length bound: a 1 MB title cell is cut, flagged, and still quotes its text."""

from extract.normalise import from_text
from extract.parse.header import FIELD_CHARS, parse_header
from extract.write.tables import document_row
from schemas.models import Record

TOP = "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 12/BC-UBND\nTuyên Quang, ngày 3 tháng 4 năm 2025\nBÁO CÁO\n"


def test_a_huge_title_is_cut_and_flagged() -> None:
    doc = from_text(TOP + "Kết quả thực hiện chương trình khuyến công " * 25_000 + "\nKính gửi: Bộ Công Thương.")
    title = parse_header(doc).title
    assert len(title.value) == FIELD_CHARS and doc.text[title.start : title.end] == title.text
    assert [flag.name for flag in title.flags] == ["field_too_long"]
    row = document_row(Record(doc_id="d", source="d", sha256="", status="ok", header=parse_header(doc)))
    assert len(row["title"]) == FIELD_CHARS and row["flags"] == "title: field_too_long"


def test_a_real_title_is_whole() -> None:
    title = parse_header(from_text(TOP + "Kết quả thực hiện chương trình khuyến công\nKính gửi: Bộ Công Thương.")).title
    assert title.value == "Kết quả thực hiện chương trình khuyến công" and title.flags == []
