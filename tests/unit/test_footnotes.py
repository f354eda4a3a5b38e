"""Footnote parser beyond its case tables (tests/cases/footnotes.yaml): item labels and spans."""

from __future__ import annotations

from extract.normalise import normalise
from extract.parse.footnotes import parse_footnotes
from extract.read.model import RawDocument, RawLine, RawPage


def _doc(body: str, footnotes: dict[str, str]):
    """A one-page document: body lines (markers as superscripts) and footnotes by label."""
    lines = [RawLine(text=line, new_paragraph=True) for line in body.split("\n")]
    lines += [RawLine(text=text, kind="footnote", footnote_label=label) for label, text in footnotes.items()]
    return normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="txt"))


def test_parenthesised_labels_are_quoted_with_the_item():
    doc = _doc("Các kế hoạch¹.", {"1": "(1) Kế hoạch A; (2) Kế hoạch B."})
    _, footnotes = parse_footnotes(doc)
    assert [i.text for i in footnotes[0].items] == ["(1) Kế hoạch A", "(2) Kế hoạch B"]


def test_a_second_list_heading_is_no_part_of_the_item_before_it():
    doc = _doc("Nhiệm vụ¹.", {"1": "- Đã xong: (1) Số hóa hộ tịch; (2) Vay tín chấp; - Đang làm: (1) Đánh số nhà; (2) Thu phí."})
    _, footnotes = parse_footnotes(doc)
    assert [i.text for i in footnotes[0].items] == [
        "(1) Số hóa hộ tịch", "(2) Vay tín chấp", "(1) Đánh số nhà", "(2) Thu phí"]


def test_item_spans_quote_the_item():
    text = "1. Rượu 9 chum; 2. Rượu Chin Công ty TNHH Khánh Xuân, thôn Vông Vàng 2, xã Xuân Vân."
    doc = _doc("Sản phẩm¹.", {"1": text})
    _, footnotes = parse_footnotes(doc)
    assert [i.text for i in footnotes[0].items] == [
        "1. Rượu 9 chum", "2. Rượu Chin Công ty TNHH Khánh Xuân, thôn Vông Vàng 2, xã Xuân Vân"]
    for item in footnotes[0].items:
        assert doc.text[item.start : item.end] == item.text


