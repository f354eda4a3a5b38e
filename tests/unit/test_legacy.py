"""Legacy encodings TCVN3 (ABC) and VNI: tables, conversion, detection, the seed round trip.

Legacy strings are written as their byte view (each byte as its Windows-1252 character), the form
Word and `decode_bytes` give; byte values are spelled out where the character is not obvious.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from extract.normalise import normalise
from extract.vi import legacy_tables as tables
from extract.vi.legacy import decode_bytes, decode_run, decode_text, detect_and_decode, encode_bytes, encode_text
from extract.vi.syllables import is_syllable

ALL_LETTERS = sorted(tables.TCVN3_ENCODE)

TCVN3_CASES = [
    ("B¸o c¸o", "Báo cáo"),
    ("Uû ban nh©n d©n", "Uỷ ban nhân dân"),
    ("QuyÕt ®Þnh sè 587/Q§-UBND", "Quyết định số 587/QĐ-UBND"),
    ("Së C«ng Th\xad¬ng", "Sở Công Thương"),  # 0xAD ư is the soft-hyphen byte
    ("ng\xad¬i", "ngươi"),
    # capitals with a tone on their VN1 codes: 0x9E ž Ủ, 0x97 — Ộ, 0x92 ’ Ò, 0x02 Ụ, 0x98 ˜ Ờ,
    # 0xDA Ú Ế, 0x91 ‘ Ị, 0x9F Ÿ Ũ, 0x99 ™ Ở
    ("žy ban", "Ủy ban"),
    ("C—NG H’A", "CỘNG HÒA"),
    ("C\x02C TR¦˜NG", "CỤC TRƯỜNG"),
    ("QUYÚT §‘NH", "QUYẾT ĐỊNH"),
    ("VŸ", "VŨ"),
    ("™ cÊp tØnh", "Ở cấp tỉnh"),
    # ABC practice: capitals typed on lower-case codes in a `.VnTimeH` font, case recovered
    ("B¸O C¸O", "BÁO CÁO"),
    ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("§¹I HéI", "ĐẠI HỘI"),
    ("§Ó THùC HIÖN", "ĐỂ THỰC HIỆN"),  # one-capital word in a capitals line
    ("§Ò ¸n", "Đề án"),  # one-capital word in running text stays title case
    # several one-capital words (`Vµ`, `®ÇU`) in a line of capitals words
    ("NGHIÖP TH¸NG 02 Vµ 2 TH¸NG ®ÇU N¨M 2007", "NGHIỆP THÁNG 02 VÀ 2 THÁNG ĐẦU NĂM 2007"),
    ("Hµ Néi UBND", "Hà Nội UBND"),  # more one-capital words than capitals words: a name stays
    ("Vµ TØNH vµ", "Và TỈNH và"),  # a lower-case word: running text
    ("Uû", "Uỷ"),
    # Windows-1252 symbols at 0x80–0x9F stay symbols where no syllable forms
    ("“C«ng nghiÖp” vµ v.v…", "“Công nghiệp” và v.v…"),
    ("®Ò…", "đề…"),
    ("2021–2025", "2021–2025"),
    ("“žy ban”", "“Ủy ban”"),
    # `¹` is ạ inside a word, a footnote marker after one
    ("tØnh¹, h¹ tÇng, ®¹i héi", "tỉnh¹, hạ tầng, đại hội"),
    ("n¨m 2024¹", "năm 2024¹"),
    # latin-1 controls for 0x80–0x9F (text read as latin-1) read like their Windows-1252 symbols
    ("C\u0097NG H\u0092A", "CỘNG HÒA"),
    ("Kinh te 2025", "Kinh te 2025"),
]

VNI_CASES = [
    ("Baùo caùo", "Báo cáo"),
    ("UÛy ban nhaân daân", "Ủy ban nhân dân"),
    ("Uyû ban", "Uỷ ban"),
    ("Quyeát ñònh soá 587/QÑ-UBND", "Quyết định số 587/QĐ-UBND"),
    ("COÄNG HOØA", "CỘNG HÒA"),
    ("ngöôøi", "người"),
    ("NGÖÔØI", "NGƯỜI"),
    ("Tuyeân Quang", "Tuyên Quang"),
    ("hoïc taäp, yù kieán, kyø hoïp", "học tập, ý kiến, kỳ họp"),
    ("chæ tieâu, kinh teá, tænh", "chỉ tiêu, kinh tế, tỉnh"),
    ("ñaëc bieät, ngaén haïn", "đặc biệt, ngắn hạn"),
    ("ÑAËC BIEÄT", "ĐẶC BIỆT"),
    ("Aù", "Á"),  # capital base with the lower-case accent
    ("mì, kyõ, lyù, Tyø, ò", "mì, kỹ, lý, Tỳ, ị"),
    ("Kinh te 2025", "Kinh te 2025"),
]


@pytest.mark.parametrize("legacy, expected", TCVN3_CASES)
def test_tcvn3_to_unicode(legacy: str, expected: str) -> None:
    assert decode_text(legacy, "tcvn3") == expected


@pytest.mark.parametrize("legacy, expected", VNI_CASES)
def test_vni_to_unicode(legacy: str, expected: str) -> None:
    assert decode_text(legacy, "vni") == expected


ENCODE_CASES = [
    ("Báo cáo", "tcvn3", b"B\xb8o c\xb8o"),
    ("Ủy ban nhân dân", "tcvn3", b"\x9ey ban nh\xa9n d\xa9n"),
    ("Quyết định số 587/QĐ-UBND", "tcvn3", b"Quy\xd5t \xae\xdenh s\xe8 587/Q\xa7-UBND"),
    ("CỘNG HÒA", "tcvn3", b"C\x97NG H\x92A"),
    ("Thương…", "tcvn3", b"Th\xad\xacng\x85"),
    ("Báo cáo", "vni", b"Ba\xf9o ca\xf9o"),
    ("Ủy ban nhân dân", "vni", b"U\xdby ban nha\xe2n da\xe2n"),
    ("Quyết định", "vni", b"Quye\xe1t \xf1\xf2nh"),
    ("CỘNG HÒA", "vni", b"CO\xc4NG HO\xd8A"),
]


@pytest.mark.parametrize("text, encoding, expected", ENCODE_CASES)
def test_encode_bytes(text: str, encoding: str, expected: bytes) -> None:
    assert encode_bytes(text, encoding) == expected


@pytest.mark.parametrize(
    "encode, decode",
    [
        (tables.TCVN3_ENCODE, {**tables.TCVN3_DECODE, **tables.TCVN3_AMBIGUOUS}),
        (tables.VNI_ENCODE, tables.VNI_DECODE),
    ],
    ids=["tcvn3", "vni"],
)
def test_tables_cover_the_134_letters(encode: dict[str, str], decode: dict[str, str]) -> None:
    assert len(ALL_LETTERS) == 134 and sorted(encode) == ALL_LETTERS
    assert {letter: decode[code] for letter, code in encode.items()} == {letter: letter for letter in ALL_LETTERS}


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_round_trips_in_a_word(encoding: str, letter: str) -> None:
    word = letter + "n"  # `Ặn`, `ỵn`: a syllable shape, so context-decoded codes read as letters
    assert decode_text(encode_text(word, encoding), encoding) == word


@pytest.mark.parametrize(
    "text, encoding",
    [("≥", "tcvn3"), ("«", "tcvn3"), ("¸", "tcvn3"), ("ø", "vni"), ("ñ", "vni"), ("中", "vni")],
)
def test_encode_refuses_what_would_read_back_wrong(text: str, encoding: str) -> None:
    with pytest.raises(ValueError):
        encode_text(text, encoding)


RUN_CASES = [
    ("B¸o c¸o", ".VnTime", "Báo cáo"),
    ("b¸o c¸o", ".VnTimeH", "BÁO CÁO"),
    ("ñy ban", ".VnArial", "ủy ban"),  # no recasing in a lower-case font
    ("ñ", ".VnArialH", "Ủ"),
    ("žy ban", ".VnTime", "Ủy ban"),  # byte 0x9E as Word stores it (Windows-1252)
    ("\u009ey ban", ".VnTime", "Ủy ban"),  # the same byte as a latin-1 control
    ("V\u0178", ".VnTime", "VŨ"),  # Word's U+0178 for byte 0x9F
    ("Baùo caùo", "VNI-Times", "Báo cáo"),
    ("BAÙO CAÙO", "VNI-Helve", "BÁO CÁO"),
    ("Báo cáo", "Times New Roman", "Báo cáo"),
    ("B¸o c¸o", "Arial", "B¸o c¸o"),
    ("B¸o c¸o", None, "B¸o c¸o"),
    ("Vnexpress", "VnExpress Sans", "Vnexpress"),
]


@pytest.mark.parametrize("text, font, expected", RUN_CASES)
def test_decode_run(text: str, font: str | None, expected: str) -> None:
    assert decode_run(text, font) == expected


DETECTION_CASES = [
    ("Báo cáo kết quả thực hiện Chương trình khuyến công", None),
    ("ă â đ ê ô ơ ư Ă Â Đ Ê Ô Ơ Ư", None),
    ("Độc lập - Tự do - Hạnh phúc", None),
    ("Báo cáo", None),  # Unicode with latin-1 letters only
    ("Hoá đơn, hoà giải, thuê khoán, quân đội", None),  # old-style tones, `uê` `uâ` `oà`
    ("Hello world 2025", None),
    ("café crème brûlée", None),
    ("Diện tích 120 m², nhiệt độ 30°C, tỷ lệ ½", None),
    ("Ông Müller đã đến Hà Nội", None),
    ("«Báo cáo» năm 2024", None),
    ("", None),
    ("B¸o c¸o", "tcvn3"),
    ("KÕt qu¶ thùc hiÖn Ch\xad¬ng tr×nh khuyÕn c«ng", "tcvn3"),
    ("C—NG H’A", "tcvn3"),
    ("Baùo caùo", "vni"),
    ("Keát quaû thöïc hieän Chöông trình khuyeán coâng", "vni"),
]


@pytest.mark.parametrize("text, encoding", DETECTION_CASES)
def test_detect_and_decode(text: str, encoding: str | None) -> None:
    converted, found = detect_and_decode(text)
    assert found == encoding
    if encoding is None:
        assert converted is text
    else:
        assert converted == decode_text(text, encoding) != text


def test_unicode_line_in_a_legacy_text_is_left_alone() -> None:
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nB¸o c¸o kÕt qu¶ thùc hiÖn\nBáo cáo"
    assert detect_and_decode(text) == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBáo cáo kết quả thực hiện\nBáo cáo", "tcvn3")


SYLLABLE_CASES = [
    ("người", True), ("NGƯỜI", True), ("Ủy", True), ("quyết", True), ("giữa", True), ("khuyến", True),
    ("xoong", True), ("các", True), ("ạ", True),
    ("ủY", False), ("cac", False), ("cảc", False), ("Bỏo", False), ("đềẶ", False), ("v", False),
    ("B¸o", False), ("tỉnhạ", False), ("UBND", False), ("", False),
]


@pytest.mark.parametrize("word, valid", SYLLABLE_CASES)
def test_is_syllable(word: str, valid: bool) -> None:
    assert is_syllable(word) is valid


def test_decode_bytes_keeps_every_byte() -> None:
    data = bytes(range(256))
    view = decode_bytes(data)
    assert len(set(view)) == 256
    assert decode_bytes(b"B\xb8o \x85 \x81") == "B¸o … \x81"
    assert bytes(tables.VIEW_TO_BYTE[ch] for ch in view) == data


def _seed(seed_path: Path) -> str:
    return unicodedata.normalize("NFC", seed_path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_seed_round_trip(seed_path: Path, encoding: str) -> None:
    seed = _seed(seed_path)
    assert decode_text(encode_text(seed, encoding), encoding) == seed
    assert detect_and_decode(decode_bytes(encode_bytes(seed, encoding))) == (seed, encoding)


def test_unicode_seed_is_untouched(seed_path: Path) -> None:
    seed = _seed(seed_path)
    assert detect_and_decode(seed)[1] is None
    assert detect_and_decode(seed)[0] is seed


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_seed_file_reads_like_the_unicode_seed(seed_path: Path, tmp_path: Path, encoding: str) -> None:
    from extract.read.text import read_text
    from tools.render_legacy import render_legacy

    legacy = render_legacy(seed_path, tmp_path / f"seed_{encoding}.txt", encoding)
    raw = read_text(legacy)
    doc = normalise(raw)
    assert doc.text == normalise(read_text(seed_path)).text
    assert doc.legacy_encoding == encoding
    assert raw.legacy_encoding is None  # the reader's output is left as it was


# text → (font, unicode text) runs as typed with ABC fonts: capitals with a tone, and whole
# upper-case words holding one, in .VnTimeH; plain capitals (UBND, QĐ) have .VnTime codes.
DOCX_RUN_CASES = [
    ("Báo cáo", [(".VnTime", "Báo cáo")]),
    ("UBND tỉnh", [(".VnTime", "UBND tỉnh")]),
    ("587/QĐ-UBND", [(".VnTime", "587/QĐ-UBND")]),
    ("Ủy ban", [(".VnTimeH", "Ủ"), (".VnTime", "y ban")]),
    ("Ở đây", [(".VnTimeH", "Ở"), (".VnTime", " đây")]),
    ("BÁO CÁO", [(".VnTimeH", "BÁO"), (".VnTime", " "), (".VnTimeH", "CÁO")]),
    ("ĐIỀU HÀNH", [(".VnTimeH", "ĐIỀU"), (".VnTime", " "), (".VnTimeH", "HÀNH")]),
    ("KT.GIÁM ĐỐC", [(".VnTimeH", "KT"), (".VnTime", "."), (".VnTimeH", "GIÁM"), (".VnTime", " "), (".VnTimeH", "ĐỐC")]),
    ("CÔNG TÁC", [(".VnTime", "CÔNG "), (".VnTimeH", "TÁC")]),
    ("Thôn Ổi", [(".VnTime", "Thôn "), (".VnTimeH", "Ổ"), (".VnTime", "i")]),
]


@pytest.mark.parametrize("text, expected", DOCX_RUN_CASES)
def test_docx_runs(text: str, expected: list[tuple[str, str]]) -> None:
    from tools.render_docx import _runs

    assert _runs(text) == expected


# body text, labels of footnotes not yet cited → the paragraph as text pieces and ("ref", note id)
DOCX_MARKER_CASES = [
    ("tỉnh¹, năm 2024².", ["1", "2"], ["tỉnh", ("ref", "1"), ", năm 2024", ("ref", "2"), "."]),
    ("tỉnh¹", ["1"], ["tỉnh", ("ref", "1")]),
    ("cho 38 sản phẩm", ["1"], ["cho 38 sản phẩm"]),
    ("tỉnh¹²", ["12"], ["tỉnh", ("ref", "1")]),
]


@pytest.mark.parametrize("text, labels, expected", DOCX_MARKER_CASES)
def test_docx_markers_become_footnote_references(text: str, labels: list[str], expected: list) -> None:
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn

    from tools.render_docx import _SEPARATORS, _write_body

    paragraph = docx.Document().add_paragraph()
    footnotes = parse_xml(_SEPARATORS)
    _write_body(paragraph, text, {label: f"note {label}" for label in labels}, footnotes)
    pieces: list = []
    for run in paragraph._p.r_lst:
        reference = run.find(qn("w:footnoteReference"))
        if reference is not None:
            pieces.append(("ref", reference.get(qn("w:id"))))
        elif pieces and isinstance(pieces[-1], str):
            pieces[-1] += decode_run(run.text, run.rPr.rFonts.get(qn("w:ascii")))
        else:
            pieces.append(decode_run(run.text, run.rPr.rFonts.get(qn("w:ascii"))))
    assert pieces == expected
    ids = [note.get(qn("w:id")) for note in footnotes.iter(qn("w:footnote"))]
    assert ids == ["-1", "0"] + [piece[1] for piece in expected if isinstance(piece, tuple)]


def test_seed_docx_reads_like_the_unicode_seed(seed_path: Path, tmp_path: Path) -> None:
    import docx

    from extract.read.docx import read_docx
    from extract.read.text import read_text
    from tools.render_docx import render_seed_docx

    out = render_seed_docx(seed_path, tmp_path / "seed_vntime.docx")
    paragraphs = docx.Document(str(out)).paragraphs
    assert {run.font.name for paragraph in paragraphs for run in paragraph.runs} == {".VnTime", ".VnTimeH"}
    seed = normalise(read_text(seed_path))
    assert len(paragraphs) == len(seed.paragraphs) - len(seed.footnotes)
    raw = read_docx(out)
    assert raw.legacy_encoding == "tcvn3"
    assert normalise(raw).text == seed.text


def test_seed_docx_has_true_footnotes(seed_path: Path, tmp_path: Path) -> None:
    import zipfile

    from tools.render_docx import render_seed_docx

    with zipfile.ZipFile(render_seed_docx(seed_path, tmp_path / "seed_vntime.docx")) as package:
        document = package.read("word/document.xml").decode()
        notes = package.read("word/footnotes.xml").decode()
        assert 'PartName="/word/footnotes.xml"' in package.read("[Content_Types].xml").decode()
        assert 'Target="footnotes.xml"' in package.read("word/_rels/document.xml.rels").decode()
        assert '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' in package.read(
            "word/settings.xml").decode()
    # the seed cites two footnotes (¹ after `cấp tỉnh`, ² after `năm 2024`)
    assert document.count("<w:footnoteReference ") == 2
    assert 'w:type="separator" w:id="-1"' in notes and 'w:type="continuationSeparator" w:id="0"' in notes
    assert notes.count("<w:footnoteRef/>") == 2


def test_renditions_are_deterministic(seed_path: Path, tmp_path: Path) -> None:
    from tools.render_docx import render_seed_docx
    from tools.render_legacy import render_legacy

    for name in ("a", "b"):
        render_legacy(seed_path, tmp_path / f"{name}.txt")
        render_seed_docx(seed_path, tmp_path / f"{name}.docx")
    assert (tmp_path / "a.txt").read_bytes() == (tmp_path / "b.txt").read_bytes()
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
