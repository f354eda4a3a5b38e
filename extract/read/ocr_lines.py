"""Printed lines of a scanned page from Tesseract's words: paragraphs, footnotes, markers, noise.

Tesseract gives each word with its box, its confidence and its place in a block / paragraph /
line tree. From that, by layout alone, as the PDF reader does with fonts:

- a line of seal or handwriting garbage (very low confidence, few letters) is dropped, so is a
  lone page number at the top or bottom of the page, and so is a word Tesseract could not read at
  all or one far taller than its line's other words read with little confidence (a signature's stroke);
- a two-column block (header, closing) comes as its left column, then its right column, each
  line a paragraph of its own (see ocr_columns); it holds no footnote and no marker;
- a small, raised group of digits after a printed word (read with confidence) in a body line is
  a footnote marker, written as superscript digits (`tỉnh¹`); so is a `(1)` glued to the end of a
  word, and a raised glyph the page image shows at the end of a word or as a footnote's label,
  whatever Tesseract read it as, when its digits are read again with confidence (see ocr_markers);
- lines at the bottom of the page in a clearly smaller type, the first one opening with a label
  (`1`, `(1)`), are footnotes; without a label they can only continue the previous page's
  footnote (ocr.py decides that across pages);
- a new Tesseract block, or a new paragraph whose first line is indented, starts a paragraph.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Optional

import regex

from extract.read.model import RawLine
from extract.read.ocr_columns import column_blocks, side_by_side
from extract.read.ocr_markers import Char, LineMetrics, MarkerReader, Raised, line_metrics
from extract.read.page_numbers import is_page_number
from extract.vi.superscripts import SUPERSCRIPT_DIGITS, plain_digits, superscript
from extract.vi.syllables import is_syllable

_NOISE_CONFIDENCE = 70.0  # a line below this with few letters or digits is noise
_GARBAGE_CONFIDENCE = 35.0  # a line below this is noise whatever it holds
_COLUMN_GAP_CHARS = 4.0  # a gap between words wider than this many average characters parts columns
_NOISE_MAX_CHARS = 3
_LIST_GAP_CHARS = 3.0  # a list number set apart stands this many average characters from its entry at most
_SMALL_TYPE = 0.8  # footnote lines are at most this share of the body's line height
_SHORT_LINE_WORDS = 3  # a line of this few words does not tell the type size
_TOP_LINES = 5  # the body's type size is read from this many long lines at the top of the page
_WIDER_NOTES = 1.2  # footnote lines in small type hold this many times the characters of body lines
_RAISED = 0.25  # a marker's bottom sits this share of the line height above the baseline
_INDENT_CHARS = 1.5  # a first-line indent is wider than this many average characters
_PRINTED_CONFIDENCE = 50.0  # a marker follows a word Tesseract read with at least this confidence
_UNREAD_CONFIDENCE = 10.0  # a word read with less is no print (a stroke, a seal's edge)
_STROKE_HEIGHT = 2.0  # a word this many times as tall as the line's other words is a pen stroke, unless read surely

_MARKER_WORD = regex.compile(r"^\(?(\d{1,2})\)?([,.;:]?)$")
_GLUED_MARKER = regex.compile(r"(?<=\p{L})\((\d{1,2})\)(?=[,.;:]?$)")
_LIST_NUMBER = regex.compile(r"^\d{1,3}[.)]?$")
_FOOTNOTE_LABEL = regex.compile(rf"^(?:\(\s*(\d{{1,2}})\s*\)|(\d{{1,2}})(?=\s+\S)|([{SUPERSCRIPT_DIGITS}]+))\s*")
_TRAILING_SYMBOLS = regex.compile(r"[^\p{L}\p{N}]+$")
_LETTER_RUN = regex.compile(r"\p{L}+")


@dataclass
class Word:
    text: str
    confidence: float
    left: int
    top: int
    width: int
    height: int
    chars: list[Char] = field(default_factory=list)

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def box(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.left + self.width, self.bottom)


@dataclass
class OcrLine:
    """One recognised line and where it sits in Tesseract's block / paragraph tree."""

    block: int
    paragraph: int
    words: list[Word] = field(default_factory=list)
    column_break: bool = False  # True when a wide gap parts this line from text on its left

    @property
    def char_width(self) -> float:
        return sum(word.width for word in self.words) / max(1, sum(len(word.text) for word in self.words))

    @property
    def left(self) -> int:
        return min(word.left for word in self.words)

    @property
    def right(self) -> int:
        return max(word.left + word.width for word in self.words)

    @property
    def top(self) -> int:
        return min(word.top for word in self.words)

    @property
    def bottom(self) -> int:
        return max(word.bottom for word in self.words)

    @property
    def height(self) -> float:
        return float(statistics.median(word.height for word in self.words))

    @property
    def confidence(self) -> float:
        return statistics.fmean(word.confidence for word in self.words)

    @property
    def text(self) -> str:
        return " ".join(word.text for word in self.words)

    @property
    def metrics(self) -> Optional[LineMetrics]:
        return line_metrics([char for word in self.words for char in word.chars])


