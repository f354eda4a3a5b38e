"""Words whose marks OCR misread, told and respelled by the dictionary (pyvi's word list).

Tesseract keeps the base letters of a Vietnamese word but slips on its marks: it loses the tone
stacked on a circumflex (`hô sơ`), reads a hook as an acute or grave (`Chính phú`, `vận chuyền`),
loses a hat, breve or horn (`THÀNH PHÓ`, `chúc năng`), takes the dot of `i` for a tone (`chỉ
tiết`), sees a stroke on `d` (`Giáo đục`). A word that makes no dictionary word with a
neighbour, one of whose possible readings does (`Chính phủ`), was most likely printed so.

Rules, to leave right words alone (`cấp tỉnh` must not become `cấp tính`):
- a word the dictionary knows as a syllable is only given the readings above, OCR's predictable
  slips, and not a syllable in far fewer dictionary words (`công` is no slip for `cống`); a
  syllable it does not know (`triên`, `phẩn`) any one mark changed;
- a word in a dictionary word with its neighbours stays, and is not taken as a partner either;
- exactly one reading must make a dictionary word with a neighbour; two neighbouring words are
  not both respelled;
- a lower-case word with a bare circumflex or breve that no neighbour tells (`khảo sát đên sinh
  viên`, `Công văn sô 12`) takes the tone whose reading is written far more often than the word and
  than any other reading (wordfreq's counts, see extract/vi/frequency.py);
- a capitalised word is respelled only with lower-case partners (not inside a name: `Hoàng Đức`,
  `Lào Cai`), an upper-case one only with upper-case ones (a heading, not an acronym); numbers,
  codes and words joined to them (`b/c`, `QĐ-UBND`, `tỉnh¹`) are no words here.
Only base letters are kept, never marks: a respelled word keeps its length and its case.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from extract.vi.dictionary import is_common_word, syllable_count
from extract.vi.frequency import zipf
from extract.vi.tones import ACUTE, GRAVE, HOOK, TONE_MARKS, TONES, fold_tones

_CIRCUMFLEX = "\u0302"
_STACKING_HATS = (_CIRCUMFLEX, "\u0306")  # a tone sits on top of these: circumflex, breve
_HORN = "\u031b"
_MORE_FREQUENT = 1.0  # Zipf: a lost tone's reading is written ten times as often as the word ...
_CLEAR_LEAD = 0.5  # ... and three times as often as any other reading with a tone on the same hat
# the hats, breves and horns a vowel may carry ("" first: none)
_HATS = {"a": ("", "\u0306", _CIRCUMFLEX), "e": ("", _CIRCUMFLEX), "o": ("", _CIRCUMFLEX, "\u031b"), "u": ("", "\u031b")}
_VOWELS = "aeiouy"
_RARER = 3  # a reading in a third as many dictionary words as the printed syllable is no likely one
_PIECE = regex.compile(r"[^\s/]+")  # white space and `/` (`tổ chức/cá nhân`) part words
_OPENERS = "([{“\"'‘«"
_CLOSERS = ")]}.,;:!?”\"'’»…"
_LETTERS = regex.compile(r"\p{L}+")
_BOUND_SPAN = 3  # a word in a dictionary word of up to this many syllables with its neighbours was read right

Letters = list[tuple[str, str, str]]


def with_case(spelling: str, printed: str) -> str:
    """`spelling` with the upper and lower case of `printed`, letter by letter."""
    return "".join(s.upper() if p.isupper() else s for s, p in zip(spelling, printed))


@dataclass(frozen=True)
class _Word:
    """A word of a line: its letters and [start, end) in the line."""

    text: str
    start: int
    end: int

    @property
    def case(self) -> str:
        """`lower`, `title`, `upper` (two or more capitals) or `mixed` (`QyĐ`, `iPhone`)."""
        if self.text.islower():
            return "lower"
        if self.text[0].isupper() and (len(self.text) == 1 or self.text[1:].islower()):
            return "title"
        return "upper" if self.text.isupper() else "mixed"


def _runs(line: str) -> list[list[_Word]]:
    """The runs of two or more words of `line` that only white space parts: punctuation, a `/`, a
    number or a code (`b/c`, `QĐ-UBND`, `tỉnh¹`) ends a run and is no word."""
    runs: list[list[_Word]] = [[]]
    for piece in _PIECE.finditer(line):
        core = piece.group().lstrip(_OPENERS)
        word = core.rstrip(_CLOSERS)
        start = piece.end() - len(core)
        if not _LETTERS.fullmatch(word):
            runs.append([])
            continue
        if start > piece.start() or line[piece.start() - 1 : piece.start()] == "/":
            runs.append([])
        runs[-1].append(_Word(word, start, start + len(word)))
        if len(word) < len(core) or line[piece.end() : piece.end() + 1] == "/":
            runs.append([])
    return [run for run in runs if run]


def _letters(word: str) -> Letters:
    """(base letter, hat/breve/horn, tone) of each letter of a lower-case NFC word."""
    letters = []
    for char in word:
        base, *marks = unicodedata.normalize("NFD", char)
        hat = "".join(m for m in marks if m not in TONE_MARKS)
        letters.append((base, hat, "".join(m for m in marks if m in TONE_MARKS)))
    return letters


def _spell(letters: Letters, at: int = -1, hat: str | None = None, tone: str | None = None) -> str:
    """The word of `letters`, letter `at` given `hat` and/or `tone` in place of its own."""
    out = []
    for i, (base, own_hat, own_tone) in enumerate(letters):
        if i == at:
            own_hat = own_hat if hat is None else hat
            own_tone = own_tone if tone is None else tone
        out.append(unicodedata.normalize("NFC", base + own_hat + own_tone))
    return "".join(out)


def _without_stroke(word: str) -> list[str]:
    """`word` with the stroke of its initial `đ` taken off."""
    return ["d" + word[1:]] if word[:1] == "đ" else []


def _any_one_mark(word: str) -> list[str]:
    """Lower-case `word` with any one mark changed: its tone (put on any vowel, or none), one
    vowel's hat, breve or horn, or the stroke of `đ` taken off."""
    letters = _letters(word)
    toneless = [(base, hat, "") for base, hat, _ in letters]
    spellings = [_spell(toneless)]
    for i, (base, _, _) in enumerate(letters):
        if base in _VOWELS:
            spellings += [_spell(toneless, i, tone=tone) for tone in TONES]
            spellings += [_spell(letters, i, hat=hat) for hat in _HATS.get(base, ())]
    return spellings + _without_stroke(word)


