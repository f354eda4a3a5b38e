"""OCR of the two genuine scans against what their page images show (read by eye at 80 dpi).

lc09 (Công văn 2265/BCT-ATMT, 3 pages at 150 dpi): the number `2265` and the day and month are
handwritten; page 3 holds only a seal. hcm01 (Kế hoạch 753/KH-DCT, 4 pages at 240 dpi): the
number `753` and the day `23` are handwritten, seals stand over the margin and the signature.
Handwriting must come out as missing, never as an invented figure.

Header expectations were read from the page images: lc09 prints `BỘ CÔNG THƯƠNG` / `Số: ____/BCT-ATMT` /
`V/v triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9` on the
left, `Hà Nội, ngày __ tháng __ năm 2026` on the right, and closes with `KT. BỘ TRƯỞNG` / `THỨ
TRƯỞNG` / `Trương Thanh Hoài` beside a five-entry `Nơi nhận`. hcm01 prints `BỘ CÔNG THƯƠNG` /
`TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG` / `THÀNH PHỐ HỒ CHÍ MINH` / `Số: ___/KH-DCT`, `Thành phố Hồ Chí Minh,
ngày __ tháng 6 năm 2026`, `KẾ HOẠCH` and its title; its closing prints `HIỆU TRƯỞNG` in black after
a handwritten `KT`, while the signer's title (`PHÓ HIỆU TRƯỞNG`) and name are red stamps, which the
OCR clears with the seal: no authority and no signer are read there, none is invented.
"""

from __future__ import annotations

import copy
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Optional

import pytest
import regex

from extract.normalise import normalise
from extract.normalise.document import NormalisedDocument
from extract.parse.header import parse_header
from extract.read.model import RawDocument, RawPage
from extract.read.ocr import ocr_pages
from extract.read.ocr_fixes import fix_ocr_text
from schemas.models import Header

pytestmark = pytest.mark.slow  # OCR of genuine scans

LC09 = "lc09_bct_cv_2265_atmt_gp_hhnh_2026-04_scan.pdf"
HCM01 = "hcm01_dct_kh_753_khao_sat_hai_long_2026-06_scan.pdf"
PAGES = {LC09: 3, HCM01: 4}


@lru_cache(maxsize=None)
def _pages(path: Path) -> dict[int, RawPage]:
    return ocr_pages(path, list(range(1, PAGES[path.name] + 1)))


def _text(real_dir: Path, name: str) -> str:
    """All lines of the document, OCR repairs applied, joined with single spaces."""
    pages = _pages(real_dir / name)
    return " ".join(fix_ocr_text(line.text) for number in sorted(pages) for line in pages[number].lines)


# references and dates printed in the documents (typed text, not handwriting)
PRINTED = [
    (LC09, "Thông tư số 15/2026/TT-BCT ngày 25 tháng 3 năm 2026"),
    (LC09, "Khoản 2 Điều 3 của Thông tư số 15/2026/TT-BCT"),
    (LC09, "Thông tư số 38/2025/TT-BCT"),
    (LC09, "Điều 44 Nghị định số 105/2025/NĐ-CP"),
    (LC09, "Thông tư có hiệu lực từ ngày 10/4/2026"),
    (LC09, "Quyết định số 555/QĐ-BCT ngày 26 tháng 3 năm 2026"),
    (LC09, "BCT-ATMT"),
    (HCM01, "Quyết định số 2034/QĐ-BGDĐT ngày 13 tháng 7 năm 2023"),
    (HCM01, "Quyết định số 3871/QĐ-BGDĐT ngày 05 tháng 12 năm 2024"),
    (HCM01, "Quyết định số 214/QĐ-DCT ngày 12 tháng 01 năm 2026"),
    (HCM01, "Công văn số 2637/BGDĐT-VP"),
    (HCM01, "theo Phụ lục I của Công văn"),
    (HCM01, "từ ngày 29/6/2026 đến hết ngày 09/7/2026"),
    (HCM01, "KẾ HOẠCH"),
]


@pytest.mark.parametrize(("name", "printed"), PRINTED)
def test_printed_reference_is_read(real_dir: Path, name: str, printed: str) -> None:
    assert printed in _text(real_dir, name)


# the handwritten document number: its symbol may be read, a number before it must not be invented
HANDWRITTEN_NUMBER = [(LC09, "BCT-ATMT"), (HCM01, "KH-DCT")]


