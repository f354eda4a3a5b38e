"""One tone-placement convention, so that `Uỷ`/`Ủy`, `hoá`/`hóa`, `Thuý`/`Thúy` match.

Vietnamese prints the tone of an open `oa`, `oe`, `uy` syllable either on the first vowel
(`hóa`, `thủy`: the convention kept here) or on the second (`hoá`, `thuỷ`). Moving the mark
never changes the length of an NFC string, so the folded text can serve as a matching key
whose offsets are those of the printed text.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
TONES = (GRAVE, HOOK, TILDE, ACUTE, DOT_BELOW)
"""The five tone marks (combining characters), in the order of the legacy encodings' charts."""
TONE_MARKS = frozenset(TONES)
OPEN_CLUSTERS = ("oa", "oe", "uy")
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """A word with its tone moved (cached: a document repeats its syllables)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) != 1:
        return word
    bases = [ch for ch in decomposed if not unicodedata.combining(ch)]
    plain = "".join(bases).lower()
    if len(plain) < 2 or plain[-2:] not in OPEN_CLUSTERS or plain.endswith("quy"):
        return word
    # Index of the base letter carrying the tone in the decomposed word.
    base_index = -1
    for ch in decomposed:
        if not unicodedata.combining(ch):
            base_index += 1
        elif ch in TONE_MARKS:
            break
    if base_index != len(bases) - 1:
        return word
    letters: list[list[str]] = []
    for ch in decomposed:
        if not unicodedata.combining(ch):
            letters.append([ch])
        elif ch not in TONE_MARKS:
            letters[-1].append(ch)
    letters[-2].append(tones[0])
    folded = unicodedata.normalize("NFC", "".join("".join(group) for group in letters))
    return folded if len(folded) == len(word) else word


def fold_tones(text: str) -> str:
    """`text` with every open oa/oe/uy syllable's tone on its first vowel; same length as `text`."""
    return _WORD.sub(lambda m: _fold_word(m.group()), text)
