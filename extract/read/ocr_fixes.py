"""Repairs of what OCR predictably does to numbers, document symbols, footnote markers and marks:
every OCR repair is run from here (`repair_ocr_lines`), by the read stage, on OCR'd pages only.

Applied only to lines of OCR'd pages, and only where the context says a number is meant or the
dictionary a word, so that words keep their letters (`Lào Cai`, `lô`, `Ông`, `I. CÔNG TÁC`):

- letters that look like digits inside a number: `2O21` → `2021`, `1.OOO` → `1.000`, `l0` → `10`;
- spaces OCR puts inside an amount before its unit: `5 .570 triệu` → `5.570 triệu`;
- garbled footnote markers: `tỉnh(l)` → `tỉnh(1)`, `(2 )` → `(2)`;
- the Icelandic `Ð` Tesseract gives for `Đ`, and the `Q` of `QĐ` misread (`555/OĐ-`, `QOĐ-`, `QĐĐ-`);
- a list number or roman heading misread at the start of a line: `1, Bộ` → `1. Bộ`, `HI. ĐÁNH` →
  `III. ĐÁNH` (`H` is two joined `I`, `l` and `|` one);
- a word's marks misread (`Chính phú`, `vận chuyền`, `hô sơ`, `THÀNH PHÓ`): see ocr_marks;
- `§` for `8` after `Điều`, `khoản` and the like or beside a digit (`595§/QĐ`), `!` for the `1` ending a
  year (`năm 202!`), and `đê` for `để` before a recipient's abbreviation in a `Nơi nhận` list (`(đê b/c)`);
- stray punctuation inside a document symbol, between its number and its codes: `05-:NQ/TU` → `05-NQ/TU`,
  `5959//QĐ-BVT` → `5959/QĐ-BVT` (the reference keeps what was read as `canonical_printed` only when two
  readings are joined; a line repair is told by the page being OCR'd);
- across a document (fix_stacked_marks): the small tone mark stacked on a circumflex misread
  (`để án` for `đề án`) or lost (`câp` for `cấp`), where the document prints the phrase, or the
  word the dictionary knows, far more often.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Callable

import regex

from extract.read.ocr_acronyms import fix_rare_acronyms
from extract.read.ocr_capitals import respell_capitals
from extract.read.ocr_handwriting import clear_handwriting
from extract.read.ocr_marks import fix_word_marks, with_case
from extract.vi.dictionary import is_common_word, is_known_syllable

_CONFUSABLE_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# a run of digits and look-alikes standing alone (no letter either side) with at least one digit
_NUMBER_RUN = regex.compile(r"(?<![\p{L}\d])(?=[\dOolI.,]*\d)[\dOolI](?:[\dOolI]|[.,](?=[\dOolI]))*(?![\p{L}\d])")
_ROMAN_HEADING = regex.compile(r"^[IVX]+\.")
_UNIT = r"(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|VNĐ|VND|USD|%)"
_AMOUNT_SPAN = regex.compile(rf"\d[\d.,]*(?:\s+[.,]\s*\d[\d.,]*|\.\s+\d{{3}}(?![\d])[\d.,]*)+(?=\s*{_UNIT})")
_SPACE_BEFORE_SEPARATOR = regex.compile(r"\s+(?=[.,]\s*\d)")
_SPACE_AFTER_POINT = regex.compile(r"(?<=\d\.)\s+(?=\d{3}(?!\d))")
_GARBLED_MARKER = regex.compile(r"\((?:l|\||(?<=\p{Ll}[.,;:]?\()I)\)|(?<=\()\s+(?=\d{1,2}\s*\))|(?<=\(\d{1,2})\s+(?=\))")
_SYMBOL_Q = regex.compile(r"(?<=\d\s?/\s?)(?:QO|O|Q)Đ{1,2}(?=\s?-)")
_LIST_COMMA = regex.compile(r"^(\d{1,2}),(?=\s+\p{Lu})")
_ROMAN_MISREAD = regex.compile(r"^(?=[IlH|]*[lH|])(?:[IlH|]{2,3}|[l|])(?=\.\s+\p{Lu})")  # not `H. Văn`
_ROMAN_LETTERS = {"I": "I", "l": "I", "|": "I", "H": "II"}
_STACKED_BASE = {c: base for base, marked in (("â", "ấầẩẫ"), ("ê", "ếềểễ"), ("ô", "ốồổỗ")) for c in marked + base}
_STACKED_BASE.update({c.upper(): b.upper() for c, b in _STACKED_BASE.items()})
_BARE_CIRCUMFLEXES = "âêô"
_WORD_PAIR = regex.compile(r"(?<!\p{L})(?=(\p{L}+)\s+(\p{L}+)(?!\p{L}))")
_LONE_WORD = regex.compile(r"(?<![\p{L}\d])(?=(\p{L}+)(?![\p{L}\d]))")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\d])(?=(\p{Ll}+)(?![\p{L}\d]))")
_MAJORITY_COUNT = 3  # the phrase as the document usually prints it: at least this often ...
_MAJORITY_RATIO = 3  # ... and this many times as often as the variant
_SECTION_EIGHT = regex.compile(r"(?i:\b(?:điều|khoản|điểm|mục|chương|phụ lục))\s+\K§(?![\p{L}\d])|(?<=\d)§|§(?=\d)")
_YEAR_END_ONE = regex.compile(r"(?<=\bnăm\s+(?:19|20)\d)!")
# a separator of a symbol doubled or with a stray mark beside it, between the number and a code
_SYMBOL_STRAY = regex.compile(r"(?<=\b\d{1,5})(?:([-/])[-/:;.,'`]|[:;.,'`]([-/]))(?=\p{Lu}{1,6}[-/]\p{Lu})")
# a list number at the start of a line with a space before its point (`25 . UBND`), or its `6` read `ó`
_LIST_POINT = regex.compile(r"^(\d{1,3})\s+\.(?=\s+\S)")
_LIST_SIX = regex.compile(r"^ó6?(?=\.\s+\p{Lu})")
# a dash or stroke glued to the first word of a list entry (`19. -UBND`)
_LIST_ENTRY_STROKE = regex.compile(r"^(\d{1,3}\.\s+)[-~_](?=\p{Lu})")
# a closing bracket glued to an upper-case word (`UBND)`): stray when no bracket is open
_CLOSING_AFTER_CAPITALS = regex.compile(r"(?<=\p{Lu}{2})\)(?![\p{L}\d])")
# `(để b/c)`, `(để p/h)`: a recipient of a `Nơi nhận` list and what the copy is for
_FOR_RECIPIENT = regex.compile(r"(?<=\()[đĐ][eèéẻẽẹêềếểễệ](?=\s+\p{Ll}{1,3}/\p{Ll}{1,3}\))")


def repair_ocr_lines(lines: list[str]) -> list[str]:
    """The lines of one OCR'd document repaired, in order: marks stacked on circumflexes as the document
    usually prints the words (fix_stacked_marks), bold capitals as the body spells them (ocr_capitals),
    acronyms as the document usually prints them (ocr_acronyms), then each line's predictable
    misreadings (fix_ocr_text), what handwriting left (ocr_handwriting) and stray closing brackets."""
    lines = fix_rare_acronyms(respell_capitals(fix_stacked_marks(lines)))
    return drop_stray_brackets([clear_handwriting(fix_ocr_text(line)) for line in lines])


def drop_stray_brackets(lines: list[str]) -> list[str]:
    """`lines` with each closing bracket glued to an upper-case word (`UBND)`) dropped where no bracket
    is open since the start of the document: Tesseract reads a bracket into a stroke beside capitals."""
    depth = 0
    repaired = []
    for line in lines:
        chars = []
        for index, char in enumerate(line):
            if char == "(":
                depth += 1
            elif char == ")":
                if depth == 0 and _CLOSING_AFTER_CAPITALS.match(line, index):
                    continue
                depth = max(0, depth - 1)
            chars.append(char)
        repaired.append("".join(chars))
    return repaired


def _number_digits(match: regex.Match) -> str:
    run = match.group()
    return run if _ROMAN_HEADING.match(run) else run.translate(_CONFUSABLE_DIGITS)


def _amount_spacing(match: regex.Match) -> str:
    return _SPACE_AFTER_POINT.sub("", _SPACE_BEFORE_SEPARATOR.sub("", match.group()))


def _garbled_marker(match: regex.Match) -> str:
    text = match.group()
    return "(1)" if text.startswith("(") and text.endswith(")") else ""


def fix_ocr_text(text: str) -> str:
    """One OCR'd line with its predictable misreadings of numbers, symbols, markers and marks repaired."""
    text = text.replace("\u00d0", "Đ")
    text = _SYMBOL_Q.sub("QĐ", text)
    text = _NUMBER_RUN.sub(_number_digits, text)
    text = _AMOUNT_SPAN.sub(_amount_spacing, text)
    text = _LIST_COMMA.sub(r"\1.", text)
    text = _ROMAN_MISREAD.sub(lambda m: "".join(_ROMAN_LETTERS[c] for c in m.group()), text)
    text = _GARBLED_MARKER.sub(_garbled_marker, text)
    text = _SECTION_EIGHT.sub("8", text)
    text = _YEAR_END_ONE.sub("1", text)
    text = _SYMBOL_STRAY.sub(lambda m: m.group(1) or m.group(2), text)
    text = _FOR_RECIPIENT.sub(lambda m: with_case("để", m.group()), text)
    text = _LIST_POINT.sub(r"\1.", text)
    text = _LIST_SIX.sub("6", text)
    text = _LIST_ENTRY_STROKE.sub(r"\1", text)
    return fix_word_marks(unicodedata.normalize("NFC", text))


