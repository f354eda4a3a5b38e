"""References beyond their case tables (tests/cases/references.yaml): grouping, borrowing, OCR labels."""

from datetime import date

import pytest

from extract.normalise import from_text, normalise
from extract.parse.references import find_references
from extract.read.model import RawDocument, RawLine, RawPage

D = date


def test_mentions_of_one_document_group_and_borrow_from_the_full_mention():
    text = (
        "Căn cứ Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Uỷ ban nhân dân tỉnh phê duyệt Chương trình.\n"
        "Thực hiện Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công.\n"
        "KẾT QUẢ THỰC HIỆN QUYẾT ĐỊNH SỐ 587/QĐ-UBND\n"
        "theo Quyết định số 587/QĐ-UBND và 45/2012/ND-CP."
    )
    refs, cited = find_references(from_text(text), province="Tuyên Quang")
    assert [(c.canonical, c.mentions, c.issued_on) for c in cited] == [
        ("587/QĐ-UBND", [0, 2, 3], D(2021, 9, 24)),
        ("45/2012/NĐ-CP", [1, 4], D(2012, 5, 21)),
    ]
    assert [r.cited_id for r in refs] == [0, 1, 0, 0, 1]
    assert [r.date_from_full_mention for r in refs] == [False, False, True, True, True]
    assert refs[3].issued_on == D(2021, 9, 24) and refs[3].issuer == "Ủy ban nhân dân tỉnh Tuyên Quang"
    assert refs[3].year == 2021
    assert cited[0].subject == "phê duyệt Chương trình"


def test_party_documents_printed_with_a_slash_group_with_the_hyphen_form():
    refs, cited = find_references(from_text("Nghị quyết số 57/NQ/TW, ngày 22/12/2024 của Bộ Chính trị; Nghị quyết số 57-NQ/TW"))
    assert len(cited) == 1 and cited[0].mentions == [0, 1]


ATTACHED_CASES = [
    # an appendix's caption names the document itself when the symbol is its own (its number handwritten)
    ("(Kèm theo Công văn số: 5689/BCA-C04 ngày 16 tháng 12 năm 2025)", "BCA-C04", []),
    ("(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 5/3/2025)", "QĐ-UBND", []),
    # another symbol, or no caption: a reference
    ("(Kèm theo Công văn số: 5689/BCA-C04 ngày 16/12/2025)", "BCA-C05", ["5689/BCA-C04"]),
    ("được ban hành kèm theo Quyết định số 555/QĐ-BCT ngày 26/3/2026", "QĐ-BCT", ["555/QĐ-BCT"]),
    ("(Kèm theo Công văn số: 5689/BCA-C04)", None, ["5689/BCA-C04"]),
]


@pytest.mark.parametrize("text, own_symbol, expected", ATTACHED_CASES)
def test_appendix_caption_of_the_document_itself(text, own_symbol, expected):
    refs, _ = find_references(from_text(text), own_symbol=own_symbol)
    assert [r.canonical for r in refs] == expected


# --- OCR'd pages -------------------------------------------------------------------------------------

def _scanned(*pages, text_layer=()):
    """A document of one paragraph per page; pages are OCR'd (confidence as given) except those whose
    1-based number is in `text_layer`."""
    raw_pages = []
    for number, (text, confidence) in enumerate(pages, start=1):
        ocr = number not in text_layer
        raw_pages.append(RawPage(number=number, lines=[RawLine(text=text, new_paragraph=True)], ocr=ocr,
                                 ocr_confidence=confidence if ocr else None))
    return normalise(RawDocument(pages=raw_pages, format="pdf"))


def test_own_number_label_with_a_lost_mark():
    refs, _ = find_references(_scanned(("Sô: 123/BC-SCT\nthực hiện Quyết định số 587/QĐ-UBND", 90)))
    assert [r.canonical for r in refs] == ["587/QĐ-UBND"]
