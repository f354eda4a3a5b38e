"""Whether two counted nouns count the same thing, so that one can be a part of the other.

Rule: the nouns agree when one is the other's beginning (``cơ sở`` / ``cơ sở công nghiệp``), when
they share their first two words (``biên chế cấp tỉnh`` / ``biên chế công chức``), or when one is
a single word spelling the initials of the other (``CCN`` / ``cụm công nghiệp``). One shared first
word is not enough: ``cơ sở`` and ``cơ quan`` are different things.
"""

from __future__ import annotations

from extract.vi.tones import fold_tones


def _words(noun: str) -> list[str]:
    return fold_tones(noun).casefold().split()


def _is_initials(word: list[str], other: list[str]) -> bool:
    if len(word) != 1 or len(other) < 2 or len(word[0]) < 2:
        return False
    return "".join(w[0] for w in other).startswith(word[0]) or word[0].startswith("".join(w[0] for w in other))


def same_head(a: str, b: str) -> bool:
    """True when nouns ``a`` and ``b`` count the same kind of thing."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long = sorted((wa, wb), key=len)
    if long[: len(short)] == short or (len(short) >= 2 and wa[:2] == wb[:2]):
        return True
    return _is_initials(wa, wb) or _is_initials(wb, wa)
