"""The review page: every extraction highlighted once, checks linking to their figures, valid nesting."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from extract.check import run_checks
from extract.normalise import from_text
from extract.write.review import Span, display_number, render_text, write_index_page, write_review_page
from tests.unit.test_checks_records import amounts, counts, footnote, markers, record, table

TEXT = (
    "Căn cứ Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Ủy ban nhân dân tỉnh.\n"
    "Công nhận 03 sản phẩm tiêu biểu¹, trong đó 02 sản phẩm đạt cấp khu vực².\n"
    "Tổng kinh phí: 13.183,72 triệu đồng\n"
    "- Khuyến công quốc gia: 9.270 triệu đồng\n"
    "- Khuyến công địa phương: 3.913,72 triệu đồng\n"
    "\n"
    "¹ 1. Chè Shan tuyết; 2. Rượu 9 chum; 3. Mỳ khô Thuật Yến\n"
    "² 1. Chè Shan tuyết; 2. Mỳ khô Thuật Yến"
)


class _Collector(HTMLParser):
    """Counts elements by class, collects ids and links, and checks that tags nest properly."""

    def __init__(self) -> None:
        super().__init__()
        self.classes: dict[str, int] = {}
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.titles: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        a = dict(attrs)
        if tag not in ("meta", "br"):
            self.stack.append(tag)
        for c in (a.get("class") or "").split():
            self.classes[f"{tag}.{c}"] = self.classes.get(f"{tag}.{c}", 0) + 1
        if "id" in a:
            assert a["id"] not in self.ids, f"duplicate id {a['id']}"
            self.ids.add(a["id"])
        if tag == "a":
            self.links.append(a["href"])
        if a.get("title"):
            self.titles.append(a["title"])

    def handle_endtag(self, tag) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1] if self.stack else None}>"
        self.stack.pop()


def _page(tmp_path: Path) -> tuple[_Collector, str]:
    doc = from_text(TEXT)
    rec = record(
        doc,
        amounts=amounts(doc, [("13.183,72 triệu đồng", 13_183_720_000, "13.183,72", "triệu đồng"),
                              ("9.270 triệu đồng", 9_270_000_000, "9.270", "triệu đồng"),
                              ("3.913,72 triệu đồng", 3_913_720_000, "3.913,72", "triệu đồng")]),
        counts=counts(doc, [("03 sản phẩm", 3, "sản phẩm"), ("02 sản phẩm", 2, "sản phẩm")]),
        footnote_markers=markers(doc)[:2],
        footnotes=[footnote(doc, "1", "¹ ", ["Chè Shan tuyết", "Rượu 9 chum", "Mỳ khô Thuật Yến"]),
                   footnote(doc, "2", "² ", ["Chè Shan tuyết", "Mỳ khô Thuật Yến"])],
    )
    rec.checks = run_checks(doc, rec)
    path = tmp_path / "review" / "t.html"
    write_review_page(rec, doc.text, path)
    page = path.read_text(encoding="utf-8")
    collector = _Collector()
    collector.feed(page)
    assert collector.stack == ["html"] or collector.stack == []
    return collector, page


def test_review_page_highlights_and_checks(tmp_path: Path) -> None:
    c, page = _page(tmp_path)
    assert c.classes["mark.amount"] == 3 and c.classes["mark.count"] == 2 and c.classes["mark.marker"] == 2
    assert c.classes["tr.check"] == 4  # sum, two list lengths, subset
    assert page.count("status pass") == 4
    for link in c.links:
        assert link.startswith("#") and link[1:] in c.ids, f"dangling link {link}"
    assert {"fn-1", "fn-2"} <= c.ids
    kinds = [i.split("-")[0] for i in c.ids]
    assert (kinds.count("amount"), kinds.count("count"), kinds.count("marker"), kinds.count("item")) == (3, 2, 2, 5)
    assert "13.183.720.000 đồng" in c.titles and "3 × sản phẩm" in c.titles
    assert "<script" not in page and "http" not in page.split("<body>")[1]


@pytest.mark.parametrize(
    "index, status, link",
    [
        ("index.html", "ok", 'href="review/t.html"'),  # index at the top of the run's folder
        ("review/index.html", "ok", 'href="t.html"'),  # index among the review pages
        ("index.html", "failed", None),  # a failed document has no review page: no dangling link
    ],
)
def test_index_page_links_reviews(tmp_path: Path, index: str, status: str, link) -> None:
    doc = from_text("Báo cáo")
    path = tmp_path / index
    rec = record(doc).model_copy(update={"status": status, "error": "unreadable" if status == "failed" else ""})
    write_index_page([rec], path)
    page = path.read_text(encoding="utf-8")
    assert (link in page) if link else ("href=" not in page and "unreadable" in page)


RENDER_CASES = [
    # (text, spans, expected html)
    ("ab cd", [], "ab cd"),
    ("a<b>&c", [Span(1, 4, "count", "x")], 'a<mark class="count" title="x">&lt;b&gt;</mark>&amp;c'),
    ("abcdef", [Span(0, 6, "footnote", "f"), Span(2, 4, "item", "i")],
     '<mark class="footnote" title="f">ab<mark class="item" title="i">cd</mark>ef</mark>'),
    # crossing spans: the later one is split, and only its first piece carries the id
    ("abcdef", [Span(0, 4, "amount", "m", anchor="m1"), Span(2, 6, "figure", "g", anchor="g1")],
     '<mark class="amount" title="m" id="m1">ab<mark class="figure" title="g" id="g1">cd</mark></mark>'
     '<mark class="figure" title="g">ef</mark>'),
    ("x¹", [Span(1, 2, "marker", "footnote 1", href="#fn-1")],
     'x<a class="marker" title="footnote 1" href="#fn-1"><mark class="marker">¹</mark></a>'),
    ("abc", [Span(2, 9, "count", "out of range")], "abc"),
]


@pytest.mark.parametrize("text, spans, expected", RENDER_CASES)
def test_render_text(text: str, spans: list, expected: str) -> None:
    assert render_text(text, spans) == expected


@pytest.mark.parametrize(
    "value, shown",
    [("0", "0"), ("37", "37"), ("13183720000", "13.183.720.000"), ("-1000000000", "−1.000.000.000"),
     ("2000.5", "2.000,5"), ("-8", "−8"), ("n/a", "n/a")],
)
def test_numbers_shown_the_vietnamese_way(value: str, shown: str) -> None:
    assert display_number(value) == shown


def test_table_checks_shown_on_the_table(tmp_path: Path) -> None:
    """The total cell and the cells it sums are marked on the table drawn in the page, linked both ways."""
    text = "TT | Nội dung | Số lượng\nI | Nhóm A | 30\n1 | A1 | 10\n2 | A2 | 20\nII | Nhóm B | 12\nCộng | Cộng | 42"
    doc = from_text(text)
    rec = record(doc, tables=[table(doc, "TT | Nội dung", 6)])
    rec.checks = run_checks(doc, rec)
    path = tmp_path / "t.html"
    write_review_page(rec, doc.text, path)
    c = _Collector()
    c.feed(path.read_text(encoding="utf-8"))
    assert c.classes["table.checked"] == 1
    assert c.classes["td.stated"] == 2  # 30 (group I) and 42 (the total)
    assert c.classes["td.part"] == 3  # 10 and 20 under I, 12 (30 is also a part of 42: stated wins)
    for link in c.links:
        assert link.startswith("#") and link[1:] in c.ids, f"dangling link {link}"
