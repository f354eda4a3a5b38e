"""OCR of the two genuine scans against what their page images show (read by eye at 80 dpi).

lc09 (Công văn 2265/BCT-ATMT, 3 pages at 150 dpi): the number `2265` and the day and month are
handwritten; page 3 holds only a seal. hcm01 (Kế hoạch 753/KH-DCT, 4 pages at 240 dpi): the
number `753` and the day `23` are handwritten, seals stand over the margin and the signature.
Handwriting must come out as missing, never as an invented figure.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import regex

from extract.normalise.ocr_fixes import fix_ocr_text
from extract.read.model import RawPage
from extract.read.ocr import ocr_pages

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
