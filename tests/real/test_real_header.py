"""Header fields of the non-scanned real documents against values checked by hand in each document
(Word files opened in Word's XML, the PDF's text layer read page by page). One test per field, so a
run reports the accuracy of every field over the documents."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.normalise.document import NormalisedDocument
from extract.parse.header import infer_province, parse_header
from schemas.models import Header

BLANK = None  # a number or day printed blank for signing
EXPECTED: dict[str, dict[str, object]] = {
    "lc02_sct_laocai_bc_tinh_hinh_ccn_2026-06.docx": {
        "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
        "number": BLANK, "number_blank": True, "symbol": "BC-SCT",
        "place": "Lào Cai", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo", "title": "Tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh",
        "recipients": ["Ủy ban nhân dân tỉnh Lào Cai"],
        "authority": None, "signer_title": "GIÁM ĐỐC", "signer": "Hoàng Chí Hiền", "province": "Lào Cai",
    },
    "lc05_sct_laocai_kh_de_an_08_2026-04.docx": {
        "parent_issuer": "UBND TỈNH LÀO CAI", "issuer": "SỞ CÔNG THƯƠNG",
        "number": BLANK, "number_blank": True, "symbol": "KH-SCT",
        "place": "Lào Cai", "issued_on": None, "date_blank": True,
        "doc_type": "Kế hoạch",
        "title": "Thực hiện Đề án số 08 về phát triển công nghiệp tỉnh Lào Cai theo hướng xanh, hiện đại giai đoạn "
                 "2026-2030",
        "recipients": [],
        "authority": "KT. GIÁM ĐỐC", "signer_title": "PHÓ GIÁM ĐỐC", "signer": "Trịnh Văn Thành", "province": "Lào Cai",
    },
    "lc06_sct_laocai_dkt_bc_kiem_tra_vlncn_2026-04.docx": {
        "parent_issuer": "SỞ CÔNG THƯƠNG LÀO CAI", "issuer": "ĐOÀN KIỂM TRA",
        "number": BLANK, "number_blank": True, "symbol": "ĐKT-SCT",
        "place": "Lào Cai", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo",
        "title": "Kết quả kiểm tra việc chấp hành các quy định của pháp luật trong quản lý, bảo quản và sử dụng vật "
                 "liệu nổ công nghiệp",
        "recipients": ["Giám đốc Sở Công Thương Lào Cai"],
        "authority": "TM. ĐOÀN KIỂM TRA", "signer_title": "TRƯỞNG ĐOÀN", "signer": "Hoàng Văn Thuân",
        "province": "Lào Cai",
    },
    "ld03_bcd_lamdong_bc_de_an_06_thang3_2026.docx": {
        "parent_issuer": "UBND TỈNH LÂM ĐỒNG",
        "issuer": "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO, CHUYỂN ĐỔI SỐ VÀ ĐỀ ÁN 06",
        "number": BLANK, "number_blank": True, "symbol": "BC-BCĐ",
        "place": "Lâm Đồng", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo",
        "title": "Kết quả triển khai thực hiện Tổ Công tác triển khai Đề án 06, cải cách thủ tục hành chính, chuyển "
                 "đổi số gắn với Đề án 06 tháng 3/2026",
        "recipients": [],
        "authority": "TM. BAN CHỈ ĐẠO", "signer_title": "PHÓ TRƯỞNG BAN", "signer": "Nguyễn Ngọc Phúc",
        "province": "Lâm Đồng",
    },
    "ld01_ubnd_lamdong_bc_cchc_2025.pdf": {
        "parent_issuer": None, "issuer": "ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG",
        "number": BLANK, "number_blank": True, "symbol": "BC-UBND",
        "place": "Lâm Đồng", "issued_on": None, "date_blank": True,
        "doc_type": "Báo cáo",
        "title": "Công tác cải cách hành chính năm 2025 và phương hướng, nhiệm vụ năm 2026 của tỉnh Lâm Đồng",
        "recipients": [],
        "authority": "KT. CHỦ TỊCH", "signer_title": "PHÓ CHỦ TỊCH", "signer": "Nguyễn Ngọc Phúc",
        "province": "Lâm Đồng",
    },
}
FIELDS = list(next(iter(EXPECTED.values())))


@lru_cache(maxsize=None)
def _parsed(path: Path) -> tuple[NormalisedDocument, Header]:
    if path.suffix == ".pdf":
        from extract.read.pdf import read_pdf as read
    else:
        from extract.read.docx import read_docx as read
    doc = normalise(read(path))
    return doc, parse_header(doc)


def _actual(doc: NormalisedDocument, header: Header, field: str) -> object:
    if field == "province":
        return infer_province(doc, header)
    value = getattr(header, field)
    if isinstance(value, list):
        return [entry.value for entry in value]
    return value.value if hasattr(value, "value") else value


@pytest.mark.parametrize("name, field", [(name, field) for name in EXPECTED for field in FIELDS])
def test_real_header_field(real_dir: Path, name: str, field: str):
    path = real_dir / name
    if not path.is_file():
        pytest.skip(f"{name} is absent from {real_dir}")
    doc, header = _parsed(path)
    assert _actual(doc, header, field) == EXPECTED[name][field]


@pytest.mark.parametrize("name", list(EXPECTED))
def test_real_header_quotes(real_dir: Path, name: str):
    path = real_dir / name
    if not path.is_file():
        pytest.skip(f"{name} is absent from {real_dir}")
    doc, header = _parsed(path)
    fields = [v for _, v in header if hasattr(v, "start")]
    for field in [*fields, *header.recipients, *header.distribution]:
        assert doc.text[field.start : field.end] == field.text