def words_to_lines(data: dict[str, list]) -> list[OcrLine]:
    """Tesseract's `image_to_data` dictionary (with `chars` when hocr_data made it) as lines of
    words, in reading order."""
    lines: dict[tuple[int, int, int], OcrLine] = {}
    chars = data.get("chars") or [[] for _ in data["text"]]
    for index, text in enumerate(data["text"]):
        confidence = float(data["conf"][index])
        if not str(text).strip() or confidence < 0:
            continue
        key = (data["block_num"][index], data["par_num"][index], data["line_num"][index])
        line = lines.setdefault(key, OcrLine(block=key[0], paragraph=key[1]))
        line.words.append(
            Word(
                str(text).strip(), confidence, data["left"][index], data["top"][index], data["width"][index],
                data["height"][index], list(chars[index]),
            )
        )
    joined = _list_numbers_joined(list(lines.values()))
    segments = [_without_strokes(segment) for line in joined for segment in _split_columns(line)]
    return [segment for segment in segments if segment.words]


def _without_strokes(line: OcrLine) -> OcrLine:
    """`line` without the words at either end that are no print: those Tesseract could not read at
    all whose letters are not even shaped as Vietnamese syllables (a pen stroke, a seal's edge: `láic`,
    `-—`), and those far taller than the line's other words that it read with little confidence (a
    signature's loop beside the text, `tự`). A word inside the line is a misread printed word, kept."""
    words = list(line.words)
    while words and _stroke(words[0], words[1:]):
        words.pop(0)
    while words and _stroke(words[-1], words[:-1]):
        words.pop()
    line.words = words
    return line


def _stroke(word: Word, others: list[Word]) -> bool:
    """Whether `word`, beside the line's `others`, is a pen stroke rather than print."""
    printed = [other.height for other in others if any(c.isalnum() for c in other.text)]  # not a dash's height
    tall = len(printed) >= 2 and word.height > _STROKE_HEIGHT * statistics.median(printed)
    return _unread(word) or (tall and word.confidence < _NOISE_CONFIDENCE)


def _unread(word: Word) -> bool:
    """A word Tesseract read with next to no confidence, without a digit (a garbled number or marker is
    read again or judged later), whose letters are no syllable (or that has none)."""
    if word.confidence >= _UNREAD_CONFIDENCE or any(c.isdigit() for c in word.text):
        return False
    runs = _LETTER_RUN.findall(word.text)
    return not runs or not all(is_syllable(run) for run in runs)


def _list_numbers_joined(lines: list[OcrLine]) -> list[OcrLine]:
    """`lines` with each list number that Tesseract set in a block of its own (a column of numbers
    beside a column of entries) put at the start of the entry on its row, just to its right."""
    entries = list(lines)
    for number in [line for line in lines if len(line.words) == 1 and _LIST_NUMBER.match(line.words[0].text)]:
        entry = next((line for line in entries if _numbers_entry(number, line)), None)
        if entry is not None:
            entry.words[:0] = number.words
            entries.remove(number)
    return entries


def _numbers_entry(number: OcrLine, line: OcrLine) -> bool:
    """Whether `line` is the entry a list `number` standing apart begins: another block, the same row,
    starting within a few characters to its right."""
    if line is number or line.block == number.block or not line.words:
        return False
    middle = (number.top + number.bottom) / 2
    gap = line.left - number.right
    return line.top <= middle <= line.bottom and 0 <= gap <= _LIST_GAP_CHARS * line.char_width


