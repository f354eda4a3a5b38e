"""Footnote lists against the counts that announce them, and a part list against its whole."""

from __future__ import annotations

import pytest

from extract.check import run_checks
from extract.normalise import from_text
from tests.unit.test_checks_records import counts, footnote, markers, record

BODY = (
    "Ủy ban nhân dân tỉnh công nhận {whole} sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh¹, trong đó {part} sản "
    "phẩm được công nhận cấp khu vực năm 2024²."
)
WHOLE = ["Chè Shan tuyết Hồng Thái", "Rượu 9 chum", "Mỳ khô Thuật Yến", "Trà Ổi Bình Minh"]


def _doc_and_record(whole_n: str, part_n: str, whole_items: list[str], part_items: list[str]):
    line1 = "¹ " + "; ".join(f"{n}. {p} của Hợp tác xã A" for n, p in enumerate(whole_items, 1))
    line2 = "² " + "; ".join(f"{n}. {p} Công ty B" for n, p in enumerate(part_items, 1))
    doc = from_text(BODY.format(whole=whole_n, part=part_n) + "\n\n" + line1 + "\n" + line2)
    rec = record(
        doc,
        counts=counts(doc, [(f"{whole_n} sản phẩm", int(whole_n), "sản phẩm"), (f"{part_n} sản", int(part_n), "sản phẩm")]),
        footnote_markers=markers(doc)[:2],
        footnotes=[footnote(doc, "1", "¹ ", whole_items), footnote(doc, "2", "² ", part_items)],
    )
    return doc, rec


CASES = [
    # (whole count, part count, whole items, part items, expected (check, stated, computed, difference, status))
    ("04", "02", WHOLE, ["Chè Shan tuyết Hồng Thái", "Mỳ khô Thuật Yến"],
     [("list_length", "4", "4", "0", "pass"), ("list_length", "2", "2", "0", "pass"), ("subset", "2", "2", "0", "pass")]),
    # case and punctuation differ: the same product; the i/y spelling differs: another name, reported missing
    ("04", "02", WHOLE, ["chè shan tuyết Hồng Thái.", "Mì khô Thuật Yến"],
     [("list_length", "4", "4", "0", "pass"), ("list_length", "2", "2", "0", "pass"), ("subset", "2", "1", "1", "fail")]),
    ("05", "02", WHOLE, ["Rượu 9 chum", "Trà Ổi Bình Minh"],
     [("list_length", "5", "4", "1", "fail"), ("list_length", "2", "2", "0", "pass"), ("subset", "2", "2", "0", "pass")]),
    ("04", "03", WHOLE, ["Rượu 9 chum", "Trà ổi Bình Minh", "Bún khô Đà Vị"],
     [("list_length", "4", "4", "0", "pass"), ("list_length", "3", "3", "0", "pass"), ("subset", "3", "2", "1", "fail")]),
]


@pytest.mark.parametrize("whole_n, part_n, whole_items, part_items, expected", CASES)
def test_footnote_lists(whole_n, part_n, whole_items, part_items, expected) -> None:
    doc, rec = _doc_and_record(whole_n, part_n, whole_items, part_items)
    checks = run_checks(doc, rec)
    assert [(c.check, c.stated, c.computed, c.difference, c.status) for c in checks] == expected
    for check in checks:
        assert all(doc.text[f.start : f.end] == f.text for f in check.figures)


def test_subset_names_the_missing_item() -> None:
    doc, rec = _doc_and_record("04", "03", WHOLE, ["Rượu 9 chum", "Trà ổi Bình Minh", "Bún khô Đà Vị"])
    subset = [c for c in run_checks(doc, rec) if c.check == "subset"][0]
    assert subset.detail.endswith("not found: Bún khô Đà Vị")
    assert [f.text for f in subset.figures if f.role == "stated"] == ["03 sản", "04 sản phẩm"]


NOT_ANNOUNCING = [
    # the marker closes another phrase: a comma, a colon or a relation word stands between
    "Công nhận 04 sản phẩm, được Bộ Công Thương đánh giá cao¹.",
    "Công nhận 04 sản phẩm: danh sách tại phụ lục¹.",
    "Công nhận 04 sản phẩm trong đó có sản phẩm chè¹.",
]


@pytest.mark.parametrize("body", NOT_ANNOUNCING)
def test_marker_after_a_break_announces_nothing(body: str) -> None:
    doc = from_text(body + "\n\n¹ 1. Chè A; 2. Chè B; 3. Chè C; 4. Chè D")
    rec = record(
        doc,
        counts=counts(doc, [("04 sản phẩm", 4, "sản phẩm")]),
        footnote_markers=markers(doc)[:1],
        footnotes=[footnote(doc, "1", "¹ ", ["Chè A", "Chè B", "Chè C", "Chè D"])],
    )
    assert run_checks(doc, rec) == []


@pytest.mark.parametrize(
    "note, checked",
    [
        ("¹ (1) Cấp phiếu lý lịch; (2) Học bạ số", True),  # one list: announced by the count
        ("¹ - Đã triển khai: (1) Cấp phiếu lý lịch; (2) Học bạ số; - Đang triển khai: (1) Số hóa hộ tịch", False),
    ],
)
def test_list_length_only_on_a_footnote_with_one_list(note: str, checked: bool) -> None:
    """Numbering that starts again means several lists: which one the count announces is not stated."""
    doc = from_text("Đã triển khai 02 nhiệm vụ trọng tâm¹.\n\n" + note)
    rec = record(
        doc,
        counts=counts(doc, [("02 nhiệm vụ", 2, "nhiệm vụ")]),
        footnote_markers=markers(doc)[:1],
        footnotes=[footnote(doc, "1", "¹ ", ["Cấp phiếu lý lịch", "Học bạ số"])],
    )
    assert [c.check for c in run_checks(doc, rec)] == (["list_length"] if checked else [])
