"""Spacing repaired inside document numbers: `2463 /QĐ - UBND` → `2463/QĐ-UBND`, `301- KL/TU` → `301-KL/TU`.

A document number is a number, then `/` or `-`, then symbol parts: type codes and issuer codes
(`QĐ`, `UBND`, `TTg`, `QH15`, `PC04`) or a year. Only such a run is touched, so year ranges
(`2021 - 2025`), ratios (`12 / 63`), dates, arithmetic and prose dashes (`2025 - Công ty`) keep their
spaces. A symbol part is code-like: a capital followed only by small letters (`Công`, `Ủy`) is a word,
not a code.
"""

from __future__ import annotations

import regex

from extract.vi.numbers import YEAR

SYMBOL_PART = r"(?!\p{Lu}\p{Ll}+(?![\p{L}0-9]))\p{Lu}[\p{L}0-9&]*"
"""One code of a document symbol: `QĐ`, `UBND`, `TTg`, `QyĐ`, `QH15`, `G16`, `KH&CN`; not a word such as `Ban`."""

# A document number is found in two steps, each reading a character once (one pattern searched from every
# digit of `1 / 1 / 1 / ...` rescans the chain from each: minutes on a page of slashes): the number (and numeric
# parts such as a year: `01/01/2026/HCNM`), taken whole; then, right after it, `/` and a code, or a party-style
# `-` code that goes on with `/`; then more parts.
_NUMBER_CHAIN = regex.compile(r"(?<![\p{L}0-9/])[0-9]+(?:[.,][0-9]+)?(?:\s*/\s*[0-9]+(?=\s*/))*+")
_SYMBOL_TAIL = regex.compile(
    rf"(?:\s*/\s*{SYMBOL_PART}|\s*-\s*{SYMBOL_PART}(?=\s*/))"
    rf"(?:\s*[/-]\s*(?:{YEAR}(?=\s*/)|{SYMBOL_PART}))*"
)
# an unnumbered draft's own number: `Số:      /BC - SCT` (the number left blank for the registry to fill in)
_BLANK_NUMBER = regex.compile(
    rf"(?<=(?<!\p{{L}})(?:Số|SỐ|số)\s*:?\s*)/\s*{SYMBOL_PART}(?:\s*[/-]\s*(?:{YEAR}(?=\s*/)|{SYMBOL_PART}))*"
)
_SEP_SPACES = regex.compile(r"\s*([/-])\s*")


def _tighten(match: regex.Match) -> str:
    return _SEP_SPACES.sub(r"\1", match.group())


def _tighten_numbers(text: str) -> str:
    """`text` with each document number (a number chain, then a symbol right after it) tightened."""
    pieces, done = [], 0
    for chain in _NUMBER_CHAIN.finditer(text):
        if chain.start() < done:  # a figure inside the symbol just tightened (`QĐ-2025`)
            continue
        tail = _SYMBOL_TAIL.match(text, chain.end())
        if tail is not None:
            pieces += [text[done : chain.start()], _SEP_SPACES.sub(r"\1", text[chain.start() : tail.end()])]
            done = tail.end()
    return "".join(pieces) + text[done:]


def fix_symbol_spacing(text: str) -> str:
    """`text` with the spaces around `/` and `-` inside document numbers removed."""
    return _BLANK_NUMBER.sub(_tighten, _tighten_numbers(text))
