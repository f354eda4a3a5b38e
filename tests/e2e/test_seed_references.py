"""Every reference of the seed report, written by hand from reading it, found end to end."""

from datetime import date

import pytest

from extract.normalise import normalise
from extract.parse import infer_province, own_canonical, parse_header
from extract.parse.references import find_references
from extract.read import read_document

QD_587 = date(2021, 9, 24)
UBND_TQ = "Ủy ban nhân dân tỉnh Tuyên Quang"

# (quoted text, kind, canonical, issued_on, issuer, date borrowed from the full mention), in reading order
SEED_MENTIONS = [
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, False),  # title
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, False),  # Căn cứ
    ("Quyết định số 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # (viết tắt là ...)
    ("Nghị định số 45/2012/NĐ-CP ngày 21/5/2012", "Nghị định", "45/2012/NĐ-CP", date(2012, 5, 21), "Chính phủ", False),
    ("Quyết định số 1881/QĐ-TTg ngày 20/11/2020", "Quyết định", "1881/QĐ-TTg", date(2020, 11, 20), "Thủ tướng Chính phủ", False),
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, False),
    ("QUYẾT ĐỊNH SỐ 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # heading II
    ("QUYẾT ĐỊNH SỐ 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # heading III
    ("Thông tư số 64/2024/TT-BTC ngày 28/8/2024", "Thông tư", "64/2024/TT-BTC", date(2024, 8, 28), "Bộ trưởng Bộ Tài chính", False),
    ("Thông tư số 28/2018/TT-BTC ngày 28/3/2018", "Thông tư", "28/2018/TT-BTC", date(2018, 3, 28), "Bộ Tài chính", False),
    ("Quyết định số 587/QĐ-UBND", "Quyết định", "587/QĐ-UBND", QD_587, UBND_TQ, True),  # closing sentence
]

# (canonical, kind, mentions)
SEED_CITED = [
    ("587/QĐ-UBND", "Quyết định", [0, 1, 2, 5, 6, 7, 10]),
    ("45/2012/NĐ-CP", "Nghị định", [3]),
    ("1881/QĐ-TTg", "Quyết định", [4]),
    ("64/2024/TT-BTC", "Thông tư", [8]),
    ("28/2018/TT-BTC", "Thông tư", [9]),
]

SEED_SUBJECTS = {
    3: "về khuyến công",
    4: "phê duyệt Chương trình khuyến công quốc gia giai đoạn 2021-2025",
    8: "sửa đổi, bổ sung một số điều",
}


@pytest.fixture(scope="module")
def seed(seed_path):
    doc = normalise(read_document(seed_path))
    header = parse_header(doc)
    refs, cited = find_references(doc, own_canonical=own_canonical(header), province=infer_province(doc, header))
    return doc, refs, cited


def test_every_mention_of_the_seed(seed):
    _, refs, _ = seed
    found = [(r.text, r.kind, r.canonical, r.issued_on, r.issuer, r.date_from_full_mention) for r in refs]
    assert found == SEED_MENTIONS


def test_cited_documents_of_the_seed(seed):
    _, refs, cited = seed
    assert [(c.canonical, c.kind, c.mentions) for c in cited] == SEED_CITED
    for cited_id, document in enumerate(cited):
        assert all(refs[i].cited_id == cited_id for i in document.mentions)


def test_subjects_and_years_of_the_seed(seed):
    _, refs, _ = seed
    for index, subject in SEED_SUBJECTS.items():
        assert refs[index].subject == subject
    assert [r.year for r in refs] == [2021, 2021, 2021, 2012, 2020, 2021, 2021, 2021, 2024, 2018, 2021]


def test_seed_quotes_point_into_the_text(seed):
    doc, refs, _ = seed
    for ref in refs:
        assert doc.text[ref.start : ref.end] == ref.text
        assert ref.page == 1
