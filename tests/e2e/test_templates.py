"""Document templates the project has not seen (NĐ 30/2020/NĐ-CP and party layouts), end to end.

Four synthetic documents are generated here — a provincial QUYẾT ĐỊNH and a Công văn in Word, a
KẾ HOẠCH and a party KẾ HOẠCH as born-digital PDF — with invented places and people, run through
`python -m extract run`, and every output field is compared with expectations written by hand below.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from tests.contract import assert_contract

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTE_MARK = "@@"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD = "DejaVuSerif", "DejaVuSerif-Bold"
PAGE_W, PAGE_H = A4


# --- Word ----------------------------------------------------------------------------------------
def _paragraph(container, text: str, bold: bool = False, centre: bool = False) -> None:
    """A paragraph; `@@` in the text becomes a real footnote reference (footnote id 1)."""
    paragraph = container.add_paragraph() if hasattr(container, "add_paragraph") else container
    if centre:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    before, _, after = text.partition(FOOTNOTE_MARK)
    paragraph.add_run(before).bold = bold
    if FOOTNOTE_MARK in text:
        paragraph._p.append(parse_xml(
            f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="1"/></w:r>'))
        paragraph.add_run(after).bold = bold


def _two_columns(document, left: list[tuple[str, bool]], right: list[tuple[str, bool]]) -> None:
    """A borderless two-column layout table, as Word templates set the header and the signature."""
    table = document.add_table(rows=1, cols=2)
    for cell, lines in ((table.cell(0, 0), left), (table.cell(0, 1), right)):
        first = cell.paragraphs[0]
        for i, (text, bold) in enumerate(lines):
            _paragraph(first if i == 0 else cell, text, bold, centre=True)


def _add_footnote_part(path: Path, note: str) -> None:
    """Add word/footnotes.xml with footnote 1 (python-docx cannot write footnotes)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {note}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode("utf-8")
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(b"</Types>", (
        b'<Override PartName="/word/footnotes.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>'))
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(b"</Relationships>", (
        b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>'))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def make_decision(path: Path) -> None:
    """QUYẾT ĐỊNH of a provincial People's Committee: header and signature in layout tables, one footnote."""
    document = docx.Document()
    _two_columns(document,
                 [("ỦY BAN NHÂN DÂN", True), ("TỈNH HẠNH LÂM", True), ("Số: 15/2025/QĐ-UBND", False)],
                 [(MOTTO, True), (MOTTO_2, True), ("Hạnh Lâm, ngày 05 tháng 3 năm 2025", False)])
    for text in ("QUYẾT ĐỊNH", "Về việc phê duyệt kế hoạch phát triển vùng chè đặc sản năm 2025",
                 "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HẠNH LÂM"):
        _paragraph(document, text, bold=True, centre=True)
    for text in (
        "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 19 tháng 02 năm 2025;",
        "Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;",
        "Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường.",
    ):
        _paragraph(document, text)
    _paragraph(document, "QUYẾT ĐỊNH:", bold=True, centre=True)
    _paragraph(document, f"Điều 1. Phê duyệt kế hoạch phát triển vùng chè đặc sản{FOOTNOTE_MARK} năm 2025 với tổng "
                         "kinh phí 1.250 triệu đồng từ nguồn ngân sách tỉnh.")
    _paragraph(document, "Điều 2. Giám đốc Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân các huyện chịu "
                         "trách nhiệm thi hành Quyết định này.")
    _two_columns(document,
                 [("Nơi nhận:", True), ("- Như Điều 2;", False), ("- Lưu: VT, KT.", False)],
                 [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True), ("", False),
                  ("Trịnh Vĩnh Khang", True)])
    document.save(path)
    _add_footnote_part(path, "Gồm các xã Phong Nậm, Khe Vàng và Tà Lùng Thượng.")


def make_official_letter(path: Path) -> None:
    """Công văn: `V/v` under the number, recipients after `Kính gửi:`, signed for the director by the office head."""
    document = docx.Document()
    _two_columns(document,
                 [("UBND TỈNH HẠNH LÂM", False), ("SỞ TÀI CHÍNH", True), ("Số: 318/STC-VP", False),
                  ("V/v góp ý dự thảo kế hoạch chuyển đổi số", False)],
                 [(MOTTO, True), (MOTTO_2, True), ("Hạnh Lâm, ngày 18 tháng 6 năm 2025", False)])
    for text in ("Kính gửi:", "- Sở Khoa học và Công nghệ;", "- Ủy ban nhân dân huyện Khe Vàng."):
        _paragraph(document, text, centre=True)
    _paragraph(document, "Thực hiện Công văn số 1204/UBND-KT ngày 10/6/2025 của Ủy ban nhân dân tỉnh về việc góp ý "
                         "dự thảo kế hoạch, Sở Tài chính đề nghị cân đối tổng dự toán 2,5 tỷ đồng trong năm 2025.")
    _paragraph(document, "Sở Tài chính đề nghị các cơ quan, đơn vị phối hợp thực hiện./.")
    _two_columns(document,
                 [("Nơi nhận:", True), ("- Như trên;", False), ("- Lưu: VT, VP.", False)],
                 [("TL. GIÁM ĐỐC", True), ("CHÁNH VĂN PHÒNG", True), ("", False), ("Lò Thị Mai Sương", True)])
    document.save(path)


# --- PDF -----------------------------------------------------------------------------------------
class _Pdf:
    """A born-digital A4 page writer: centred column blocks, body lines, raised markers, page footnotes."""

    LEFT, RIGHT, TOP, BOTTOM = 70.0, PAGE_W - 56.0, PAGE_H - 60.0, 56.0

    def __init__(self, path: Path) -> None:
        for name in (REGULAR, BOLD):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))
        self.canvas = Canvas(str(path), pagesize=A4, invariant=1)
        self.page = 1
        self.y = self.TOP

    def columns(self, left: list[tuple[str, bool]], right: list[tuple[str, bool]], size: float = 12.0) -> None:
        """Two blocks side by side, each line centred in its column, drawn line for line."""
        for i in range(max(len(left), len(right))):
            self.y -= 16
            for lines, centre in ((left, 170.0), (right, 400.0)):
                if i < len(lines) and lines[i][0]:
                    self.canvas.setFont(BOLD if lines[i][1] else REGULAR, size)
                    self.canvas.drawCentredString(centre, self.y, lines[i][0])

    def centred(self, text: str, bold: bool = True) -> None:
        self.y -= 18
        self.canvas.setFont(BOLD if bold else REGULAR, 13)
        self.canvas.drawCentredString((self.LEFT + self.RIGHT) / 2, self.y, text)

    def line(self, text: str, marker: str = "", full: bool = False) -> None:
        """One body line; `marker` is drawn as a small raised digit at `^`; a `full` line of a paragraph
        that goes on is stretched or squeezed to end at the right margin, as justified text does."""
        self.y -= 18
        before, _, after = text.partition("^")
        width = pdfmetrics.stringWidth(before + after, REGULAR, 12) + pdfmetrics.stringWidth(marker, REGULAR, 7)
        obj = self.canvas.beginText(self.LEFT, self.y)
        obj.setHorizScale(100.0 * (self.RIGHT - self.LEFT) / width if full else 100.0)
        obj.setFont(REGULAR, 12)
        obj.textOut(before)
        if marker:
            obj.setFont(REGULAR, 7)
            obj.setRise(4.5)
            obj.textOut(marker)
            obj.setRise(0)
            obj.setFont(REGULAR, 12)
        obj.textOut(after)
        self.canvas.drawText(obj)

    def footnote(self, label: str, text: str) -> None:
        """A footnote at the page bottom in 8 pt under a short rule, its label raised."""
        self.canvas.setLineWidth(0.5)
        self.canvas.line(self.LEFT, self.BOTTOM + 14, self.LEFT + 144, self.BOTTOM + 14)
        obj = self.canvas.beginText(self.LEFT, self.BOTTOM)
        obj.setFont(REGULAR, 6)
        obj.setRise(3)
        obj.textOut(label)
        obj.setRise(0)
        obj.setFont(REGULAR, 8)
        obj.textOut(f" {text}")
        self.canvas.drawText(obj)

    def new_page(self) -> None:
        self.canvas.showPage()
        self.page += 1
        self.canvas.setFont(REGULAR, 12)
        self.canvas.drawCentredString(PAGE_W / 2, PAGE_H - 30, str(self.page))
        self.y = self.TOP

    def table(self, rows: list[list[str]], widths: list[float]) -> None:
        """A ruled table, text at the left of each cell; the last row (`Tổng cộng`) spans the first two
        columns (merged cells: the rule between them stops above it)."""
        height = 20.0
        top = self.y - 6
        xs = [self.LEFT]
        for width in widths:
            xs.append(xs[-1] + width)
        for r, row in enumerate(rows):
            self.canvas.setFont(BOLD if r in (0, len(rows) - 1) else REGULAR, 11)
            for c, text in enumerate(row):
                self.canvas.drawString(xs[c] + 4, top - (r + 1) * height + 6, text)
        self.canvas.setLineWidth(0.6)
        for r in range(len(rows) + 1):
            self.canvas.line(xs[0], top - r * height, xs[-1], top - r * height)
        for c, x in enumerate(xs):
            self.canvas.line(x, top, x, top - (len(rows) - (c == 1)) * height)
        self.y = top - len(rows) * height - 6

    def save(self) -> None:
        self.canvas.save()


