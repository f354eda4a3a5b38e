"""Repairs of what OCR predictably does to numbers, document symbols and footnote markers.

Applied only to lines of OCR'd pages, and only where the context says a number is meant, so that
words keep their letters (`Lào Cai`, `lô`, `Ông`, `I. CÔNG TÁC`):

- letters that look like digits inside a number: `2O21` → `2021`, `1.OOO` → `1.000`, `l0` → `10`;
- spaces OCR puts inside an amount before its unit: `5 .570 triệu` → `5.570 triệu`;
- garbled footnote markers: `tỉnh(l)` → `tỉnh(1)`, `(2 )` → `(2)`;
- the Icelandic `Ð` Tesseract gives for `Đ`, and the `Q` of `QĐ` misread (`555/OĐ-`, `QOĐ-`, `QĐĐ-`).
"""

from __future__ import annotations

import regex

_CONFUSABLE_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})
# a run of digits and look-alikes standing alone (no letter either side) with at least one digit
_NUMBER_RUN = regex.compile(r"(?<![\p{L}\d])(?=[\dOolI.,]*\d)[\dOolI](?:[\dOolI]|[.,](?=[\dOolI]))*(?![\p{L}\d])")
_ROMAN_HEADING = regex.compile(r"^[IVX]+\.")
_UNIT = r"(?:triệu|tỷ|tỉ|nghìn|ngàn|đồng|VNĐ|VND|USD|%)"
_AMOUNT_SPAN = regex.compile(rf"\d[\d.,]*(?:\s+[.,]\s*\d[\d.,]*|\.\s+\d{{3}}(?![\d])[\d.,]*)+(?=\s*{_UNIT})")
_SPACE_BEFORE_SEPARATOR = regex.compile(r"\s+(?=[.,]\s*\d)")
_SPACE_AFTER_POINT = regex.compile(r"(?<=\d\.)\s+(?=\d{3}(?!\d))")
_GARBLED_MARKER = regex.compile(r"\((?:l|\||(?<=\p{Ll}[.,;:]?\()I)\)|(?<=\()\s+(?=\d{1,2}\s*\))|(?<=\(\d{1,2})\s+(?=\))")
_SYMBOL_Q = regex.compile(r"(?<=\d\s?/\s?)(?:QO|O|Q)Đ{1,2}(?=\s?-)")


def _number_digits(match: regex.Match) -> str:
    run = match.group()
    return run if _ROMAN_HEADING.match(run) else run.translate(_CONFUSABLE_DIGITS)


def _amount_spacing(match: regex.Match) -> str:
    return _SPACE_AFTER_POINT.sub("", _SPACE_BEFORE_SEPARATOR.sub("", match.group()))


def _garbled_marker(match: regex.Match) -> str:
    text = match.group()
    return "(1)" if text.startswith("(") and text.endswith(")") else ""


def fix_ocr_text(text: str) -> str:
    """One OCR'd line with its predictable misreadings of numbers, symbols and markers repaired."""
    text = text.replace("\u00d0", "Đ")
    text = _SYMBOL_Q.sub("QĐ", text)
    text = _NUMBER_RUN.sub(_number_digits, text)
    text = _AMOUNT_SPAN.sub(_amount_spacing, text)
    return _GARBLED_MARKER.sub(_garbled_marker, text)
