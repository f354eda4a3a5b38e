"""Vietnamese words and their parts of speech, with offsets into the text they came from.

Vietnamese writes a space between syllables, not between words (`hợp tác xã` is one word), so
word boundaries need a segmenter. pyvi is the segmenter spaCy's Vietnamese language
(`spacy.blank("vi")`) uses; its tagger adds the part of speech we need for counts (a count is a
number before a noun: tag ``M`` then ``N``/``Nc``; ``Nu`` marks units such as ``%``). The models
take about a second to load: they are loaded once per process, on first use.

pyvi's segmenter sometimes glues a syllable of the next word onto a known word (`hồ sơ cấp`
for `hồ sơ` + `cấp`, `Quyết định danh mục`): a word of three or more syllables that is not in
pyvi's own dictionary, but begins with a dictionary word, is cut after that word before tagging.
The dictionary also tells common words from names: it lists common words in lower case and no
place or person names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.normalise.tones import fold_tones


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


@lru_cache(maxsize=1)
def _pyvi():
    from pyvi import ViPosTagger, ViTokenizer

    return ViTokenizer, ViPosTagger


@lru_cache(maxsize=1)
def _lexicon() -> frozenset[str]:
    """pyvi's dictionary of common words (its lower-case entries), tone-folded."""
    import pyvi

    path = Path(pyvi.__file__).parent / "models" / "words.txt"
    entries = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(fold_tones(e) for e in entries if e and e == e.lower())


@lru_cache(maxsize=1)
def _syllable_counts() -> Counter[str]:
    """Each syllable of the dictionary's common words (tone-folded) → how many of them have it."""
    return Counter(syllable for entry in _lexicon() for syllable in set(entry.split()))


def syllable_count(text: str) -> int:
    """How many common words of the dictionary have the syllable `text`: 0 for one it does not know
    (`triên`), more for a productive one (`công`) than for a rare one (`cống`)."""
    return _syllable_counts()[fold_tones(text.lower())]


def is_common_word(text: str) -> bool:
    """Whether `text` (syllables separated by spaces or `_`) is a common word of the dictionary."""
    return fold_tones(" ".join(text.replace("_", " ").lower().split())) in _lexicon()


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


def _split_glued(token: str) -> list[str]:
    """`hồ_sơ_cấp` → [`hồ_sơ`, `cấp`]: cut an unknown long word after the longest dictionary word it begins with."""
    syllables = token.split("_")
    if len(syllables) < 3 or is_common_word(token):
        return [token]
    for cut in range(len(syllables) - 1, 1, -1):
        if is_common_word(" ".join(syllables[:cut])):
            return ["_".join(syllables[:cut]), "_".join(syllables[cut:])]
    return [token]


def tag(text: str) -> list[Word]:
    """The words of `text` with their tags; words the segmenter altered beyond recognition are left out."""
    if not text.strip():
        return []
    tokenizer, tagger = _pyvi()
    tokens = [piece for token in tokenizer.tokenize(text).split(" ") for piece in _split_glued(token)]
    words, tags = tagger.postagging(" ".join(tokens))
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