PLAN_TABLE = [
    ["STT", "Nội dung", "Kinh phí (triệu đồng)"],
    ["1", "Tập huấn kỹ thuật canh tác", "120"],
    ["2", "Xây dựng mô hình trình diễn", "300"],
    ["3", "Tuyên truyền, quảng bá", "60"],
    ["Tổng cộng", "", "480"],
]


def make_plan(path: Path) -> None:
    """KẾ HOẠCH as a born-digital PDF: header columns side by side, a footnote, a page break mid-sentence, a table."""
    pdf = _Pdf(path)
    pdf.columns([("UBND TỈNH HẠNH LÂM", False), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", True), ("", False),
                 ("Số: 27/KH-SNNMT", False)],
                [(MOTTO, True), (MOTTO_2, True), ("", False), ("Hạnh Lâm, ngày 12 tháng 4 năm 2025", False)],
                size=10.5)
    pdf.y -= 12
    pdf.centred("KẾ HOẠCH")
    pdf.centred("Triển khai mô hình trồng chè đặc sản")
    pdf.centred("trên địa bàn tỉnh năm 2025")  # a title wrapped by hand over two centred lines
    pdf.y -= 10
    pdf.line("Thực hiện Quyết định số 15/2025/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh^,", "1", full=True)
    pdf.line("Sở Nông nghiệp và Môi trường xây dựng kế hoạch triển khai như sau:")
    pdf.line("I. MỤC ĐÍCH, YÊU CẦU")
    pdf.line("Nâng cao năng suất và chất lượng vùng chè đặc sản của tỉnh.")
    pdf.line("II. KINH PHÍ THỰC HIỆN")
    pdf.line("Tổng kinh phí thực hiện kế hoạch là 480 triệu đồng, được bố trí từ nguồn", full=True)
    pdf.footnote("1", "Quyết định về việc phê duyệt kế hoạch phát triển vùng chè đặc sản năm 2025.")
    pdf.new_page()
    pdf.line("ngân sách tỉnh năm 2025, chi tiết tại bảng sau:")
    pdf.table(PLAN_TABLE, [40, 260, 160])
    pdf.y -= 10
    pdf.columns([("Nơi nhận:", True), ("- UBND tỉnh (b/c);", False), ("- Lưu: VT, KH.", False), ("", False)],
                [("KT. GIÁM ĐỐC", True), ("PHÓ GIÁM ĐỐC", True), ("", False), ("Đinh Quang Triều", True)])
    pdf.save()


