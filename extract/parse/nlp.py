"""Vietnamese words and their parts of speech, with offsets into the text they came from.

Vietnamese writes a space between syllables, not between words (`hợp tác xã` is one word), so
word boundaries need a segmenter: spaCy's Vietnamese language (`spacy.blank("vi")`) segments with
pyvi and keeps every word aligned to its offsets in the text. pyvi's tagger then adds the part of
speech we need for counts (a count is a number before a noun: tag ``M`` then ``N``/``Nc``; ``Nu``
marks units such as ``%``). The models take about a second to load: once per process, on first use.

The segmenter sometimes glues a syllable of the next word onto a known word (`hồ sơ cấp`
for `hồ sơ` + `cấp`, `Quyết định danh mục`): a word of three or more syllables that is not in
pyvi's own dictionary, but begins with a dictionary word, is cut after that word before tagging.
The dictionary (`extract.vi.dictionary`) also tells common words from names.

pyvi's models are sklearn_crfsuite CRFs. sklearn_crfsuite takes its estimators' base class from
scikit-learn when it can import it, for scikit-learn's parameter API, which tagging never uses, and
has a plain one of its own otherwise; scikit-learn brings SciPy along: about 70 MiB and 0.7 CPU s in
every process, for that base class. So while pyvi loads, scikit-learn is out of sight (`_models`).
"""

from __future__ import annotations

import gc
import sys
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

import regex

from extract.vi.dictionary import is_common_word

_SYLLABLE = regex.compile(r"\S+")


@dataclass(frozen=True)
class Word:
    """One word: its text as printed, pyvi's tag, and [start, end) in the tagged text."""

    text: str
    tag: str
    start: int
    end: int

    @property
    def syllables(self) -> int:
        return len(self.text.split())


@contextmanager
def _without_scikit_learn() -> Iterator[None]:
    """`import sklearn.base` fails inside the block (sklearn_crfsuite then uses its own base class)."""
    if "sklearn.base" in sys.modules or "sklearn_crfsuite" in sys.modules:
        yield  # already loaded, one way or the other: nothing to hide
        return
    sys.modules["sklearn.base"] = None  # type: ignore[assignment]  # the import system's "not available"
    try:
        yield
    finally:
        if "sklearn.base" in sys.modules and sys.modules["sklearn.base"] is None:
            del sys.modules["sklearn.base"]


@lru_cache(maxsize=1)
def _models() -> tuple[Any, Any]:
    """spaCy's Vietnamese language (its tokenizer is pyvi's word segmenter, aligned to the text's offsets) and
    pyvi's tagger, loaded once per process, pyvi without scikit-learn.

    The models are hundreds of thousands of objects that live as long as the process: they are moved out of
    the garbage collector's sight (`gc.freeze`), else every full collection scans them again (7% of the
    CPU time of a born-digital report went to that).
    """
    import spacy

    with _without_scikit_learn():
        from pyvi import ViPosTagger, ViTokenizer  # noqa: F401 - the segmenter, for spaCy's tokenizer

    segmenter = spacy.blank("vi")
    gc.freeze()
    return segmenter, ViPosTagger


def is_proper_name(word: Word) -> bool:
    """A place or person name: tagged Np, two or more capitalised syllables, not an abbreviation,
    not a common word written with a capital (`Hợp tác xã`, `Hội nghị`)."""
    parts = word.text.split()
    return (
        word.tag == "Np"
        and len(parts) >= 2
        and all(p[:1].isupper() and not p.isupper() for p in parts)
        and not is_common_word(word.text)
    )


def _split_glued(syllables: list[str]) -> list[list[str]]:
    """[`hồ`, `sơ`, `cấp`] → [[`hồ`, `sơ`], [`cấp`]]: an unknown long word cut after the longest dictionary word it begins with."""
    if len(syllables) < 3 or is_common_word(" ".join(syllables)):
        return [syllables]
    for cut in range(len(syllables) - 1, 1, -1):
        if is_common_word(" ".join(syllables[:cut])):
            return [syllables[:cut], syllables[cut:]]
    return [syllables]


def _words(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of each word of `text`, from spaCy's Vietnamese tokenizer, glued words cut apart."""
    for token in _models()[0](text):
        if token.is_space:
            continue
        syllables = list(_SYLLABLE.finditer(token.text))
        for part in _split_glued([m.group() for m in syllables]):
            first, last = syllables[0], syllables[len(part) - 1]
            yield token.idx + first.start(), token.idx + last.end()
            syllables = syllables[len(part):]


def tag(text: str) -> list[Word]:
    """The words of `text` with pyvi's part-of-speech tags and their offsets in `text`."""
    if not text.strip():
        return []
    spans = list(_words(text))
    _, tags = _models()[1].postagging(" ".join(text[start:end].replace(" ", "_") for start, end in spans))
    return [Word(text[start:end], pos, start, end) for (start, end), pos in zip(spans, tags)]
