"""What handwriting and pen strokes leave in OCR'd lines, cleared so that nothing is read into it.

Numbers and days are often written by hand into a printed form (`Số: ____/UBND-VX`, `ngày __ tháng 12`);
Tesseract reads the ink as a mix of digits and symbols (`Số:21ŸS /UBND-VX`, `ngày |6 tháng`). Such a
mix is no number: it is left out, so the field comes out unread (never an invented figure), while a run of
plain digits is kept. The header label itself, misread (`Só:`), is set right; stray strokes glued to the
start of a line (`-_ đến năm 2030`, `“ -GIÁM ĐỐC`) are dropped, and a `~` opening a line is the dash of
a list item.
"""

from __future__ import annotations

import regex

# the header label `Số:` with its mark misread, at the start of a line
_NUMBER_LABEL = regex.compile(r"^S[óòỏõọôồổỗộơớờởỡợ](?=\s*:)")
# after `Số:`, a number part that is not plain digits, before the symbol's slash or dash
_GARBLED_NUMBER = regex.compile(r"^(Số\s*:\s*)(?=[^/\s]*[^\d\s/.])[^/\s]{1,8}\s*(?=/\p{Lu})")
# a day or month written by hand and read as digits mixed with symbols: `ngày |6 tháng`, `ngày} tháng`
_GARBLED_DAY = regex.compile(r"(?<=\b(?:ngày|tháng))\s*(?:[^\s\p{L}\d]+\d{0,2}|\d{1,2}[^\s\p{L}\d]+)(?=\s+(?:tháng|năm))")
# strokes at the start of a line: a run of marks holding an underscore, or touching a capital letter
_LEADING_STROKES = regex.compile(r"^(?:[-–—~]*_[-_~]*\s+|[^\p{L}\p{N}\s(]+(?:\s*[^\p{L}\p{N}\s(]+)?(?=\p{Lu}\p{Lu}))")
_TILDE_DASH = regex.compile(r"^~(?=\s+\p{L})")


def clear_handwriting(line: str) -> str:
    """One OCR'd line with what handwriting and strokes left in it cleared (see the module docstring)."""
    line = _NUMBER_LABEL.sub("Số", line)
    line = _GARBLED_NUMBER.sub(lambda match: match.group(1).rstrip() + " ", line)
    line = _GARBLED_DAY.sub("", line)
    line = _TILDE_DASH.sub("–", line)
    return _LEADING_STROKES.sub("", line)