def make_party_plan(path: Path) -> None:
    """A provincial party committee's KẾ HOẠCH (PDF): party motto, `Số 12-KH/TU`, `T/M BAN THƯỜNG VỤ`."""
    pdf = _Pdf(path)
    pdf.columns([("TỈNH ỦY HẠNH LÂM", True), ("*", False), ("Số 12-KH/TU", False)],
                [("ĐẢNG CỘNG SẢN VIỆT NAM", True), ("", False), ("Hạnh Lâm, ngày 20 tháng 5 năm 2025", False)])
    pdf.y -= 12
    pdf.centred("KẾ HOẠCH")
    pdf.centred("thực hiện chương trình chuyển đổi số trong các cơ quan đảng")
    pdf.y -= 10
    pdf.line("Thực hiện Nghị quyết số 05-NQ/TU ngày 10/01/2025 của Ban Chấp hành Đảng bộ tỉnh,", full=True)
    pdf.line("Ban Thường vụ Tỉnh ủy ban hành kế hoạch với kinh phí dự kiến 350 triệu đồng.")
    pdf.y -= 10
    pdf.columns([("Nơi nhận:", True), ("- Các đảng bộ trực thuộc;", False), ("- Lưu Văn phòng Tỉnh ủy.", False),
                 ("", False)],
                [("T/M BAN THƯỜNG VỤ", True), ("PHÓ BÍ THƯ", True), ("", False), ("Vi Thanh Thảo", True)])
    pdf.save()


