"""Vietnamese words and their parts of speech, with offsets into the text they came from.

Vietnamese writes a space between syllables, not between words (`hợp tác xã` is one word), so
word boundaries need a segmenter. pyvi is the segmenter spaCy's Vietnamese language
(`spacy.blank("vi")`) uses; its tagger adds the part of speech we need for counts (a count is a
number before a noun: tag ``M`` then ``N``/``Nc``; ``Nu`` marks units such as ``%``). The models
take about a second to load: they are loaded once per process, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Word:
    """One word: its text as printed, pyvi's tag, and [start, end) in the tagged text."""

    text: str
    tag: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _pyvi():
    from pyvi import ViPosTagger, ViTokenizer

    return ViTokenizer, ViPosTagger


def tag(text: str) -> list[Word]:
    """The words of `text` with their tags; words the segmenter altered beyond recognition are left out."""
    tokenizer, tagger = _pyvi()
    words, tags = tagger.postagging(tokenizer.tokenize(text))
    result: list[Word] = []
    cursor = 0
    for word, pos in zip(words, tags):
        syllables = word.split("_")
        start = text.find(syllables[0], cursor)
        if start < 0:
            continue
        end = start + len(syllables[0])
        for syllable in syllables[1:]:
            nxt = text.find(syllable, end)
            if nxt < 0 or text[end:nxt].strip():
                break
            end = nxt + len(syllable)
        result.append(Word(text[start:end], pos, start, end))
        cursor = end
    return result
