"""Counted quantities: a whole number and the noun it counts (`37 đề án`, `04 Hợp tác xã`).

Vietnamese puts a count BEFORE its noun and an identifier AFTER it: `37 đề án` counts, `thôn 12`,
`Đề án 06`, `Tân Thái 168`, `loại 1` name. So a number is a count when
- it is followed by a noun (pyvi tags N/Nc/Np/Ny) that is not a unit of time (`15 phút`, `03
  tháng`: a span, not things), of measure (`75 ha`, `14 tuổi`, `%`) or of money (`470 triệu`);
- it is not preceded by a word that takes a number as its identifier (a general lexicon:
  `thôn`, `tổ`, `số`, `loại`, `khoản`, `năm`, ...) nor by a capitalised name word in mid-sentence
  (`Phú Thịnh 1`, `Ban Chỉ đạo 57`);
- it is not itself part of a date, ratio, decimal, percentage, reference, list number, year
  (`2022`) or word (`Covid-19`, `IC18`), which the characters around it show;
- the noun is not followed by `/` and a unit of time (`01 tin bài/tháng` is a rate);
- where the document writes counts under ten with a leading zero (`01 mô hình`, the convention of
  official documents), a bare single digit (`Rượu 9 chum`, `công nghiệp 1 tổ chức`) is a name part.
A classifier (`cụm`, `con`, `bộ`, ...) takes the next noun with it: `37 cụm công nghiệp`.
"""

from __future__ import annotations

from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse import nlp
from extract.parse.numbers import parse_vn_number
from schemas.models import Count

_FLAGS = regex.IGNORECASE | regex.VERSION1
_CANDIDATE = regex.compile(r"(?<![\p{L}\d.,/\-–_])(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?=[^\S\n]+\p{L})")
_PADDED = regex.compile(r"(?<![\p{L}\d.,/\-–])0[1-9][^\S\n]+\p{L}")

TIME_UNITS = frozenset("giây phút giờ tiếng ngày đêm tuần tháng quý năm thập_kỷ thế_kỷ".split())
MEASURES = frozenset(
    "tuổi % phần_trăm ha héc_ta hecta sào m mét m2 m² m3 m³ km km2 km² cm mm kg g gam tấn tạ yến lít"
    " mw kw kwh mwh gw kv độ usd đồng vnđ vnd đ triệu tỷ tỉ nghìn ngàn trăm vạn".split()
)
# Words after which a number is the thing's identifier or ordinal, not a count of things.
IDENTIFIER_WORDS = frozenset(
    "thôn tổ tổ_dân_phố dân_phố xóm ấp bản buôn khu khu_phố khối phố số lô phòng đường quốc_lộ tỉnh_lộ km"
    " loại hạng bậc cấp_độ mức khoản điều mục chương phần điểm tiết phụ_lục biểu mẫu năm tháng ngày quý tuần"
    " giai_đoạn khóa lần_thứ thứ nhóm đợt kỳ lớp tầng mã ca tuyến covid".split()
)
# General Vietnamese classifiers: the counted noun is the classifier and the noun after it.
CLASSIFIERS = frozenset("cụm con cái chiếc bộ tấm cuốn quyển bài buổi cuộc lượt điểm đoàn".split())
# pyvi's Nu (unit) also covers classifiers such as `thửa`: real units are in MEASURES.
_NOUN_TAGS = {"N", "Nc", "Np", "Ny", "Nu"}
_MARKERS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", " " * 10)
_SENTENCE_START = set(".:;(!?…\"“-–+•)")
_TIME_PATTERN = "|".join(sorted((u.replace("_", " ") for u in TIME_UNITS), key=len, reverse=True))
_RATE = regex.compile(rf"(?:[^\S\n]+\p{{L}}+){{0,2}}[^\S\n]*/[^\S\n]*(?:{_TIME_PATTERN})(?!\p{{L}})", _FLAGS)
_WINDOW = 60
_YEARS = range(1900, 2101)