# --- expectations, written by hand ---------------------------------------------------------------
EXPECTED = {
    "decision_docx": dict(
        make=make_decision, suffix=".docx",
        header=dict(doc_type="Quyết định", parent_issuer=None, issuer="ỦY BAN NHÂN DÂN TỈNH HẠNH LÂM", number="15",
                    year="2025", symbol="QĐ-UBND", place="Hạnh Lâm", issued_on="2025-03-05",
                    title="Về việc phê duyệt kế hoạch phát triển vùng chè đặc sản năm 2025",
                    authority="TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", signer_title="PHÓ CHỦ TỊCH",
                    signer="Trịnh Vĩnh Khang"),
        distribution=["Như Điều 2", "Lưu: VT, KT"],
        references=[("72/2025/QH15", "2025-02-19"), ("45/2012/NĐ-CP", "2012-05-21")],
        amounts=[1_250_000_000],
        footnotes=[("1", "Gồm các xã Phong Nậm, Khe Vàng và Tà Lùng Thượng.")],
        marker_after=["vùng chè đặc sản"],
        table=None,
    ),
    "letter_docx": dict(
        make=make_official_letter, suffix=".docx",
        header=dict(doc_type="Công văn", parent_issuer="UBND TỈNH HẠNH LÂM", issuer="SỞ TÀI CHÍNH", number="318",
                    symbol="STC-VP", place="Hạnh Lâm", issued_on="2025-06-18",
                    title="góp ý dự thảo kế hoạch chuyển đổi số", authority="TL. GIÁM ĐỐC",
                    signer_title="CHÁNH VĂN PHÒNG", signer="Lò Thị Mai Sương"),
        distribution=["Như trên", "Lưu: VT, VP"],
        recipients=["Sở Khoa học và Công nghệ", "Ủy ban nhân dân huyện Khe Vàng"],
        references=[("1204/UBND-KT", "2025-06-10")],
        amounts=[2_500_000_000],
        footnotes=[],
        table=None,
    ),
    "plan_pdf": dict(
        make=make_plan, suffix=".pdf",
        header=dict(doc_type="Kế hoạch", parent_issuer="UBND TỈNH HẠNH LÂM", issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                    number="27", symbol="KH-SNNMT", place="Hạnh Lâm", issued_on="2025-04-12",
                    title="Triển khai mô hình trồng chè đặc sản trên địa bàn tỉnh năm 2025", authority="KT. GIÁM ĐỐC",
                    signer_title="PHÓ GIÁM ĐỐC", signer="Đinh Quang Triều"),
        distribution=["UBND tỉnh (b/c)", "Lưu: VT, KH"],
        references=[("15/2025/QĐ-UBND", "2025-03-05")],
        amounts=[480_000_000, 120_000_000, 300_000_000, 60_000_000, 480_000_000],
        footnotes=[("1", "Quyết định về việc phê duyệt kế hoạch phát triển vùng chè đặc sản năm 2025.")],
        marker_after=["của Ủy ban nhân dân tỉnh"],
        table=PLAN_TABLE,
        pages=2,
    ),
    "party_pdf": dict(
        make=make_party_plan, suffix=".pdf",
        header=dict(doc_type="Kế hoạch", parent_issuer=None, issuer="TỈNH ỦY HẠNH LÂM", number="12", symbol="KH/TU",
                    place="Hạnh Lâm", issued_on="2025-05-20",
                    title="thực hiện chương trình chuyển đổi số trong các cơ quan đảng", authority="T/M BAN THƯỜNG VỤ",
                    signer_title="PHÓ BÍ THƯ", signer="Vi Thanh Thảo"),
        distribution=["Các đảng bộ trực thuộc", "Lưu Văn phòng Tỉnh ủy"],
        references=[("05-NQ/TU", "2025-01-10")],
        amounts=[350_000_000],
        footnotes=[],
        table=None,
    ),
}


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> dict[str, dict]:
    """Generate the four documents, run the pipeline once over them, return each JSON record (contract checked)."""
    folder = tmp_path_factory.mktemp("templates")
    inputs = folder / "in"
    inputs.mkdir()
    for name, spec in EXPECTED.items():
        spec["make"](inputs / f"{name.rsplit('_', 1)[0]}{spec['suffix']}")
    out = folder / "out"
    result = subprocess.run([sys.executable, "-m", "extract", "run", str(inputs), "--out", str(out)],
                            cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr
    assert_contract(out)
    found = {}
    for name in EXPECTED:
        found[name] = json.loads((out / "json" / f"{name}.json").read_text(encoding="utf-8"))
        found[name]["_text"] = (out / "text" / f"{name}.txt").read_text(encoding="utf-8")
    return found


def _value(field):
    return None if field is None else field["value"]


@pytest.mark.parametrize("name", EXPECTED)
def test_status_ok(records, name):
    assert records[name]["status"] == "ok", records[name]["error"]


@pytest.mark.parametrize("name", EXPECTED)
def test_header(records, name):
    header = records[name]["header"]
    expected = EXPECTED[name]["header"]
    found = {key: _value(header.get(key)) for key in expected if key != "issued_on"}
    found["issued_on"] = header["issued_on"]
    assert found == expected
    assert not header["number_blank"] and not header["date_blank"]
    assert [d["value"] for d in header["distribution"]] == EXPECTED[name]["distribution"]
    if "recipients" in EXPECTED[name]:
        assert [r["value"] for r in header["recipients"]] == EXPECTED[name]["recipients"]


@pytest.mark.parametrize("name", EXPECTED)
def test_references(records, name):
    found = [(r["canonical"], r["issued_on"]) for r in records[name]["references"]]
    assert found == EXPECTED[name]["references"]


@pytest.mark.parametrize("name", EXPECTED)
def test_amounts(records, name):
    assert [a["value_vnd"] for a in records[name]["amounts"]] == EXPECTED[name]["amounts"]


@pytest.mark.parametrize("name", EXPECTED)
def test_footnotes_and_markers(records, name):
    record = records[name]
    notes = [(n["footnote"], n["text"].lstrip("¹²³⁴⁵⁶⁷⁸⁹⁰ ")) for n in record["footnotes"]]
    assert notes == EXPECTED[name]["footnotes"]
    assert [m["footnote"] for m in record["footnote_markers"]] == [label for label, _ in EXPECTED[name]["footnotes"]]
    for marker, words in zip(record["footnote_markers"], EXPECTED[name].get("marker_after", [])):
        assert marker["text"] == "¹"
        assert record["_text"][: marker["start"]].endswith(words)


@pytest.mark.parametrize("name", [n for n, spec in EXPECTED.items() if not spec["table"]])
def test_layout_tables_are_no_data(records, name):
    """Borderless header and signature tables are layout, not data tables."""
    assert records[name]["tables"] == []
    assert not [c for c in records[name]["checks"] if c["check"] == "table_sum"]


@pytest.mark.parametrize("name", [n for n, spec in EXPECTED.items() if spec["table"]])
def test_table_and_sum(records, name):
    record = records[name]
    tables = record["tables"]
    assert len(tables) == 1
    grid = [[""] * tables[0]["columns"] for _ in range(tables[0]["rows"])]
    for cell in tables[0]["cells"]:
        grid[cell["row"]][cell["column"]] = cell["text"]
    assert grid == EXPECTED[name]["table"]
    sums = [(c["status"], c["stated"], c["computed"]) for c in record["checks"] if c["check"] == "table_sum"]
    assert sums == [("pass", "480000000", "480000000")]
    assert record["pages"] == EXPECTED[name]["pages"]


def test_plan_layout(records):
    """The sentence cut by the page break is one paragraph again; the page number is no line of text."""
    text = records["plan_pdf"]["_text"]
    assert "được bố trí từ nguồn ngân sách tỉnh năm 2025, chi tiết tại bảng sau:" in text
    assert "2" not in text.splitlines()
    assert text.splitlines()[6:8] == ["KẾ HOẠCH", "Triển khai mô hình trồng chè đặc sản trên địa bàn tỉnh năm 2025"]


@pytest.mark.parametrize("name", EXPECTED)
def test_every_item_quotes_the_text(records, name):
    record, text = records[name], records[name]["_text"]
    header = record["header"]
    fields = [v for v in header.values() if isinstance(v, dict)] + header["recipients"] + header["distribution"]
    items = [*fields, *record["references"], *record["amounts"], *record["footnote_markers"], *record["footnotes"]]
    items += [cell for table in record["tables"] for cell in table["cells"]]
    for item in items:
        assert text[item["start"] : item["end"]] == item["text"], item
