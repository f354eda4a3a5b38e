"""Words of a reference with a tone mark OCR lost: `Công văn sô` for `Công văn số`, `Quyêt định`,
`hướng dân`, `vê việc`.

Tesseract often drops the tone mark stacked on a circumflex (`ố`, `ế`, `ấ`) or set under it (`ộ`),
leaving the bare `ô`, `ê`, `â`. No word that a reference's patterns look for differs from another one
of them only by such a mark, so the patterns accept the bare letter wherever a marked one is written.
"""

from __future__ import annotations

_BARE = {
    marked: base
    for base, marks in (("â", "ấầẩẫậ"), ("ê", "ếềểễệ"), ("ô", "ốồổỗộ"))
    for marked in marks
}
_BARE.update({marked.upper(): base.upper() for marked, base in _BARE.items()})
_TABLE = str.maketrans(_BARE)


def tolerant(pattern: str) -> str:
    """`pattern` with each letter that carries a mark on or under a circumflex also matching the
    bare letter (`số` → `s[ốô]`). For literal words in patterns, not inside character classes."""
    return "".join(f"[{ch}{_BARE[ch]}]" if ch in _BARE else ch for ch in pattern)


def strip_lost_marks(word: str) -> str:
    """`word` with the marks on and under circumflexes dropped, to compare words as OCR may read them."""
    return word.translate(_TABLE)