def _skeleton(pair: str) -> str:
    """A word or word pair lower-cased with the marks stacked on circumflexes taken off."""
    return "".join(_STACKED_BASE.get(c, c) for c in pair.lower())


def fix_stacked_marks(lines: list[str]) -> list[str]:
    """`lines` of one OCR'd document with each word pair that differs only in a mark stacked on a
    circumflex (`để án`) from a pair the document prints far more often (`đề án`) spelled as that,
    where that is a dictionary word and this is not, or that only adds tones this lost (`chọn
    mâu`); and so each lower-case word the dictionary does not know (`câp`) that the document
    prints far more often as a syllable it knows (`cấp`). Names are capitalised and often not in
    the dictionary (`Nguyễn`).

    Tesseract confuses or loses the acute, grave, hook and tilde set beside a circumflex; the
    document's own usual spelling of the same words tells which was printed. Marks elsewhere are
    left alone."""
    lines = [unicodedata.normalize("NFC", line) for line in lines]
    pairs = Counter(f"{m[1]} {m[2]}".lower() for line in lines for m in _WORD_PAIR.finditer(line))
    replace = _usual_spellings(pairs, lambda pair, usual: not is_common_word(pair) and (is_common_word(usual) or _lost_tones(pair, usual)))
    lines = [_respell(line, _WORD_PAIR, replace) for line in lines] if replace else lines
    words = Counter(m[1].lower() for line in lines for m in _LONE_WORD.finditer(line))
    replace = _usual_spellings(words, lambda word, usual: not is_known_syllable(word) and is_known_syllable(usual))
    return [_respell(line, _LOWER_WORD, replace) for line in lines] if replace else lines


