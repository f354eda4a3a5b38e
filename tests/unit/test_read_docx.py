"""The Word reader on small .docx files made here: python-docx builds the package, XML surgery puts
in what python-docx cannot write (footnotes, page breaks Word rendered, text boxes, fields).

Each case is a row: body XML (plus optional footnotes / header / styles) → expected lines as
(page, kind, text or cells, new_paragraph, footnote_label).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Optional

import docx
import pytest

import extract.read.docx_walk as docx_walk
from extract.read.docx import DocxError, read_docx
from extract.read.model import RawDocument

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def p(*runs: str, ppr: str = "") -> str:
    """A paragraph; plain strings become text runs, strings starting with '<' are raw XML."""
    body = "".join(run if run.startswith("<") else f'<w:r><w:t xml:space="preserve">{run}</w:t></w:r>' for run in runs)
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}{body}</w:p>"


def tc(*paragraphs: str, pr: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{pr}</w:tcPr>' if pr else ''}{''.join(paragraphs) or p()}</w:tc>"


def tbl(*rows: list[str], borders: bool = True) -> str:
    width = max(len(row) for row in rows)
    line = '<w:{0} w:val="single" w:sz="4"/>' if borders else '<w:{0} w:val="nil"/>'
    edges = "".join(line.format(edge) for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(width))
    body = "".join(f"<w:tr>{''.join(row)}</w:tr>" for row in rows)
    return f"<w:tbl><w:tblPr><w:tblBorders>{edges}</w:tblBorders></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>"


def fn_ref(note_id: int, custom: bool = False) -> str:
    flag = ' w:customMarkFollows="1"' if custom else ""
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note_id}"{flag}/></w:r>'


def footnote(note_id: int, *paragraphs: str) -> str:
    return f'<w:footnote w:id="{note_id}">{"".join(paragraphs)}</w:footnote>'


SELF = '<w:r><w:footnoteRef/></w:r>'
SEPARATORS = footnote(-1, p("<w:r><w:separator/></w:r>")).replace("<w:footnote ", '<w:footnote w:type="separator" ') + footnote(
    0, p("<w:r><w:continuationSeparator/></w:r>")
).replace("<w:footnote ", '<w:footnote w:type="continuationSeparator" ')
LRPB = "<w:r><w:lastRenderedPageBreak/></w:r>"
PAGE_BR = '<w:r><w:br w:type="page"/></w:r>'


def field(instruction: str, result: str) -> str:
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r><w:t>{result}</w:t></w:r>"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def text_box(text: str) -> str:
    """A text box as Word writes it: a DrawingML copy (mc:Choice) and a VML copy (mc:Fallback)."""
    box = f"<w:txbxContent>{p(text)}</w:txbxContent>"
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx>"
        f"{box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>{box}</v:textbox>"
        "</w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def build(
    folder: Path,
    body: str,
    notes: str = "",
    endnotes: str = "",
    header: str = "",
    styles: str = "",
    name: str = "t.docx",
) -> Path:
    """A .docx made by python-docx whose body (and notes, header, extra styles) is replaced by the given XML."""
    path = folder / name
    docx.Document().save(path)
    with zipfile.ZipFile(path) as archive:
        parts = {item: archive.read(item) for item in archive.namelist()}
    document = parts["word/document.xml"].decode()
    start = document.index("<w:body>") + len("<w:body>")
    document = document[:start] + body + document[document.index("<w:sectPr", start):]
    rels = parts["word/_rels/document.xml.rels"].decode()
    types = parts["[Content_Types].xml"].decode()
    roots = {"footnotes": ("w:footnotes", SEPARATORS), "endnotes": ("w:endnotes", SEPARATORS.replace("footnote", "endnote"))}
    for part, kind, content in (("footnotes", "footnotes", notes), ("endnotes", "endnotes", endnotes), ("header1", "header", header)):
        if not content:
            continue
        root, separators = roots.get(kind, ("w:hdr", ""))
        inner = separators + content
        parts[f"word/{part}.xml"] = f'<?xml version="1.0" encoding="UTF-8"?><{root} {NAMESPACES}>{inner}</{root}>'.encode()
        rels = rels.replace("</Relationships>", f'<Relationship Id="rId9{part}" Type="{REL}{kind}" Target="{part}.xml"/></Relationships>')
        types = types.replace("</Types>", f'<Override PartName="/word/{part}.xml" ContentType="{CT}{kind}+xml"/></Types>')
    if styles:
        style_part = parts["word/styles.xml"].decode()
        parts["word/styles.xml"] = style_part.replace("</w:styles>", styles + "</w:styles>").encode()
    parts["word/document.xml"] = document.encode()
    parts["word/_rels/document.xml.rels"] = rels.encode()
    parts["[Content_Types].xml"] = types.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, data in parts.items():
            archive.writestr(item, data)
    return path


def lines_of(raw: RawDocument) -> list[tuple]:
    out = []
    for page in raw.pages:
        for line in page.lines:
            content = line.cells if line.kind == "table" else line.text
            out.append((page.number, line.kind, content, line.new_paragraph, line.footnote_label))
    return out


# ------------------------------------------------------------------------------------------------
# body text, runs, breaks, fields, boxes

BODY_CASES = [
    ("two paragraphs", p("Báo cáo") + p("Kính gửi: Sở"), [(1, "body", "Báo cáo", True, None), (1, "body", "Kính gửi: Sở", True, None)]),
    ("runs joined", p("Quyết ", "định số ", "587/QĐ-UBND"), [(1, "body", "Quyết định số 587/QĐ-UBND", True, None)]),
    ("empty paragraph dropped", p() + p("x"), [(1, "body", "x", True, None)]),
    ("tab kept", p("a", "<w:r><w:tab/></w:r>", "b"), [(1, "body", "a\tb", True, None)]),
    ("manual line break is a space", p("Lào Cai,", "<w:r><w:br/></w:r>", "ngày 5"), [(1, "body", "Lào Cai, ngày 5", True, None)]),
    ("text-wrapping break is a space", p("a", '<w:r><w:br w:type="textWrapping"/></w:r>', "b"), [(1, "body", "a b", True, None)]),
    ("no-break hyphen", p("Covid", "<w:r><w:noBreakHyphen/></w:r>", "19"), [(1, "body", "Covid-19", True, None)]),
    ("deleted text left out", p("giữ ", '<w:del w:id="1" w:author="x"><w:r><w:delText>bỏ </w:delText></w:r></w:del>', "lại"), [(1, "body", "giữ lại", True, None)]),
    ("inserted text read", p("a ", '<w:ins w:id="1" w:author="x"><w:r><w:t>mới</w:t></w:r></w:ins>'), [(1, "body", "a mới", True, None)]),
    ("hyperlink text read", p('<w:hyperlink r:id="x"><w:r><w:t>lgsp.gov.vn</w:t></w:r></w:hyperlink>'), [(1, "body", "lgsp.gov.vn", True, None)]),
    ("field result kept, instruction hidden", p("Xem ", field('HYPERLINK "http://a"', "trang web")), [(1, "body", "Xem trang web", True, None)]),
    ("page-number field dropped", p("Trang ", field("PAGE", "7")), [(1, "body", "Trang ", True, None)]),
    ("simple page field dropped", p("x", '<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>'), [(1, "body", "x", True, None)]),
    ("block content control read", '<w:sdt><w:sdtPr/><w:sdtContent>' + p("trong sdt") + "</w:sdtContent></w:sdt>", [(1, "body", "trong sdt", True, None)]),
    ("inline content control read", p("a ", '<w:sdt><w:sdtContent><w:r><w:t>b</w:t></w:r></w:sdtContent></w:sdt>'), [(1, "body", "a b", True, None)]),
    ("text box read once, after its paragraph", p("neo", text_box("trong hộp")) + p("sau"), [(1, "body", "neo", True, None), (1, "body", "trong hộp", True, None), (1, "body", "sau", True, None)]),
    # pages
    ("typed page break inside a paragraph splits it", p("đầu", PAGE_BR, "cuối"), [(1, "body", "đầu", True, None), (2, "body", "cuối", False, None)]),
    ("page break before", p("a") + p("b", ppr="<w:pageBreakBefore/>"), [(1, "body", "a", True, None), (2, "body", "b", True, None)]),
    ("page break before switched off", p("a") + p("b", ppr='<w:pageBreakBefore w:val="0"/>'), [(1, "body", "a", True, None), (1, "body", "b", True, None)]),
    ("rendered break starts a page", p("a") + p(LRPB, "b"), [(1, "body", "a", True, None), (2, "body", "b", True, None)]),
    ("rendered break inside a paragraph", p("a ", LRPB, "b"), [(1, "body", "a ", True, None), (2, "body", "b", False, None)]),
    ("rendered break after a typed one is the same page", p("a", PAGE_BR) + p(LRPB, "b"), [(1, "body", "a", True, None), (2, "body", "b", True, None)]),
    ("rendered break before any text ignored", p(LRPB, "a"), [(1, "body", "a", True, None)]),
    # a section's w:type says how THAT section starts: the break after "a" is the next section's type
    ("new-page section break", p("a", ppr="<w:sectPr/>") + p("b"), [(1, "body", "a", True, None), (2, "body", "b", True, None)]),
    ("continuous section break keeps the page", p("a", ppr="<w:sectPr/>") + p("b", ppr='<w:sectPr><w:type w:val="continuous"/></w:sectPr>'), [(1, "body", "a", True, None), (1, "body", "b", True, None)]),
]


@pytest.mark.parametrize("name,body,expected", BODY_CASES, ids=[case[0] for case in BODY_CASES])
def test_body(tmp_path: Path, name: str, body: str, expected: list[tuple]) -> None:
    assert lines_of(read_docx(build(tmp_path, body))) == expected


# ------------------------------------------------------------------------------------------------
# footnotes

NOTE_CASES = [
    (
        "marker in place, note after the page's body",
        p("ban hành 05 văn bản", fn_ref(1), " chỉ đạo") + p("tiếp"),
        footnote(1, p(SELF, " Công văn số 946/SKHCN-VP.")),
        [(1, "body", "ban hành 05 văn bản¹ chỉ đạo", True, None), (1, "body", "tiếp", True, None),
         (1, "footnote", "Công văn số 946/SKHCN-VP.", True, "1")],
    ),
    (
        "labels follow reference order, not ids",
        p("a", fn_ref(7)) + p("b", fn_ref(3)),
        footnote(3, p(SELF, " ba")) + footnote(7, p(SELF, " bảy")),
        [(1, "body", "a¹", True, None), (1, "body", "b²", True, None),
         (1, "footnote", "bảy", True, "1"), (1, "footnote", "ba", True, "2")],
    ),
    (
        "brackets printed around the note's own number dropped",
        p("mạng(", fn_ref(1), ")."),
        footnote(1, p("(", SELF, ") Gồm: 05 văn bản.")),
        [(1, "body", "mạng(¹).", True, None), (1, "footnote", "Gồm: 05 văn bản.", True, "1")],
    ),
    (
        "note of several paragraphs: label on the first only",
        p("x", fn_ref(1)),
        footnote(1, p(SELF, " 19 nhiệm vụ:"), p("- đã triển khai;"), p("- đang triển khai.")),
        [(1, "body", "x¹", True, None), (1, "footnote", "19 nhiệm vụ:", True, "1"),
         (1, "footnote", "- đã triển khai;", True, None), (1, "footnote", "- đang triển khai.", True, None)],
    ),
    (
        "note on the page of its reference",
        p("a") + p(LRPB, "b", fn_ref(1)) + p("c"),
        footnote(1, p(SELF, " ghi chú")),
        [(1, "body", "a", True, None), (2, "body", "b¹", True, None), (2, "body", "c", True, None),
         (2, "footnote", "ghi chú", True, "1")],
    ),
    (
        "custom mark honoured and not numbered",
        p("a", fn_ref(1, custom=True), '<w:r><w:t>*</w:t></w:r>', " b", fn_ref(2)),
        footnote(1, p("* sao")) + footnote(2, p(SELF, " hai")),
        [(1, "body", "a* b¹", True, None), (1, "footnote", "* sao", True, "*"), (1, "footnote", "hai", True, "1")],
    ),
    (
        "separator notes are not notes",
        p("không có chú thích"),
        footnote(1, p(SELF, " không được dẫn")),
        [(1, "body", "không có chú thích", True, None)],
    ),
]


def test_endnotes_numbered_after_footnotes_at_the_end(tmp_path: Path) -> None:
    body = p("a", '<w:r><w:endnoteReference w:id="1"/></w:r>', " b", fn_ref(1)) + p(LRPB, "c")
    endnotes = '<w:endnote w:id="1">' + p('<w:r><w:endnoteRef/></w:r>', " cuối") + "</w:endnote>"
    raw = read_docx(build(tmp_path, body, notes=footnote(1, p(SELF, " chân trang")), endnotes=endnotes))
    assert lines_of(raw) == [
        (1, "body", "a² b¹", True, None), (1, "footnote", "chân trang", True, "1"),
        (2, "body", "c", True, None), (2, "footnote", "cuối", True, "2"),
    ]


@pytest.mark.parametrize("name,body,notes,expected", NOTE_CASES, ids=[case[0] for case in NOTE_CASES])
def test_footnotes(tmp_path: Path, name: str, body: str, notes: str, expected: list[tuple]) -> None:
    assert lines_of(read_docx(build(tmp_path, body, notes=notes))) == expected


# ------------------------------------------------------------------------------------------------
# tables

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
TABLE_CASES = [
    (
        "data table: one row per line, cells in order",
        p("trước") + tbl([tc(p("TT")), tc(p("Tên"))], [tc(p("1")), tc(p("Cụm A"), p("75 ha"))]) + p("sau"),
        [(1, "body", "trước", True, None), (1, "table", ["TT", "Tên"], True, None),
         (1, "table", ["1", "Cụm A 75 ha"], True, None), (1, "body", "sau", True, None)],
    ),
    (
        "horizontal merge: text once, an empty cell for the spanned column",
        tbl([tc(p("Tổng"), pr='<w:gridSpan w:val="2"/>'), tc(p("37"))], [tc(p("a")), tc(p("b")), tc(p("c"))]),
        [(1, "table", ["Tổng", "", "37"], True, None), (1, "table", ["a", "b", "c"], True, None)],
    ),
    (
        "vertical merge: continuation cells empty",
        tbl([tc(p("Nhóm 1"), pr='<w:vMerge w:val="restart"/>'), tc(p("05"))], [tc(p(), pr="<w:vMerge/>"), tc(p("27"))]),
        [(1, "table", ["Nhóm 1", "05"], True, None), (1, "table", ["", "27"], True, None)],
    ),
    (
        "layout table by motto: left column, then right column, as body lines",
        tbl([tc(p("SỞ CÔNG THƯƠNG"), p("Số: 12/BC-SCT")), tc(p(MOTTO), p("Lào Cai, ngày 05 tháng 3 năm 2026"))]),
        [(1, "body", "SỞ CÔNG THƯƠNG", True, None), (1, "body", "Số: 12/BC-SCT", True, None),
         (1, "body", MOTTO, True, None), (1, "body", "Lào Cai, ngày 05 tháng 3 năm 2026", True, None)],
    ),
    (
        "layout table by Nơi nhận, with a nested closing table",
        tbl([tc(tbl([tc(p("Nơi nhận:"), p("- Như trên;")), tc(p("KT. GIÁM ĐỐC"), p("Nguyễn Văn A"))])), tc(p())]),
        [(1, "body", "Nơi nhận:", True, None), (1, "body", "- Như trên;", True, None),
         (1, "body", "KT. GIÁM ĐỐC", True, None), (1, "body", "Nguyễn Văn A", True, None)],
    ),
    (
        "one-row borderless table is layout",
        tbl([tc(p("trái")), tc(p("phải"))], borders=False),
        [(1, "body", "trái", True, None), (1, "body", "phải", True, None)],
    ),
    (
        "several-row borderless table is data",
        tbl([tc(p("a")), tc(p("b"))], [tc(p("1")), tc(p("2"))], borders=False),
        [(1, "table", ["a", "b"], True, None), (1, "table", ["1", "2"], True, None)],
    ),
    (
        "one-row bordered table is data",
        tbl([tc(p("a")), tc(p("b"))]),
        [(1, "table", ["a", "b"], True, None)],
    ),
    (
        "nested data table inside a data cell: its text joins the cell",
        tbl([tc(p("x")), tc(tbl([tc(p("n1")), tc(p("n2"))], [tc(p("n3")), tc(p("n4"))]))]),
        [(1, "table", ["x", "n1 n2 n3 n4"], True, None)],
    ),
    (
        "a row Word broke onto the next page counts one page, not one per cell",
        tbl([tc(p("a")), tc(p("b"))], [tc(p(LRPB, "c")), tc(p(LRPB, "d"))]),
        [(1, "table", ["a", "b"], True, None), (2, "table", ["c", "d"], True, None)],
    ),
]


@pytest.mark.parametrize("name,body,expected", TABLE_CASES, ids=[case[0] for case in TABLE_CASES])
def test_tables(tmp_path: Path, name: str, body: str, expected: list[tuple]) -> None:
    assert lines_of(read_docx(build(tmp_path, body))) == expected


def test_table_ids_run_per_data_table(tmp_path: Path) -> None:
    body = tbl([tc(p("a"))], [tc(p("b"))]) + p("giữa") + tbl([tc(p(MOTTO))]) + tbl([tc(p("c"))], [tc(p("d"))])
    raw = read_docx(build(tmp_path, body))
    assert [line.table_id for line in raw.pages[0].lines] == [1, 1, None, None, 2, 2]


def test_tables_made_by_python_docx(tmp_path: Path) -> None:
    """Merges written by python-docx itself (gridSpan and vMerge) read without duplicated text."""
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1)).text = "đầu"
    table.cell(1, 2).merge(table.cell(2, 2)).text = "dọc"
    path = tmp_path / "merged.docx"
    document.save(path)
    assert [line.cells for line in read_docx(path).pages[0].lines] == [
        ["đầu", "", "r0c2"],
        ["r1c0", "r1c1", "dọc"],
        ["r2c0", "r2c1", ""],
    ]


# ------------------------------------------------------------------------------------------------
# headers and footers

HEADER_CASES = [
    ("page number only: dropped", p(field("PAGE", "3")), []),
    ("page words and number: dropped", p("Trang ", field("PAGE", "3"), "/", field("NUMPAGES", "9")), []),
    ("real text: once, at the top of page 1", p("BỘ CÔNG THƯƠNG"), [(1, "body", "BỘ CÔNG THƯƠNG", True, None)]),
    ("copy of a body line: dropped", p("a"), []),
]


@pytest.mark.parametrize("name,header,expected_header", HEADER_CASES, ids=[case[0] for case in HEADER_CASES])
def test_headers(tmp_path: Path, name: str, header: str, expected_header: list[tuple]) -> None:
    raw = read_docx(build(tmp_path, p("a") + p(LRPB, "b"), header=header))
    assert lines_of(raw) == expected_header + [(1, "body", "a", True, None), (2, "body", "b", True, None)]


# ------------------------------------------------------------------------------------------------
# legacy fonts

FONT_STYLES = (
    '<w:style w:type="paragraph" w:styleId="Cu"><w:name w:val="Cu"/>'
    '<w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Con"><w:name w:val="Con"/><w:basedOn w:val="Cu"/></w:style>'
)
FONT_CASES = [
    ("direct run font", p('<w:r><w:rPr><w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/></w:rPr><w:t>x</w:t></w:r>'), "VNI-Times", "vni"),
    ("paragraph style font", p("x", ppr='<w:pStyle w:val="Cu"/>'), ".VnTime", "tcvn3"),
    ("font inherited through basedOn", p("x", ppr='<w:pStyle w:val="Con"/>'), ".VnTime", "tcvn3"),
    ("unicode font", p('<w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/></w:rPr><w:t>x</w:t></w:r>'), "Times New Roman", None),
]


@pytest.mark.parametrize("name,body,font,encoding", FONT_CASES, ids=[case[0] for case in FONT_CASES])
def test_legacy_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, body: str, font: str,
                      encoding: Optional[str]) -> None:
    seen: list[tuple[str, Optional[str]]] = []

    def spy(text: str, font_name: Optional[str]) -> str:
        seen.append((text, font_name))
        return text.upper()

    monkeypatch.setattr(docx_walk, "decode_run", spy)
    raw = read_docx(build(tmp_path, body, styles=FONT_STYLES))
    assert seen == [("x", font)]
    assert raw.pages[0].lines[0].text == "X"
    assert raw.legacy_encoding == encoding


def run(text: str, font: str) -> str:
    return f'<w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


# through the real converter (extract.vi.legacy)
LEGACY_TEXT_CASES = [
    ("TCVN3 run", p(run("B¸o c¸o", ".VnTime")), "Báo cáo", "tcvn3"),
    ("VNI word split over two runs decoded as one", p(run("Ba", "VNI-Times"), run("ùo caùo", "VNI-Times")), "Báo cáo", "vni"),
    ("legacy and unicode runs side by side", p(run("B¸o c¸o ", ".VnTime"), run("số 12", "Times New Roman")), "Báo cáo số 12", "tcvn3"),
    ("unicode text untouched", p(run("Báo cáo", "Times New Roman")), "Báo cáo", None),
]


@pytest.mark.parametrize("name,body,text,encoding", LEGACY_TEXT_CASES, ids=[case[0] for case in LEGACY_TEXT_CASES])
def test_legacy_text_converted(tmp_path: Path, name: str, body: str, text: str, encoding: Optional[str]) -> None:
    raw = read_docx(build(tmp_path, body))
    assert [line.text for line in raw.pages[0].lines] == [text]
    assert raw.legacy_encoding == encoding


# ------------------------------------------------------------------------------------------------
# files that are not Word documents


def _zip_without_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "x")


def _corrupt_document(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body>")


ERROR_CASES = [
    ("not a zip", lambda path: path.write_bytes(b"%PDF-1.7 not a docx"), "not a zip"),
    ("zip without word/document.xml", _zip_without_document, "no word/document.xml"),
    ("truncated zip", lambda path: path.write_bytes(b"PK\x03\x04" + b"\x00" * 40), "not a zip"),
    ("corrupt XML", _corrupt_document, "cannot be read"),
]


@pytest.mark.parametrize("name,make,message", ERROR_CASES, ids=[case[0] for case in ERROR_CASES])
def test_unreadable_files_raise_value_error(tmp_path: Path, name: str, make, message: str) -> None:
    path = tmp_path / "bad.docx"
    make(path)
    with pytest.raises(ValueError, match=message) as caught:
        read_docx(path)
    assert isinstance(caught.value, DocxError)
    assert "\n" not in str(caught.value)