def _ocr_slips(word: str) -> list[str]:
    """Lower-case spellings OCR predictably reads as `word`: a hook read as an acute or grave, a
    tone lost on a circumflex, breve or horn (`THỨ TRƯƠNG`), the dot of `i` read as a tone, a hat, breve or horn lost,
    a stroke seen on `d`. Other readings would turn right words into wrong ones (`tỉnh` into
    `tính`, `năm` into `nam`, `xã` into `xả`)."""
    letters = _letters(word)
    spellings = []
    for i, (base, hat, tone) in enumerate(letters):
        if base not in _VOWELS:
            continue
        if tone in (ACUTE, GRAVE):
            spellings.append(_spell(letters, i, tone=HOOK))
        if not tone and hat in _STACKING_HATS + (_HORN,):
            spellings += [_spell(letters, i, tone=tone) for tone in TONES]
        if tone and base == "i":
            spellings.append(_spell(letters, i, tone=""))
        if not hat:
            spellings += [_spell(letters, i, hat=hat) for hat in _HATS.get(base, ())[1:]]
    return spellings + _without_stroke(word)


@lru_cache(maxsize=16384)
def _readings(word: str) -> tuple[str, ...]:
    """Dictionary syllables lower-case `word` may have been printed as: OCR's predictable slips for
    a syllable the dictionary knows, any one mark changed for one it does not; not a rare syllable
    for a common one (`công` is no slip for `cống`)."""
    count = syllable_count(word)
    spellings = _ocr_slips(word) if count else _any_one_mark(word)
    unique = {
        fold_tones(s): s for s in reversed(spellings) if len(s) == len(word) and syllable_count(s) * _RARER > count
    }
    unique.pop(fold_tones(word), None)
    return tuple(unique.values())


