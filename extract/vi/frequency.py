"""How often a Vietnamese word is written, from wordfreq's word lists (web text, subtitles, Wikipedia).

pyvi's dictionary (dictionary.py) says which words exist, not how common they are: `đền` is in more
of its entries than `đến`, which is written fifty times as often. A reading chosen among look-alikes
needs the latter. Frequencies are on the Zipf scale (log10 of occurrences per billion words: 7 for
the commonest words, 3 for one in a million, 0 for a word the lists do not hold).
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The Zipf frequency of lower-case `word` in Vietnamese text (0.0 when the lists do not hold it)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "vi"))
