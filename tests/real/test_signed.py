"""The three real signed PDFs of ../shared/signed: the number and the day exist only in signature stamps.

Expected values were read on the pages rendered with their widgets drawn (pypdfium2, forms on), and the
signers and signing times in each signature's certificate and signed attributes (as any PDF viewer's
signature panel shows them). The same file with one byte changed inside the signed range must report
its signatures as not intact.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from extract.pipeline import extract_record
from extract.write.tables import document_row
from schemas.models import Record

VN = timezone(timedelta(hours=7))

# file → (number, symbol, issued_on, doc_type, signature count, first signer, first signing time)
EXPECTED = {
    "sg01_ubnd_laocai_qd_1696_uy_quyen_2026-05.pdf": (
        "1696", "QĐ-UBND", date(2026, 5, 15), "Quyết định", 9,
        "Nguyễn Tuấn Anh, ỦY BAN NHÂN DÂN TỈNH LÀO CAI", datetime(2026, 5, 15, 16, 45, 38, tzinfo=VN),
    ),
    "sg02_ubnd_laocai_cv_7432_trien_khai_qd_1074_2026-07.pdf": (
        "7432", "UBND-XD", date(2026, 7, 21), "Công văn", 4,
        "Phan Trung Bá, ỦY BAN NHÂN DÂN TỈNH LÀO CAI", datetime(2026, 7, 20, 17, 54, 35, tzinfo=VN),
    ),
    "sg03_sct_laocai_cv_1629_kho_vlncn_2026-03.pdf": (
        "1629", "SCT-CN", date(2026, 3, 27), "Công văn", 4,
        "Hoàng Văn Thuân, ỦY BAN NHÂN DÂN TỈNH LÀO CAI", datetime(2026, 3, 27, 15, 3, 49, tzinfo=VN),
    ),
}

_records: dict[Path, Record] = {}


def _record(path: Path) -> Record:
    if path not in _records:
        _records[path] = extract_record(path, path.stem, path.name)[0]
    return _records[path]


def _path(signed_dir: Path, name: str) -> Path:
    path = signed_dir / name
    if not path.is_file():
        pytest.skip(f"{name} is absent from {signed_dir}")
    return path


@pytest.mark.parametrize("name", list(EXPECTED))
def test_number_and_day_from_stamps(signed_dir: Path, name: str) -> None:
    number, symbol, issued_on, doc_type, *_ = EXPECTED[name]
    header = _record(_path(signed_dir, name)).header
    assert (header.number.value, header.symbol.value, header.issued_on, header.doc_type.value) == (
        number, symbol, issued_on, doc_type
    )
    assert not header.number_blank and not header.date_blank
    assert header.number.source == "stamp" and header.issued_on_text.source == "stamp"
    assert header.symbol.source == "printed" and header.place.value == "Lào Cai"


def test_stamp_corrects_printed_month(signed_dir: Path) -> None:
    """sg01 prints `tháng 4`; the stamp drawn over the 4 says 5 (the file name and signing day agree)."""
    header = _record(_path(signed_dir, "sg01_ubnd_laocai_qd_1696_uy_quyen_2026-05.pdf")).header
    assert header.issued_on == date(2026, 5, 15) and "tháng 5" in header.issued_on_text.text


@pytest.mark.parametrize("name", list(EXPECTED))
def test_signatures(signed_dir: Path, name: str) -> None:
    *_, count, signed_by, signed_at = EXPECTED[name]
    record = _record(_path(signed_dir, name))
    assert len(record.signatures) == count
    assert all(s.intact and s.valid and s.trust == "unknown" and not s.error for s in record.signatures)
    assert record.signatures[-1].coverage == "entire_file"
    row = document_row(record)
    assert (row["signed_by"], row["signed_at"], row["signature_intact"]) == (signed_by, signed_at.isoformat(), True)


def test_one_byte_changed_inside_signed_range(signed_dir: Path, tmp_path: Path) -> None:
    """A byte of the file's binary comment line (inside every signature's first byte range) changed."""
    data = bytearray(_path(signed_dir, "sg02_ubnd_laocai_cv_7432_trien_khai_qd_1074_2026-07.pdf").read_bytes())
    comment = data.index(b"\n%", 0, 64) + 2  # the `%âãÏÓ` line that follows `%PDF-1.x`
    data[comment] ^= 0x01
    changed = tmp_path / "sg02_changed.pdf"
    changed.write_bytes(bytes(data))
    record = extract_record(changed, changed.stem, changed.name)[0]
    assert record.status == "ok" and len(record.signatures) == 4
    assert all(s.intact is False for s in record.signatures)
    assert document_row(record)["signature_intact"] is False
    assert record.header.number.value == "7432"  # the document itself still reads