def _split_columns(line: OcrLine) -> list[OcrLine]:
    """A printed line cut where a wide gap parts two columns (header, signature block, table)."""
    segments = [OcrLine(line.block, line.paragraph, [line.words[0]])]
    gap = _COLUMN_GAP_CHARS * line.char_width
    for previous, word in zip(line.words, line.words[1:]):
        if word.left - (previous.left + previous.width) > gap:
            segments.append(OcrLine(line.block, line.paragraph, column_break=True))
        segments[-1].words.append(word)
    return segments


def is_noise(line: OcrLine) -> bool:
    """Seal, signature or handwriting read as text: low confidence and few letters or digits."""
    characters = sum(1 for c in line.text if c.isalnum())
    if line.confidence < _GARBAGE_CONFIDENCE:
        return True
    if characters == 0:
        return True
    return line.confidence < _NOISE_CONFIDENCE and characters <= _NOISE_MAX_CHARS


def _without_tail(text: str, glyphs_after: int, digits: str) -> tuple[str, str]:
    """(the word before its raised marker, the punctuation after it): the last `glyphs_after`
    characters follow the marker; what Tesseract made of the marker itself is dropped, a run of
    symbols (`tỉnh'`) or else as many trailing digits as the marker holds (`20241`)."""
    cut = max(0, len(text) - glyphs_after)
    core, after = text[:cut], text[cut:]
    stripped = _TRAILING_SYMBOLS.sub("", core)
    if stripped == core and core[-len(digits) :].isdigit() and len(core) > len(digits):
        stripped = core[: -len(digits)]
    return stripped, after


def _image_marker(word: Word, metrics: Optional[LineMetrics], reader: Optional[MarkerReader]) -> Optional[tuple[str, Raised]]:
    """(digits, raised group) of a raised glyph group the page image shows in `word`, else None."""
    if reader is None or metrics is None:
        return None
    group = reader.raised(word.box, metrics)
    digits = reader.digits(group.box) if group is not None else None
    return None if digits is None or group is None else (digits, group)


def _with_markers(line: OcrLine, reader: Optional[MarkerReader]) -> str:
    """The line's text with raised digit groups and glued `(1)` written as superscript markers."""
    letters = [word for word in line.words if any(c.isalpha() for c in word.text)]
    if not letters:
        return line.text
    height = statistics.median(word.height for word in letters)
    baseline = statistics.median(word.bottom for word in letters)
    metrics = line.metrics
    parts: list[str] = []
    printed = False  # the word before was read with confidence: a marker may follow it
    for word in line.words:
        marker = _MARKER_WORD.match(word.text)
        raised = word.bottom < baseline - _RAISED * height and word.height < _SMALL_TYPE * height
        if marker and raised and printed:
            parts[-1] += superscript(marker.group(1)) + marker.group(2)
            continue
        found = _image_marker(word, metrics, reader)
        if found is not None and (printed or not found[1].whole_word):
            digits, group = found
            core, after = _without_tail(word.text, group.glyphs_after, digits)
            if group.whole_word:  # a marker Tesseract set apart from its word
                parts[-1] += superscript(digits) + after
            else:
                parts.append(core + superscript(digits) + after)
        else:
            parts.append(_GLUED_MARKER.sub(lambda m: superscript(m.group(1)), word.text))
        printed = word.confidence >= _PRINTED_CONFIDENCE
    return " ".join(parts)


def _footnote_start(lines: list[OcrLine]) -> int:
    """Index of the first footnote line, len(lines) when the page has none.

    The zone is the trailing run of lines in small type (a short line, whose height says little,
    does not break it). It holds footnotes when a line of it opens with a label, or when its lines
    hold more characters than body lines do (small type: a continued footnote has no label)."""
    long_lines = [line for line in lines if len(line.words) > _SHORT_LINE_WORDS]
    if len(lines) < 2 or not long_lines:
        return len(lines)
    body_height = statistics.median(line.height for line in long_lines[:_TOP_LINES])  # the top is body
    start = len(lines)
    while start > 0 and (
        lines[start - 1].height < _SMALL_TYPE * body_height or len(lines[start - 1].words) <= _SHORT_LINE_WORDS
    ):
        start -= 1
    while start < len(lines) and lines[start].height >= _SMALL_TYPE * body_height:
        start += 1
    zone, body = lines[start:], lines[:start]
    if not zone or not body:
        return len(lines)
    if any(_FOOTNOTE_LABEL.match(line.text) for line in zone):
        return start
    body_chars = statistics.median(len(line.text) for line in body)
    zone_chars = statistics.median(len(line.text) for line in zone)
    return start if zone_chars > _WIDER_NOTES * body_chars else len(lines)


