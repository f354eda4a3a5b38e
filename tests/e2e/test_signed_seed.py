"""The signed rendition of the seed (corpus/seed_signed.pdf, made by tools/render_signed.py): its number and
day exist only in signature stamps, its three signatures are intact; unsigned files leave the signature
columns empty. Expected values are those the rendition was made with (its header and stamps, its signing
times), and what its first page shows when drawn with its widgets."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from extract.pipeline import extract_record
from extract.write.tables import document_row
from schemas.models import Record
from tests.conftest import CORPUS

VN = timezone(timedelta(hours=7))


@pytest.fixture(scope="module")
def signed() -> Record:
    path = CORPUS / "seed_signed.pdf"
    if not path.is_file():
        pytest.skip(f"{path} is absent: python -m tools.make_corpus builds it")
    return extract_record(path, path.stem, path.name)[0]


def test_number_and_day_read_from_stamps(signed: Record) -> None:
    header = signed.header
    assert (header.parent_issuer.value, header.issuer.value) == ("UBND TỈNH TUYÊN QUANG", "SỞ CÔNG THƯƠNG")
    assert (header.number.value, header.symbol.value, header.number.source) == ("125", "BC-SCT", "stamp")
    assert (header.place.value, header.issued_on, header.issued_on_text.source) == (
        "Tuyên Quang", date(2025, 6, 16), "stamp"
    )
    assert not header.number_blank and not header.date_blank
    assert header.symbol.source == "printed"


def test_signatures_intact(signed: Record) -> None:
    assert [s.field for s in signed.signatures] == ["Signature1", "Signature2", "Signature3"]
    assert all(s.intact and s.valid and s.trust == "unknown" and not s.error for s in signed.signatures)
    assert [s.coverage for s in signed.signatures] == ["entire_revision", "entire_revision", "entire_file"]
    first = signed.signatures[0]
    assert (first.signer, first.organisation, first.reason, first.location) == (
        "Người Ký Thử", "ĐƠN VỊ THỬ NGHIỆM BAOCAO", "Ký số văn bản", "Tuyên Quang"
    )
    row = document_row(signed)
    assert (row["signed_by"], row["signed_at"], row["signature_intact"]) == (
        "Người Ký Thử, ĐƠN VỊ THỬ NGHIỆM BAOCAO", datetime(2025, 6, 16, 9, 30, tzinfo=VN).isoformat(), True
    )


def test_one_byte_changed_inside_signed_range(tmp_path: Path) -> None:
    """One byte of the page content (inside every signature's first byte range) changed: none intact."""
    data = bytearray((CORPUS / "seed_signed.pdf").read_bytes())
    at = data.index(b"BT") + 1  # within the first text object of the page content
    data[at] = ord("U")  # `BU`: the content stream changed, the file still parses
    changed = tmp_path / "seed_signed_changed.pdf"
    changed.write_bytes(bytes(data))
    record = extract_record(changed, changed.stem, changed.name)[0]
    assert record.status == "ok" and len(record.signatures) == 3
    assert [s.intact for s in record.signatures] == [False, False, False]
    assert document_row(record)["signature_intact"] is False


@pytest.mark.parametrize("name", ["seed.pdf", "seed.txt", "seed_vntime.docx"])
def test_unsigned_files_leave_the_columns_empty(name: str) -> None:
    path = CORPUS / name
    record = extract_record(path, path.stem, path.name)[0]
    row = document_row(record)
    assert record.signatures == [] and (row["signed_by"], row["signed_at"], row["signature_intact"]) == (None,) * 3
