"""pyvi's dictionary of common Vietnamese words: which words it knows, and which syllables.

The dictionary lists common words in lower case and no place or person names, so it also tells
common words from names. Keys are tone-folded (`hoá` = `hóa`). Loaded once per process, on first use.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

from extract.vi.tones import fold_tones


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


@lru_cache(maxsize=65536)
def syllable_count(text: str) -> int:
    """How many common words of the dictionary have the syllable `text`: 0 for one it does not know
    (`triên`, `câp`), more for a productive one (`công`) than for a rare one (`cống`)."""
    return _syllable_counts()[fold_tones(text.lower())]


def is_known_syllable(text: str) -> bool:
    """Whether `text` is a syllable of some dictionary word (`triển`; `triên`, `câp` are not)."""
    return syllable_count(text) > 0


@lru_cache(maxsize=65536)
def is_common_word(text: str) -> bool:
    """Whether `text` (syllables separated by spaces or `_`) is a common word of the dictionary."""
    return fold_tones(" ".join(text.replace("_", " ").lower().split())) in _lexicon()