def _footnote_line(line: OcrLine, reader: Optional[MarkerReader]) -> RawLine:
    """A footnote line; the first of a footnote opens with its label: a raised glyph the page image
    shows (read again as digits), else a number or `(1)` as Tesseract read it."""
    text = line.text
    found = _image_marker(line.words[0], line.metrics, reader)
    if found is not None and found[1].whole_word and len(line.words) > 1:
        return RawLine(text=" ".join(word.text for word in line.words[1:]), kind="footnote", footnote_label=found[0])
    label = _FOOTNOTE_LABEL.match(text)
    if label is None:
        return RawLine(text=text, kind="footnote")
    number = plain_digits(next(group for group in label.groups() if group))
    return RawLine(text=text[label.end() :], kind="footnote", footnote_label=number)


def _starts_paragraph(line: OcrLine, previous: Optional[OcrLine], block_left: int) -> Optional[bool]:
    """True when the layout is clear: a column, a blank line above, or a new Tesseract paragraph or
    block whose first line is indented from the block's usual left edge. None (the words decide)
    otherwise, also for the first line of a page, which may go on with the last page's paragraph."""
    if previous is None:
        return None
    if line.column_break:
        return True
    if line.block == previous.block and line.paragraph == previous.paragraph:
        return None
    if line.top - previous.bottom > line.height:
        return True
    return True if line.left - block_left > _INDENT_CHARS * line.char_width else None


def _joined(lines: list[OcrLine], column: list[int]) -> list[OcrLine]:
    """A block column's lines top to bottom, the pieces of one printed line (split where Tesseract
    read nothing) joined again."""
    out: list[OcrLine] = []
    for line in sorted((lines[index] for index in column), key=lambda line: line.top):
        if out and side_by_side(out[-1], line):
            words = sorted(out[-1].words + line.words, key=lambda word: word.left)
            out[-1] = OcrLine(out[-1].block, out[-1].paragraph, words)
        else:
            out.append(line)
    return out


def in_reading_order(lines: list[OcrLine]) -> list[tuple[OcrLine, bool]]:
    """The page's lines, each two-column block (header, closing) where its first line stands, as
    its left column then its right column; True for the lines of a block."""
    blocks = column_blocks(lines)
    first = {min(block.members): block for block in blocks}
    members = {index for block in blocks for index in block.members}
    out: list[tuple[OcrLine, bool]] = []
    for index, line in enumerate(lines):
        if index in first:
            out.extend((piece, True) for column in (first[index].left, first[index].right) for piece in _joined(lines, column))
        elif index not in members:
            out.append((line, False))
    return out


def raw_lines(
    data: dict[str, list], page_height: int, points_per_pixel: float, reader: Optional[MarkerReader] = None
) -> tuple[list[RawLine], Optional[float]]:
    """The page's RawLines and its mean word confidence (None when no text was recognised).
    `reader` (the page image) finds raised markers that Tesseract misread; without it only the
    word boxes and texts are used."""
    lines = [
        line for line in words_to_lines(data) if not is_noise(line) and not is_page_number(line.text, line.top, line.bottom, page_height)
    ]
    confidences = [word.confidence for line in lines for word in line.words]
    ordered = in_reading_order(lines)
    body = [line for line, in_block in ordered if not in_block]
    notes = {id(line) for line in body[_footnote_start(body) :]}
    lefts: dict[int, list[int]] = {}
    for line in lines:
        lefts.setdefault(line.block, []).append(line.left)
    block_left = {block: statistics.median_low(values) for block, values in lefts.items()}
    result: list[RawLine] = []
    previous: Optional[OcrLine] = None
    for line, in_block in ordered:
        if in_block:
            raw = RawLine(text=line.text, new_paragraph=True)
        elif id(line) in notes:
            raw = _footnote_line(line, reader)
        else:
            raw = RawLine(text=_with_markers(line, reader), new_paragraph=_starts_paragraph(line, previous, block_left[line.block]))
        raw.x0 = line.left * points_per_pixel
        raw.top = line.top * points_per_pixel
        result.append(raw)
        previous = line
    return result, (statistics.fmean(confidences) if confidences else None)
