"""Superscript digits: how every reader writes a footnote marker standing in the text (`tỉnh¹`,
`năm 2024²³`), and how footnote labels are rendered in the normalised text."""

from __future__ import annotations

import regex

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
"""The superscript digits 0–9, in order."""
SUPERSCRIPT_RUN = regex.compile(f"[{SUPERSCRIPT_DIGITS}]+")
"""A marker as written in the text: a run of superscript digits."""

_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")


def superscript(digits: str) -> str:
    """`12` → `¹²`: a footnote label as the superscript digits used for markers in the text."""
    return digits.translate(_TO_SUPERSCRIPT)


def plain_digits(text: str) -> str:
    """`¹²` → `12`: superscript digits as ordinary ones (other characters kept)."""
    return text.translate(_FROM_SUPERSCRIPT)
