"""The footnote zone of a PDF page, and its lines with their labels.

The zone lies under a thin, isolated horizontal rule (or a line of underscores), when every line
below it is in type smaller than the body's. A raised or parenthesised number at the start of a
zone line is the label that opens a footnote; zone lines without a label continue the previous
footnote, also from the previous page.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

import regex

from extract.read.model import RawLine
from extract.read.pdf_lines import Segment, raw_line
from extract.read.pdf_page import Rule

_FOOTNOTE_TYPE = 0.9  # footnote lines are set below this share of the body size

_UNDERSCORES = regex.compile(r"^_{5,}$")
_PAREN_LABEL = regex.compile(r"^\(\s*(\d{1,3})\s*\)\s*")


def footnote_top(segments: list[Segment], rules: list[Rule], body_size: float) -> Optional[float]:
    """Where the footnote zone starts: the first isolated rule with only smaller type below it.

    Smaller than the body type of the document and of the text above the rule on this page (a
    page can hold more footnote text than body text).
    """
    ys = [y for _, _, y in rules if sum(1 for _, _, other in rules if abs(other - y) < 1.0) == 1]
    ys += [(s.top + s.bottom) / 2 for s in segments if is_typed_rule(s)]
    for y in sorted(ys):
        below = [s for s in segments if s.top > y and not is_typed_rule(s)]
        above: Counter[float] = Counter()
        for s in segments:
            if s.bottom < y:
                above[s.size] += len(s.text)
        reference = max(body_size, above.most_common(1)[0][0]) if above else body_size
        if below and all(s.size < _FOOTNOTE_TYPE * reference for s in below):
            return y
    return None


def is_typed_rule(segment: Segment) -> bool:
    """Whether a line is a rule typed as underscores rather than drawn."""
    return bool(_UNDERSCORES.match(segment.text))


def footnote_line(segment: Segment) -> RawLine:
    """A footnote-zone line: a raised or parenthesised label at its start opens a footnote."""
    label, text = segment.label, segment.text
    match = _PAREN_LABEL.match(text) if label is None else None
    if match:
        label, text = match.group(1), text[match.end() :]
    line = raw_line(segment, text, "footnote", None)
    line.footnote_label = label
    return line