@pytest.mark.parametrize(("name", "symbol"), HANDWRITTEN_NUMBER)
def test_handwritten_number_is_not_invented(real_dir: Path, name: str, symbol: str) -> None:
    assert not regex.search(rf"\d\s*/\s*{symbol}", _text(real_dir, name))


def test_pages_are_ocr_pages_with_confidence(real_dir: Path) -> None:
    for name, count in PAGES.items():
        pages = _pages(real_dir / name)
        assert sorted(pages) == list(range(1, count + 1))
        assert all(page.ocr for page in pages.values())
    text_pages = [_pages(real_dir / LC09)[1], *_pages(real_dir / HCM01).values()]
    assert all(page.ocr_confidence is not None and page.ocr_confidence > 85 for page in text_pages)


def test_seal_only_page_gives_no_text(real_dir: Path) -> None:
    page = _pages(real_dir / LC09)[3]
    assert page.lines == [] and page.ocr_confidence is None


@lru_cache(maxsize=None)
def _document(path: Path) -> NormalisedDocument:
    pages = _pages(path)
    return normalise(RawDocument(pages=[copy.deepcopy(pages[number]) for number in sorted(pages)], format="pdf"))


def _header(real_dir: Path, name: str) -> Header:
    return parse_header(_document(real_dir / name))


def _bare(text: str) -> str:
    """Letters without marks: OCR drops some marks of the small italic subject line."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _value(field) -> Optional[str]:
    return None if field is None else field.value


HEADER = [
    # (document, field, value read by eye from the page image)
    (LC09, "doc_type", "Công văn"),
    (LC09, "parent_issuer", None),
    (LC09, "issuer", "BỘ CÔNG THƯƠNG"),
    (LC09, "number", None),
    (LC09, "symbol", "BCT-ATMT"),
    (LC09, "place", "Hà Nội"),
    (LC09, "authority", "KT. BỘ TRƯỞNG"),
    (LC09, "signer_title", "THỨ TRƯỞNG"),
    (LC09, "signer", "Trương Thanh Hoài"),
    (HCM01, "doc_type", "Kế hoạch"),
    (HCM01, "parent_issuer", "BỘ CÔNG THƯƠNG"),
    (HCM01, "issuer", "TRƯỜNG ĐẠI HỌC CÔNG THƯƠNG THÀNH PHỐ HỒ CHÍ MINH"),
    (HCM01, "number", None),
    (HCM01, "symbol", "KH-DCT"),
    (HCM01, "place", "Thành phố Hồ Chí Minh"),
    (HCM01, "title", "Khảo sát, xác định chỉ số hài lòng của người dân đối với dịch vụ giáo dục công năm 2026"),
    (HCM01, "authority", None),
    (HCM01, "signer_title", "HIỆU TRƯỞNG"),
    (HCM01, "signer", None),
]


@pytest.mark.parametrize(("name", "field", "value"), HEADER)
def test_header_field(real_dir: Path, name: str, field: str, value: Optional[str]) -> None:
    header = _header(real_dir, name)
    assert _value(getattr(header, field)) == value
    found = getattr(header, field)
    if found is not None:
        assert _document(real_dir / name).text[found.start : found.end] == found.text


@pytest.mark.parametrize("name", [LC09, HCM01])
def test_handwritten_number_and_date_are_missing(real_dir: Path, name: str) -> None:
    header = _header(real_dir, name)
    assert header.number is None and header.number_blank
    assert header.issued_on is None and header.date_blank


def test_subject_of_the_cong_van(real_dir: Path) -> None:
    title = _header(real_dir, LC09).title
    printed = "triển khai thực hiện thủ tục cấp Giấy phép vận chuyển hàng hóa nguy hiểm loại 1,2,3,4,9"
    assert title is not None and _bare(title.value) == _bare(printed)


# `Nơi nhận` lists: (document, entries printed, first entry, last entry)
DISTRIBUTION = [(LC09, 5, "Như trên", "Lưu: VT, ATMT"), (HCM01, 3, None, "Lưu: VT, QLCL")]


@pytest.mark.parametrize(("name", "count", "first", "last"), DISTRIBUTION)
def test_distribution(real_dir: Path, name: str, count: int, first: Optional[str], last: str) -> None:
    entries = [entry.value for entry in _header(real_dir, name).distribution]
    assert len(entries) == count and entries[-1] == last
    assert first is None or entries[0] == first


@pytest.mark.parametrize("name", [LC09, HCM01])
def test_no_footnote_without_a_label(real_dir: Path, name: str) -> None:
    document = _document(real_dir / name)
    assert document.footnotes == [] and document.markers == []
