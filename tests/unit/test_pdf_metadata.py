"""A PDF's own metadata: dates read, legacy TCVN3/VNI fields decoded like text, the header left to the page."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from extract.normalise.metadata import decoded_metadata
from extract.pipeline import extract_record
from extract.read.pdf_metadata import pdf_date, read_metadata
from extract.vi.legacy import encode_text

PLUS_7 = timezone(timedelta(hours=7))


@pytest.mark.parametrize("text, expected", [
    ("D:20070227141249+07'00'", datetime(2007, 2, 27, 14, 12, 49, tzinfo=PLUS_7)),
    ("D:20260413040200Z", datetime(2026, 4, 13, 4, 2, 0, tzinfo=timezone.utc)),
    ("D:19991231235959-05'30'", datetime(1999, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(hours=5, minutes=30)))),
    ("D:2004", datetime(2004, 1, 1)),  # every part after the year is optional
    ("20040701", datetime(2004, 7, 1)),  # the D: prefix left out, as some producers do
    ("D:20041301000000", None),  # month 13
    ("D:20040701+25'00'", None),  # an offset of more than a day
    ("Thứ Năm, 01/7/2004", None),  # free text where a date belongs
    ("", None),
])
def test_pdf_dates(text: str, expected: datetime | None) -> None:
    assert pdf_date(text) == expected


def test_each_field_is_decoded_by_its_own_encoding() -> None:
    title = "Báo cáo kết quả thực hiện nhiệm vụ của Sở Công Thương"
    metadata = decoded_metadata({
        "title": encode_text(title, "tcvn3"), "author": encode_text("Phòng Kế hoạch", "vni"),
        "subject": "Microsoft Word - bc.doc", "creator": "Trần Thị Hương", "created": "2004-07-01T00:00:00",
    })
    assert metadata is not None
    assert metadata.fields == {"title": title, "author": "Phòng Kế hoạch", "subject": "Microsoft Word - bc.doc",
                               "creator": "Trần Thị Hương", "created": "2004-07-01T00:00:00"}
    assert metadata.decoded_from == {"title": "tcvn3", "author": "vni"}
    assert set(metadata.stored) == {"title", "author"}


def test_look_alikes_stay_as_they_are() -> None:
    """An ASCII file name, a Latin-1 name, a Unicode title: not legacy text, left as they are."""
    fields = {"title": "Microsoft Word - BC so 12.doc", "author": "José Müller", "subject": "ỦY BAN NHÂN DÂN"}
    metadata = decoded_metadata(fields)
    assert metadata is not None and metadata.fields == fields and metadata.decoded_from == {}


def test_nothing_stored_is_no_metadata() -> None:
    assert decoded_metadata({}) is None


def _pdf_with_title(path: Path, title: str, body: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setTitle(title)
    canvas.setAuthor("")
    canvas.drawString(72, 770, body)
    canvas.save()
    return path


def test_a_tcvn3_title_with_u_horn_reaches_the_record(tmp_path: Path) -> None:
    """TCVN3 `ư` is byte 0xAD, which PDFDocEncoding leaves undefined: it must survive to the decoder."""
    title = "Báo cáo của Sở Công Thương"
    pdf = _pdf_with_title(tmp_path / "legacy_title.pdf", encode_text(title, "tcvn3"), "Bao cao so 12/BC-SCT")
    assert read_metadata(pdf)["title"].endswith("Th\u00ad\u00acng")
    record, _ = extract_record(pdf, "legacy_title", str(pdf))
    assert record.metadata is not None
    assert (record.metadata.title, record.metadata.decoded_from) == (title, {"title": "tcvn3"})
    assert record.metadata.author is None  # empty fields are left out
    assert record.header.title is None  # a metadata title never stands in for the page's


def test_formats_without_metadata_have_none(tmp_path: Path) -> None:
    text = tmp_path / "plain.txt"
    text.write_text("Báo cáo số 12/BC-UBND\n", encoding="utf-8")
    record, _ = extract_record(text, "plain", str(text))
    assert record.metadata is None