def _word_key(word: nlp.Word) -> str:
    return word.text.lower().replace(" ", "_")


def _sentence_initial(window: str, word: nlp.Word, at_paragraph_start: bool) -> bool:
    before = window[: word.start].rstrip()
    if not before:
        return at_paragraph_start
    return before[-1] in _SENTENCE_START or regex.search(r"(?:^|\s)(?:\d+|[a-zđ])[.)]$", before) is not None


def _names_identifier(
    window: str, previous: Optional[nlp.Word], before: Optional[nlp.Word], at_paragraph_start: bool
) -> bool:
    """Whether the word before the number makes it an identifier: `thôn 12`, `Phú Thịnh 1`.

    A capitalised word in mid-sentence is a name when it is a noun (`Đề án 06`) or follows another
    capitalised word (`Ban Chỉ đạo 57`); a lone capitalised verb is a heading run into the text.
    """
    if previous is None:
        return False
    key = _word_key(previous)
    if key in IDENTIFIER_WORDS:
        return True
    if not previous.text[:1].isupper() or _sentence_initial(window, previous, at_paragraph_start):
        return False
    return previous.tag.startswith("N") or (before is not None and before.text[:1].isupper())


def _noun_end(window: str, words: list[nlp.Word], i: int) -> Optional[int]:
    """End (in the window) of the noun counted by the number at words[i], or None if it counts nothing."""
    if i + 1 >= len(words):
        return None
    noun = words[i + 1]
    key = _word_key(noun)
    if window[words[i].end : noun.start].strip() or noun.tag not in _NOUN_TAGS:
        return None
    if key in TIME_UNITS or key in MEASURES or not noun.text[:1].isalpha():
        return None
    end = noun.end
    if (key in CLASSIFIERS or noun.tag in ("Nc", "Nu")) and i + 2 < len(words):
        after = words[i + 2]
        if after.tag == "N" and after.text[:1].islower() and not window[noun.end : after.start].strip():
            end = after.end
    if _RATE.match(window, end):
        return None
    while not window[end - 1].isalnum():  # pyvi may keep a full stop on an abbreviation: `TTHC.`
        end -= 1
    return end


def _count_at(doc: NormalisedDocument, start: int, end: int, padded_doc: bool) -> Optional[Count]:
    text = doc.text[start:end]
    value = int(parse_vn_number(text))
    if ("." not in text and len(text) == 4 and value in _YEARS) or (padded_doc and len(text) == 1):
        return None
    paragraph = doc.paragraph_at(start)
    floor = paragraph.start if paragraph else 0
    ceiling = paragraph.end if paragraph else len(doc.text)
    lo = max(floor, start - _WINDOW)
    if lo > floor:
        lo = doc.text.find(" ", lo, start) + 1 or start
    hi = min(ceiling, end + _WINDOW)
    window = doc.text[lo:hi].translate(_MARKERS)  # `bản¹` would not segment as `bản`
    words = nlp.tag(window)
    index = next((i for i, w in enumerate(words) if w.start == start - lo), None)
    if index is None or words[index].end != end - lo:
        return None
    previous = words[index - 1] if index else None
    before = words[index - 2] if index > 1 else None
    if _names_identifier(window, previous, before, lo == floor):
        return None
    noun_end = _noun_end(window, words, index)
    if noun_end is None:
        return None
    noun = window[words[index + 1].start : noun_end]
    return Count(**doc.quote(start, lo + noun_end), value=value, noun=noun.lower(),
                 in_table=doc.kind_at(start) == "table")


def find_counts(doc: NormalisedDocument) -> list[Count]:
    """Every counted quantity in the document, in text order."""
    padded_doc = _PADDED.search(doc.key) is not None
    counts = []
    for match in _CANDIDATE.finditer(doc.key):
        count = _count_at(doc, match.start(), match.end(), padded_doc)
        if count is not None:
            counts.append(count)
    return counts
