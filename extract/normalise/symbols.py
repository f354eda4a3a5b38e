"""Spacing repaired inside document numbers: `2463 /QĐ - UBND` → `2463/QĐ-UBND`, `301- KL/TU` → `301-KL/TU`.

Only a run that starts with a number and continues with `/` or `-` into capitalised symbol parts
is touched, so year ranges (`2021 - 2025`) and prose dashes keep their spaces.
"""

from __future__ import annotations

import regex

_PART = r"\p{Lu}[\p{Lu}\p{Ll}\d]*"
# number, then one or more separators each followed by a symbol part or a 4-digit year
_SYMBOL_RUN = regex.compile(
    rf"(?<![\p{{L}}\d])\d+(?:[.,]\d+)?(?:\s*[/]\s*(?:\d{{4}}|{_PART})|\s*-\s*{_PART}(?=\s*/))(?:\s*[/-]\s*(?:\d{{4}}(?=\s*/)|{_PART}))*"
)
_SEP_SPACES = regex.compile(r"\s*([/-])\s*")


def fix_symbol_spacing(text: str) -> str:
    """`text` with the spaces around `/` and `-` inside document numbers removed."""
    return _SYMBOL_RUN.sub(lambda m: _SEP_SPACES.sub(r"\1", m.group()), text)
