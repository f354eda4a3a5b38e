"""The Word reader on the four real .docx reports in ../shared/real, through the normaliser.

Expected values were counted in each document's XML by hand (word/document.xml and
word/footnotes.xml), not taken from the reader's output:
- footnotes: ld03 has 8 (ids 1-8, referenced in that order), lc02 has 1; lc05 and lc06 have only
  the two separator notes;
- tables: each document has a header table and a closing table (layout); lc05 also has two data
  tables, Biểu 01 (8 rows x 8 columns) and Biểu 02 (6 rows x 8 columns), empty templates;
- body lines: the non-empty paragraphs outside data tables plus one line per data-table row
  (lc02 65 + 13, lc05 133 + 16 + 14, lc06 114 + 15, ld03 105 + 21);
- pages: Word's own count at the last save (docProps/app.xml) is 7, 11, 8 and 13.
"""

from __future__ import annotations

import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from extract.normalise import NormalisedDocument, normalise
from extract.read.docx import read_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

# file prefix, Số line without spaces, place-and-date line, body lines, pages, tables (rows, columns)
DOCUMENTS = [
    ("lc02", "Số:/BC-SCT", "Lào Cai, ngày tháng 6 năm 2026", 78, 7, []),
    ("lc05", "Số:/KH-SCT", "Lào Cai, ngày tháng 4 năm 2026", 163, 11, [(8, 8), (6, 8)]),
    ("lc06", "Số:/ĐKT-SCT", "Lào Cai, ngày tháng 4 năm 2026", 129, 8, []),
    ("ld03", "Số:/BC-BCĐ", "Lâm Đồng, ngày tháng 4 năm 2026", 126, 13, []),
]

# file prefix, label, the body text around the marker, the start of the footnote text
FOOTNOTES = [
    ("lc02", "1", "Nghị định số 32/2024/NĐ-CP¹);", "Văn bản số 2887/SCT-CN ngày 21/5/2026 của Sở Công Thương"),
    ("ld03", "1", "ban hành 05 văn bản¹ chỉ đạo", "Công văn số 946/SKHCN-VP ngày 20/03/2026"),
    ("ld03", "2", "các nội dung làm việc cụ thể².", "Nội dung làm việc: (1) Triển khai rà soát"),
    ("ld03", "3", "theo kế hoạch³; gắn", "Kế hoạch số 8016/KH-UBND ngày 01/10/2020"),
    ("ld03", "4", "tài khoản người dùng(⁴).", "Ngoài ra, Sở Khoa học và Công nghệ"),
    ("ld03", "5", "an ninh mạng(⁵). Đồng thời", "Gồm: Công văn số 346/UBND"),
    ("ld03", "6", "đối với các đơn vị(⁶); rà soát", "Gồm: UBND xã Tà Năng"),
    ("ld03", "7", "đặc khu(⁷).", "Công văn số 64/CAT-PA05 ngày 07/1/2026"),
    ("ld03", "8", "là 02 nhiệm vụ⁸.", "19 nhiệm vụ trọng tâm: - Nhiệm vụ đã triển khai"),
]
FOOTNOTE_COUNTS = {"lc02": 1, "lc05": 0, "lc06": 0, "ld03": 8}
TCVN3_SOUP = set("¸µ¶·¨©ª«®¬¦§£¤¥")  # bytes of .VnTime text read as Latin-1: must never show


def _path(real_dir: Path, prefix: str) -> Path:
    matches = sorted(real_dir.glob(f"{prefix}_*.docx"))
    if not matches:
        pytest.skip(f"{prefix}*.docx not in {real_dir}")
    return matches[0]


_CACHE: dict[str, NormalisedDocument] = {}


def _doc(real_dir: Path, prefix: str) -> NormalisedDocument:
    if prefix not in _CACHE:
        _CACHE[prefix] = normalise(read_docx(_path(real_dir, prefix)))
    return _CACHE[prefix]


def _body_lines(doc: NormalisedDocument) -> list[str]:
    return doc.body.rstrip("\n").split("\n")


