"""Counted quantities: a whole number and the noun it counts (`37 đề án`, `04 Hợp tác xã`).

Vietnamese puts a count BEFORE its noun and an identifier AFTER its head: `37 đề án` counts,
`thôn 12`, `Đề án 06`, `Tân Thái 168`, `loại 1` name. A number is a count when

1. a common noun follows it (pyvi tags N/Nc/Np/Ny/Nu) that is not a unit of time (`15 phút`,
   `03 tháng`: a span, not things), of measure (`75 ha`, `14 tuổi`, `%`) or of money (`470
   triệu`), nor a place or person name (`888 Yên Bái`);
2. the words right before it are not a head that takes a number as its identifier: a general
   closed class of address, ordinal and section words in any case (`thôn`, `tổ`, `số`, `loại`,
   `khoản`, `giai đoạn`, ...) and, capitalised because they then name one thing, document,
   programme and organisation heads (`Đề án 06`, `Ban Chỉ đạo 57`, `Chương trình 135`);
3. after any other capitalised word in mid-sentence (a name: `Báo Tuyên Quang 36 tin bài`,
   `Hợp tác xã Chè Tân Thái 168 Xã Tân Thành`) the number is the name's own only when its noun
   opens another name (`Xã Tân Thành`); a common noun going on as a phrase makes it a count;
4. it is not part of a date, ratio (`13/19 nhiệm vụ`), decimal, percentage, reference, list
   number, year (`2022`; but a value after `là`/`có` written without a thousands point, `là 1922 người`), chainage (`Km 15+200`), word (`Covid-19`, `IC18`) or a value after `=`
   (`Có = 1`), which the characters around it show; a `/` between two noun phrases is no ratio (`360.414 hồ sơ trực
   tuyến/370.320 tổng hồ sơ` states two counts);
5. the noun is not followed by `/` and a unit of time (`01 tin bài/tháng` is a rate);
6. where the document writes counts under ten with a leading zero (`01 mô hình`, the convention
   of official documents), a bare single digit that closes a name is a name part: a capitalised
   word stands a few words before it in the same clause (`Rượu 9 chum`, `Trung tâm ... Tư vấn
   phát triển công nghiệp 1 trực thuộc`) and is not itself counted (`04 Hợp tác xã và 2 tổ`);
   elsewhere it still counts (`HĐND tỉnh đã thông qua 6 nghị quyết`, `chính quyền địa phương 2 cấp`).

The noun is the head noun as printed, lower-case, with at most one more word when the two make
one compound: a classifier takes the noun after it (`cụm công nghiệp`, `con trâu`, `người dân`)
or a one-syllable verb (`bài viết`, `tờ khai`, `người dùng`), a classifier of events any verb
but a function verb (`lượt làm việc`, `kỳ bình chọn`, `lớp tập huấn`, `vụ vi phạm`; not `người
có`); a one-syllable noun takes a one-syllable noun after it (`tàu cá`, `chủ tàu`, `tin bài`),
two syllables being the common compound (a longer one is a new phrase: `02 cấp | vận hành`). An
administrative level that opens a name (`02 cấp tỉnh Lâm Đồng`) or follows `cấp` (`5 lớp | cấp
tỉnh`) is not taken. Longer heads stand alone: `hồ sơ` in `hồ sơ trực tuyến`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse import nlp
from extract.parse.plausible import COUNT
from extract.vi.numbers import is_plausible_year, read_vn_number
from extract.vi.sentences import SENTENCE_BREAK
from extract.vi.superscripts import SUPERSCRIPT_DIGITS
from extract.vi.tones import fold_tones
from schemas.models import Count

_FLAGS = regex.IGNORECASE | regex.VERSION1
_CANDIDATE = regex.compile(r"(?<![\p{L}\d.,\-–_+])(?<!\d[^\S\n]*/[^\S\n]*)(?<![=<>≤≥][^\S\n]*)(?P<num>\d{1,3}(?:\.\d{3})+|\d+)(?=[^\S\n]+\p{L})")
_PADDED = regex.compile(r"(?<![\p{L}\d.,/\-–])0[1-9][^\S\n]+\p{L}")


def _vocabulary(text: str) -> frozenset[str]:
    """Tone-folded entries, written with `_` between the syllables of one word."""
    return frozenset(fold_tones(w.replace("_", " ")) for w in text.split())


TIME_UNITS = _vocabulary("giây phút giờ tiếng ngày đêm tuần tháng quý năm thập_kỷ thế_kỷ")
MEASURES = _vocabulary(
    "tuổi % phần_trăm ha héc_ta hecta sào m mét m2 m² m3 m³ km km2 km² cm mm kg g gam tấn tạ yến lít"
    " mw kw kwh mwh gw kv độ usd đồng vnđ vnd đ triệu tỷ tỉ nghìn ngàn trăm vạn"
)
# Words after which a number is the thing's identifier or ordinal, in any case.
IDENTIFIER_WORDS = _vocabulary(
    "thôn tổ tổ_dân_phố xóm ấp bản buôn khu khu_phố khối phố số lô phòng đường quốc_lộ tỉnh_lộ km"
    " tiểu_khu khoảnh loại hạng bậc cấp_độ mức khoản điều mục chương phần điểm tiết phụ_lục biểu mẫu"
    " năm tháng ngày quý tuần giai_đoạn khóa lần_thứ thứ nhóm đợt kỳ lớp tầng mã ca tuyến covid"
)
# Heads that, capitalised, name one document, programme or body by its number: `Đề án 06`.
NAMED_HEADS = _vocabulary(
    "đề_án chương_trình kế_hoạch dự_án nghị_quyết nghị_định quyết_định chỉ_thị kết_luận thông_báo"
    " thông_tư công_điện công_văn tờ_trình luật ban ban_chỉ_đạo tiểu_ban tổ_công_tác đội đoàn trạm"
    " trại đồn tiểu_đoàn trung_đoàn sư_đoàn quân_đoàn quân_khu"
)
# Administrative levels: before a name they start a new phrase (`02 cấp | tỉnh Lâm Đồng`).
PLACE_WORDS = _vocabulary("tỉnh thành_phố huyện quận thị_xã thị_trấn xã phường đặc_khu thôn bản ấp xóm")
# `cấp` before an administrative level qualifies the noun before it (`05 lớp | cấp tỉnh`).
_LEVEL = fold_tones("cấp")
# General Vietnamese classifiers: the counted noun is the classifier and the word after it.
CLASSIFIERS = _vocabulary("cụm khu tổ nhóm đội đoàn con cái chiếc bộ tấm cuốn quyển bài điểm tờ bản người")
# Classifiers of events: the verb after one names the event counted (`15 lượt làm việc`).
EVENT_CLASSIFIERS = _vocabulary("lượt lần cuộc buổi đợt chuyến phiên kỳ lớp khóa vụ")
# Verbs that, after a classifier, start a clause rather than a compound (`người có công`).
_FUNCTION_VERBS = _vocabulary("có là được bị phải cần làm")
_PLURALS = _vocabulary("các những")
# pyvi's Nu (unit) also covers classifiers such as `thửa`: real units are in MEASURES.
_NOUN_TAGS = {"N", "Nc", "Np", "Ny", "Nu"}
_MARKERS = str.maketrans(SUPERSCRIPT_DIGITS, " " * len(SUPERSCRIPT_DIGITS))
_SENTENCE_START = set(".:;(!?…\"“-–+•)")
_LIST_MARK = regex.compile(r"(?:^|\s)(?:\d+|[a-zđ])[.)]$")
_TIME_PATTERN = "|".join(sorted((u for u in TIME_UNITS), key=len, reverse=True))
_RATE = regex.compile(rf"(?:[^\S\n]+\p{{L}}+){{0,2}}[^\S\n]*/[^\S\n]*(?:{_TIME_PATTERN})(?!\p{{L}})", _FLAGS)
_NAME_REACH = 6


def _key(words: list[nlp.Word]) -> str:
    return fold_tones(" ".join(w.text for w in words).lower())


def _adjacent(text: str, a: nlp.Word, b: nlp.Word) -> bool:
    return not text[a.end : b.start].strip()


def _sentence_initial(text: str, word: nlp.Word) -> bool:
    before = text[: word.start].rstrip()
    return not before or before[-1] in _SENTENCE_START or _LIST_MARK.search(before) is not None


def _identifier_head(text: str, words: list[nlp.Word], i: int) -> bool:
    """Whether the one to three words right before words[i] take it as their number (`thôn 12`, `Đề án 06`)."""
    for k in range(1, min(3, i) + 1):
        head = words[i - k : i]
        if any(w.tag == "F" for w in head) or not all(_adjacent(text, a, b) for a, b in zip(head, head[1:])):
            break
        key = _key(head)
        if key in IDENTIFIER_WORDS or (key in NAMED_HEADS and head[0].text[:1].isupper()):
            return True
    return False


def _opens_name(text: str, words: list[nlp.Word], j: int) -> bool:
    """Whether words[j] heads a name written after it: `Xã Tân Thành`, `tỉnh Lâm Đồng`, `Hợp tác xã Chè ...`.

    The name is a capitalised word right after it; an abbreviation (`hồ sơ TTHC`) is a modifier, not a name.
    """
    if j + 1 >= len(words) or not _adjacent(text, words[j], words[j + 1]):
        return False
    nxt = words[j + 1].text
    return nxt[:1].isupper() and nxt[:1].isalpha() and not nxt.replace(" ", "").isupper()


def _is_noun(word: nlp.Word) -> bool:
    key = _key([word])
    return (
        word.tag in _NOUN_TAGS
        and word.text[:1].isalpha()
        and key not in TIME_UNITS
        and key not in MEASURES
        and not nlp.is_proper_name(word)
    )


def _takes_next(text: str, words: list[nlp.Word], j: int) -> bool:
    """Whether the noun words[j] and the word after it make one compound noun (see the module doc)."""
    if j + 1 >= len(words):
        return False
    head, nxt = words[j], words[j + 1]
    if not _adjacent(text, head, nxt) or not nxt.text[:1].islower() or (nxt.tag != "V" and not _is_noun(nxt)):
        return False
    if head.syllables > 1 or head.text.isupper() or (_key([nxt]) in PLACE_WORDS and _opens_name(text, words, j + 1)):
        return False
    if _key([nxt]) == _LEVEL and j + 2 < len(words) and _key([words[j + 2]]) in PLACE_WORDS:
        return False
    event = _key([head]) in EVENT_CLASSIFIERS
    if event or _key([head]) in CLASSIFIERS or head.tag in ("Nc", "Nu"):
        verb = nxt.tag == "V" and _key([nxt]) not in _FUNCTION_VERBS
        return nxt.tag == "N" or (verb and (event or nxt.syllables == 1))
    return nxt.tag == "N" and nxt.syllables == 1


def _noun_span(text: str, words: list[nlp.Word], i: int) -> Optional[tuple[int, int]]:
    """[start, end) in `text` of the noun counted by the number at words[i], or None if it counts nothing.

    A plural marker may stand between them (`1.376 các đơn vị`): the noun is the word after it.
    """
    j = i + 1
    if j + 1 < len(words) and _key([words[j]]) in _PLURALS and _adjacent(text, words[j], words[j + 1]):
        j += 1
    if j >= len(words) or not _adjacent(text, words[j - 1], words[j]) or not _is_noun(words[j]):
        return None
    end = words[j + 1].end if _takes_next(text, words, j) else words[j].end
    if _RATE.match(text, end):
        return None
    while not text[end - 1].isalnum():  # pyvi may keep a full stop on an abbreviation: `TTHC.`
        end -= 1
    return words[j].start, end


def _closes_name(words: list[nlp.Word], i: int) -> bool:
    """Whether a capitalised word (a name's start, not an abbreviation) is among the six words before words[i],
    with no punctuation between: `Rượu 9`, `Trung tâm ... Tư vấn phát triển công nghiệp 1`. A capitalised noun
    right after a number is that number's counted noun, not a name: `04 Hợp tác xã và 2 tổ hợp tác`."""
    for k in range(i - 1, max(0, i - _NAME_REACH) - 1, -1):
        word = words[k]
        if word.tag == "F":
            return False
        if word.text[:1].isupper() and not word.text.replace(" ", "").isupper():
            return k == 0 or not words[k - 1].text[:1].isdigit()
    return False


def _names_number(text: str, words: list[nlp.Word], i: int, padded_doc: bool) -> bool:
    """Whether the number at words[i] belongs to what precedes it (rules 2, 3 and 6 of the module doc)."""
    if i == 0:
        return False
    previous = words[i - 1]
    if _identifier_head(text, words, i):
        return True
    if padded_doc and len(words[i].text) == 1 and _closes_name(words, i):
        return True
    is_name = previous.text[:1].isupper() and not _sentence_initial(text, previous)
    return is_name and _opens_name(text, words, i + 1)


class _Tagged:
    """The words of each sentence that holds a candidate, tagged once.

    pyvi needs the whole sentence to segment and tag it the same way, and no more: tagging whole
    paragraphs (a list of fifty items is one) cost twice the CPU for the same words.
    """

    def __init__(self, doc: NormalisedDocument) -> None:
        self.doc = doc
        self._cache: dict[int, tuple[str, list[nlp.Word]]] = {}
        self._index: dict[int, dict[int, int]] = {}

    def word_at(self, lo: int, start: int) -> Optional[int]:
        """The index of the word starting at `start` in the unit opening at `lo` (one dict per unit, not a scan)."""
        if lo not in self._index:
            self._index[lo] = {word.start: i for i, word in reversed(list(enumerate(self._cache[lo][1])))}
        return self._index[lo].get(start - lo)

    def unit(self, offset: int) -> tuple[int, str, list[nlp.Word]]:
        paragraph = self.doc.paragraph_at(offset)
        if paragraph is not None:
            lo, hi = paragraph.start, paragraph.end
        else:  # outside the paragraphs: the line
            lo = self.doc.text.rfind("\n", 0, offset) + 1
            hi = self.doc.text.find("\n", offset)
            hi = len(self.doc.text) if hi < 0 else hi
        lo, hi = _sentence(self.doc.text, lo, hi, offset)
        if lo not in self._cache:
            text = self.doc.text[lo:hi]
            self._cache[lo] = (text, nlp.tag(text.translate(_MARKERS)))  # `bản¹` would not segment as `bản`
        return (lo, *self._cache[lo])


def _sentence(text: str, lo: int, hi: int, offset: int) -> tuple[int, int]:
    """[start, end) of the sentence of text[lo:hi] that holds `offset` (its closing punctuation kept)."""
    start = lo
    for brk in SENTENCE_BREAK.finditer(text, lo, hi):
        end = brk.start() + len(brk.group().rstrip())
        if offset < end:
            return start, end
        start = brk.end()
    return start, hi


_VALUE_BEFORE = regex.compile(r"(?<!\p{L})(?:là|có)\s+$", regex.IGNORECASE)


def _year_like(number: str, read: Decimal) -> bool:
    """Four digits without a thousands point that could be a year (`2022`)."""
    return "." not in number and len(number) == 4 and is_plausible_year(int(read))


def _count_at(tagged: _Tagged, start: int, end: int, padded_doc: bool) -> Optional[Count]:
    doc = tagged.doc
    number = doc.text[start:end]
    read = read_vn_number(number)
    if read is None or _year_like(number, read) and not _VALUE_BEFORE.search(doc.key, max(0, start - 8), start):
        return None
    lo, text, words = tagged.unit(start)
    index = tagged.word_at(lo, start)
    if index is None or words[index].end != end - lo or _names_number(text, words, index, padded_doc):
        return None
    span = _noun_span(text, words, index)
    if span is None:
        return None
    noun = text[span[0] : span[1]]  # the printed text: a marker ends a phrase (_adjacent)
    value, flags = (None, [COUNT.flag(number)]) if COUNT.exceeded_by(read) else (int(read), [])
    return Count(
        **doc.quote(start, lo + span[1]), value=value, flags=flags, noun=noun.lower(), in_table=doc.kind_at(start) == "table"
    )


def find_counts(doc: NormalisedDocument) -> list[Count]:
    """Every counted quantity in the document, in text order."""
    padded_doc = _PADDED.search(doc.key) is not None
    tagged = _Tagged(doc)
    counts = []
    for match in _CANDIDATE.finditer(doc.key):
        count = _count_at(tagged, match.start(), match.end(), padded_doc)
        if count is not None:
            counts.append(count)
    return counts
