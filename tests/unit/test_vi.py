"""The Vietnamese text tools under every stage (extract/vi), and the read stage's shared page tests."""

from __future__ import annotations

import pytest
import regex

from extract.read.page_numbers import is_page_number
from extract.read.pdf_colour import is_dark_ink, is_paper
from extract.read.pdf_scan import unmapped_share
from extract.vi.dictionary import is_common_word, is_known_syllable, syllable_count
from extract.vi.numbers import YEAR, is_plausible_year
from extract.vi.sentences import SENTENCE_BREAK, ends_sentence
from extract.vi.superscripts import SUPERSCRIPT_RUN, plain_digits, superscript
from extract.vi.syllables import is_syllable
from extract.vi.tones import TONE_MARKS, TONES, fold_tones


@pytest.mark.parametrize(
    ("printed", "folded"),
    [
        ("Uỷ ban", "Ủy ban"),
        ("hoá học", "hóa học"),
        ("Thuý", "Thúy"),
        ("khoẻ", "khỏe"),
        ("Ủy ban", "Ủy ban"),  # already the kept convention
        ("quý", "quý"),  # `qu` is an onset: its `u` takes no tone
        ("hoàn thành", "hoàn thành"),  # a coda after `oa`: the tone stays on `a`
    ],
)
def test_fold_tones(printed: str, folded: str) -> None:
    assert fold_tones(printed) == folded
    assert len(fold_tones(printed)) == len(printed)


def test_five_tones() -> None:
    assert len(TONES) == 5 and TONE_MARKS == frozenset(TONES)


@pytest.mark.parametrize(
    ("word", "shape"),
    [("nghiêng", True), ("Việt", True), ("QUYẾT", True), ("Nguyễn", True), ("bát", True), ("bat", False), ("xyz", False), ("B¸o", False), ("tRa", False)],
)
def test_syllable_shape(word: str, shape: bool) -> None:
    assert is_syllable(word) is shape


def test_dictionary() -> None:
    assert is_common_word("hợp tác xã") and is_common_word("hợp_tác_xã")
    assert not is_common_word("hoàng đức")  # a name is no common word
    assert is_known_syllable("triển") and not is_known_syllable("triên") and not is_known_syllable("câp")
    assert syllable_count("công") > syllable_count("cống") > 0


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Kết quả đạt được như sau:", True),
        ("đạt 98%.", True),
        ("(đạt 98%).)", True),
        ("hoàn thành;", True),
        ("Có đúng không?", True),
        ("và các đơn vị …", True),
        ("tổng kinh phí hỗ trợ", False),
        ("Quyết định số 12/QĐ-UBND", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


def test_sentence_break() -> None:
    text = "Đạt 37 đề án. Trong đó: 10 đề án; 27 đề án. (1) Khác"
    assert [m.group() for m in SENTENCE_BREAK.finditer(text)] == [". ", ". "]
    assert not SENTENCE_BREAK.search("năm 2024. tiếp")  # no capital after: one sentence


@pytest.mark.parametrize(("value", "plausible"), [(1900, True), (2025, True), (2099, True), (1899, False), (2100, False), (37, False)])
def test_plausible_year(value: int, plausible: bool) -> None:
    assert is_plausible_year(value) is plausible
    assert (regex.fullmatch(YEAR, str(value)) is not None) is plausible


def test_superscripts() -> None:
    assert superscript("12") == "¹²" and plain_digits("tỉnh¹²") == "tỉnh12"
    assert [m.group() for m in SUPERSCRIPT_RUN.finditer("tỉnh¹, năm 2024²³")] == ["¹", "²³"]


@pytest.mark.parametrize(
    ("text", "top", "bottom", "first", "last", "page_number"),
    [
        ("12", 800, 812, False, True, True),
        ("- 3 -", 10, 20, True, False, True),
        ("Trang 4", 805, 815, False, True, True),
        ("4/30", 805, 815, False, True, True),
        ("12", 400, 412, False, False, False),  # a number in the middle of the page
        ("12", 800, 812, False, False, False),  # text below it: a figure of the text
        ("12 đề án", 800, 812, False, True, False),
    ],
)
def test_page_number(text: str, top: float, bottom: float, first: bool, last: bool, page_number: bool) -> None:
    assert is_page_number(text, top, bottom, 842, first, last) is page_number


@pytest.mark.parametrize(
    ("color", "paper", "dark"),
    [
        (None, False, True),  # the default colour is black
        ((1, 1, 1), True, False),
        (1, True, False),
        (0, False, True),
        ((0, 0, 0, 1), False, True),  # CMYK black
        ((0, 0, 0, 0), True, False),  # CMYK no ink
        ((1, 0, 0), False, False),  # red: ink, not dark
        ((0.8, 0.8, 0.8), False, False),  # pale grey
        ("pattern", False, True),
    ],
)
def test_colour(color: object, paper: bool, dark: bool) -> None:
    assert is_paper(color) is paper and is_dark_ink(color) is dark


def test_unmapped_share() -> None:
    assert unmapped_share("(cid:3)(cid:4)ab") == 0.5
    assert unmapped_share("Báo cáo\nkết quả") == 0.0  # line breaks are no unmapped glyphs
    assert unmapped_share("") == 0.0