@pytest.mark.parametrize("prefix,number,place_date,body_lines,pages,tables", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_layout_fields_tables_and_counts(real_dir: Path, prefix: str, number: str, place_date: str, body_lines: int,
                                         pages: int, tables: list[tuple[int, int]]) -> None:
    doc = _doc(real_dir, prefix)
    lines = _body_lines(doc)
    assert len(lines) == body_lines
    assert [line.replace(" ", "") for line in lines].count(number) == 1
    assert lines.count(place_date) == 1
    assert doc.key.count(MOTTO) == 1  # key: `CỘNG HOÀ` and `CỘNG HÒA` alike
    assert lines.count("Độc lập - Tự do - Hạnh phúc") == 1
    assert sum(1 for line in lines if line.startswith("Nơi nhận:")) == 1
    assert [(t.rows, t.columns) for t in doc.tables] == tables
    assert doc.page_count == pages


@pytest.mark.parametrize("prefix", [d[0] for d in DOCUMENTS])
def test_text_is_clean_unicode(real_dir: Path, prefix: str) -> None:
    doc = _doc(real_dir, prefix)
    assert doc.text == unicodedata.normalize("NFC", doc.text)
    assert not TCVN3_SOUP & set(doc.text)
    assert "\ufffd" not in doc.text and "\ue000" not in doc.text
    assert not [c for c in doc.text if unicodedata.category(c) in ("Cc", "Cf", "Co") and c != "\n"]
    assert "Công Thương" in doc.text or "Khoa học và Công nghệ" in doc.text


@pytest.mark.parametrize("prefix,count", FOOTNOTE_COUNTS.items())
def test_footnote_counts(real_dir: Path, prefix: str, count: int) -> None:
    doc = _doc(real_dir, prefix)
    assert [f.label for f in doc.footnotes] == [str(n) for n in range(1, count + 1)]
    assert [m.label for m in doc.markers] == [str(n) for n in range(1, count + 1)]


@pytest.mark.parametrize("prefix,label,context,note_start", FOOTNOTES, ids=[f"{f[0]}-{f[1]}" for f in FOOTNOTES])
def test_footnote_marker_in_place_and_text_apart(real_dir: Path, prefix: str, label: str, context: str,
                                                 note_start: str) -> None:
    doc = _doc(real_dir, prefix)
    assert doc.body.count(context) == 1
    note = next(f for f in doc.footnotes if f.label == label)
    assert doc.text[note.start:note.end].startswith(note_start)
    assert note_start not in doc.body  # the note's text is not left in the body
    marker = next(m for m in doc.markers if m.label == label)
    assert doc.page_at(marker.start) == note.page


def test_footnote_continues_over_paragraphs(real_dir: Path) -> None:
    """ld03 note 8 has four paragraphs: one footnote, all of its text."""
    doc = _doc(real_dir, "ld03")
    note = next(f for f in doc.footnotes if f.label == "8")
    text = doc.text[note.start:note.end]
    assert text.count("- Nhiệm vụ") == 2 and "- Tiếp tục nghiên cứu triển khai" in text


def _source_paragraphs(path: Path) -> Counter[str]:
    """Every paragraph of word/document.xml as plain joined w:t text, white space folded."""
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return Counter(" ".join("".join(t.text or "" for t in p.iter(f"{W}t")).split()) for p in root.iter(f"{W}p"))


@pytest.mark.parametrize("prefix", [d[0] for d in DOCUMENTS])
def test_no_paragraph_duplicated(real_dir: Path, prefix: str) -> None:
    """A line appears as often as the document prints that paragraph (lc05 prints two lines twice)."""
    source = _source_paragraphs(_path(real_dir, prefix))
    output = Counter(_body_lines(_doc(real_dir, prefix)))
    compared = [line for line in output if len(line) > 40 and line in source]
    assert len(compared) > 0.8 * sum(1 for line in output if len(line) > 40)
    assert {line: output[line] for line in compared} == {line: source[line] for line in compared}


def test_rendered_page_breaks_number_pages(real_dir: Path) -> None:
    """lc06: Word wrote 7 rendered breaks and counted 8 pages; its section I.1.2 starts on page 3."""
    doc = _doc(real_dir, "lc06")
    start = doc.text.index("1.2. Kiểm tra kho VLNCN")
    assert doc.page_at(start) == 3
    assert doc.page_at(doc.text.index("Nơi nhận:")) == 8
