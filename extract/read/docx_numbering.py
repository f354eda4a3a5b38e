"""Word's automatic list numbers (`1.`, `4.1`, `a)`, `II.`), as the page shows them.

Word stores no number in the text of a numbered paragraph: `w:numPr` (on the paragraph or its style)
names a list instance (`w:numId`) and a level (`w:ilvl`); word/numbering.xml gives each level its
start, format and label pattern (`%1.%2.`). Counting the list's paragraphs in document order gives the
label a reader sees, which is what references to "mục 2", group rows and outline checks need. Bullets
are written as `-`, the dash Vietnamese documents type for them; a level with format `none` shows only
the literal text of its pattern (`1.`, typed into the pattern by hand).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex
from lxml import etree

from extract.read.docx_package import W

_PLACEHOLDER = regex.compile(r"%([1-9])")
_BULLET = "-"


@dataclass(frozen=True)
class _Level:
    start: int
    format: str
    text: str
    legal: bool = False  # w:isLgl: the numbers of the levels above shown as decimals (`1.1` under `I.`)


def _roman(number: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for value, numeral in numerals:
        count, number = divmod(number, value)
        out.append(numeral * count)
    return "".join(out)


def _letters(number: int) -> str:
    """Word's letter numbering: a … z, then aa … zz."""
    if number < 1:
        return ""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)


def _formatted(number: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(number)
    if fmt == "upperLetter":
        return _letters(number).upper()
    if fmt == "lowerRoman":
        return _roman(number).lower()
    if fmt == "upperRoman":
        return _roman(number)
    if fmt == "decimalZero":
        return f"{number:02d}"
    return str(number)  # decimal and the formats we do not spell out


class Numbering:
    """The list levels of numbering.xml, and the counters of a walk through the document."""

    def __init__(self, numbering: Optional[etree._Element]) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering is None:
            return
        abstract = {a.get(W + "abstractNumId"): _levels(a) for a in numbering.iter(W + "abstractNum")}
        for num in numbering.iter(W + "num"):
            reference = num.find(W + "abstractNumId")
            levels = dict(abstract.get(reference.get(W + "val") if reference is not None else None, {}))
            for override in num.iter(W + "lvlOverride"):
                level = int(override.get(W + "ilvl", "0"))
                start = override.find(W + "startOverride")
                if start is not None and level in levels:
                    old = levels[level]
                    levels[level] = _Level(int(start.get(W + "val", old.start)), old.format, old.text, old.legal)
            self._levels[num.get(W + "numId")] = levels

    def label(self, num_id: Optional[str], level: int) -> str:
        """The next label of list `num_id` at `level` ('' when the paragraph is not numbered)."""
        levels = self._levels.get(num_id or "")
        if not levels or level not in levels:
            return ""
        counters = self._counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level].start - 1) + 1
        for deeper in [key for key in counters if key > level]:
            del counters[deeper]
        this = levels[level]
        if this.format == "bullet":
            return _BULLET

        def value(match: regex.Match) -> str:
            index = int(match.group(1)) - 1
            shown = levels.get(index)
            count = counters.get(index, shown.start if shown else 1)
            if shown is not None and shown.format == "none":
                return ""
            return _formatted(count, "decimal" if shown is None or (this.legal and index != level) else shown.format)

        return _PLACEHOLDER.sub(value, this.text)


def _levels(abstract: etree._Element) -> dict[int, _Level]:
    levels = {}
    for lvl in abstract.iter(W + "lvl"):
        start = lvl.find(W + "start")
        fmt = lvl.find(W + "numFmt")
        text = lvl.find(W + "lvlText")
        levels[int(lvl.get(W + "ilvl", "0"))] = _Level(
            start=int(start.get(W + "val", "1")) if start is not None else 1,
            format=fmt.get(W + "val", "decimal") if fmt is not None else "decimal",
            text=text.get(W + "val", "") if text is not None else "",
            legal=lvl.find(W + "isLgl") is not None,
        )
    return levels