def _lost_tones(printed: str, usual: str) -> bool:
    """Whether `usual` only adds tones to circumflexes bare in `printed` (`mâu` → `mẫu`)."""
    return all(p == u or p in _BARE_CIRCUMFLEXES for p, u in zip(printed, usual))


def _usual_spellings(counts: Counter[str], accept: Callable[[str, str], bool]) -> dict[str, str]:
    """Lower-case words or pairs of `counts` → the spelling, differing only in marks stacked on
    circumflexes, that the document prints far more often, where `accept(item, usual)`."""
    usual: dict[str, tuple[str, int]] = {}
    for item, count in counts.items():
        skeleton = _skeleton(item)
        if any(c in _STACKED_BASE for c in item) and count > usual.get(skeleton, ("", 0))[1]:
            usual[skeleton] = (item, count)
    replace: dict[str, str] = {}
    for item, count in counts.items():
        best, best_count = usual.get(_skeleton(item), (item, 0))
        if best != item and best_count >= _MAJORITY_COUNT and best_count >= _MAJORITY_RATIO * count and accept(item, best):
            replace[item] = best
    return replace


def _respell(line: str, pattern: regex.Pattern, replace: dict[str, str]) -> str:
    """`line` with each word or pair `pattern` finds (its groups) that is in `replace` (lower-case
    keys) respelled, case kept."""
    chars = list(line)
    for match in pattern.finditer(line):
        start, end = match.start(1), match.end(match.lastindex)
        best = replace.get(line[start:end].lower())
        if best is not None and len(best) == end - start:
            chars[start:end] = with_case(best, line[start:end])
    return "".join(chars)