def _partner_fits(changed: _Word, partner: _Word) -> bool:
    """A lower-case word takes lower-case or capitalised partners (`Giáo dục`), a capitalised one
    lower-case partners only (not inside a name), an upper-case one upper-case ones (a heading)."""
    allowed = {"lower": ("lower", "title"), "title": ("lower",), "upper": ("upper",)}
    return partner.case in allowed.get(changed.case, ())


def _bound(lower: list[str]) -> set[int]:
    """Indexes of the words of a run (lower case) that make a dictionary word with their neighbours."""
    return {
        i
        for span in range(2, _BOUND_SPAN + 1)
        for start in range(len(lower) - span + 1)
        if is_common_word(" ".join(lower[start : start + span]))
        for i in range(start, start + span)
    }


def _run_fixes(run: list[_Word]) -> dict[int, str]:
    """Index → lower-case respelling of each word of `run` whose marks were misread: by a neighbour
    the reading makes a dictionary word with, else, for a tone lost on a hat, by how often it is written
    (see _usual_toned)."""
    lower = [word.text.lower() for word in run]
    bound = _bound(lower)
    fixes: dict[int, str] = {}
    for i, word in enumerate(run):
        if i in bound:
            continue
        partners = [j for j in (i - 1, i + 1) if 0 <= j < len(run) and j not in bound and _partner_fits(word, run[j])]
        found = {
            reading
            for reading in (_readings(lower[i]) if partners else ())
            for j in partners
            if is_common_word(f"{lower[j]} {reading}" if j < i else f"{reading} {lower[j]}")
        }
        if len(found) == 1:
            fixes[i] = found.pop()
    fixes = {i: spelling for i, spelling in fixes.items() if i - 1 not in fixes and i + 1 not in fixes}
    for i, word in enumerate(run):
        usual = None if i in bound or i in fixes or word.case != "lower" else _usual_toned(lower[i])
        if usual is not None:
            fixes[i] = usual
    return fixes


def _usual_toned(word: str) -> str | None:
    """The reading of lower-case `word`, printed with a bare circumflex or breve and no tone (`đên`,
    `sô`), that puts a tone on that hat and is written far more often than both the word and any other
    such reading (`đến`); None when there is none. Tesseract often loses the small tone stacked on a
    hat; a word written ten times as rarely as its toned reading was most likely printed with it."""
    letters = _letters(word)
    if any(tone for _, _, tone in letters):
        return None
    readings = sorted(
        ((zipf(reading), reading)
         for i, (_, hat, _) in enumerate(letters) if hat in _STACKING_HATS
         for reading in (_spell(letters, i, tone=tone) for tone in TONES)),
        reverse=True,
    )
    if not readings:
        return None
    (best, reading), second = readings[0], (readings[1][0] if len(readings) > 1 else 0.0)
    return reading if best >= zipf(word) + _MORE_FREQUENT and best >= second + _CLEAR_LEAD else None


def fix_word_marks(line: str) -> str:
    """`line` (NFC, of an OCR'd page) with each word whose marks were misread (`Chính phú`,
    `vận chuyền`, `hô sơ`) respelled as the one reading that makes a dictionary word with a
    neighbour (`Chính phủ`); the line keeps its length."""
    chars = list(line)
    for run in _runs(line):
        for i, spelling in _run_fixes(run).items():
            word = run[i]
            chars[word.start : word.end] = with_case(spelling, word.text)
    return "".join(chars)
