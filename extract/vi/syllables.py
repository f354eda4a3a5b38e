"""Whether a word has the shape of one Vietnamese syllable: spelling rules, no dictionary.

A syllable is an optional onset, a vowel nucleus and an optional coda, with at most one tone;
a stop coda (`c`, `ch`, `p`, `t`) takes only the acute or the dot below. Names and rare words
pass as well as common ones: this tells Vietnamese from byte soup (`B¸o c¸o`), not a known word
from an unknown one (see `dictionary` for that).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from extract.vi.tones import ACUTE, DOT_BELOW, TONE_MARKS

# Vietnamese syllable structure (toneless, lower case).
ONSETS = ("ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x")
CODAS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")
STOP_CODAS = ("c", "ch", "p", "t")
# Vowel groups that end the syllable, that take an optional coda, and that need one.
OPEN_NUCLEI = (
    "iêu yêu oai oay oao oeo uây uôi uya uyu ươi ươu "
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ"
).split()
FREE_NUCLEI = "oa oe uê uy a e ê i o ô ơ u ư y".split()
CLOSED_NUCLEI = "uyê iê yê ươ uô oă uâ oo ă â".split()

_SYLLABLE = regex.compile(
    "(?:{onset})?(?:(?:{open})|(?:{free})(?:{coda})?|(?:{closed})(?:{coda}))".format(
        onset="|".join(ONSETS),
        open="|".join(OPEN_NUCLEI),
        free="|".join(FREE_NUCLEI),
        closed="|".join(CLOSED_NUCLEI),
        coda="|".join(CODAS),
    )
)


@lru_cache(maxsize=65536)
def is_syllable(word: str) -> bool:
    """Whether `word` has the shape of one Vietnamese syllable (in lower, upper or title case)."""
    if not word or not (word.islower() or word.isupper() or word.istitle()):
        return False
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(tones) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS))
    if not _SYLLABLE.fullmatch(bare):
        return False
    return not bare.endswith(STOP_CODAS) or (bool(tones) and tones[0] in (ACUTE, DOT_BELOW))
