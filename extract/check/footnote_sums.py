"""A count whose footnote gives it by parts (``count_sum``).

``HĐND tỉnh đã ban hành 36 Nghị quyết QPPL, Ủy ban nhân dân tỉnh ban hành 137 Quyết định QPPL⁴`` with
footnote 4 ``Tỉnh A: ... 08 nghị quyết, ... 40 quyết định; tỉnh B: ... 06 nghị quyết, ... 23 quyết định;
...``: a marker explains the counts of its sentence written before it (back to the previous marker),
and the footnote's counts of a count's noun (nouns.same_head) are its parts — at least two, each
smaller than the total, none inside brackets, after a relation word (a part's own breakdown:
``08 chi cục ... (...); 01 chi cục ...`` are parts, ``trong đó 03 chi cục`` would be no more) or after a
year (``năm 2024 ban hành 12 nghị quyết``: figures of other years are comparisons, not parts).
Where the footnote counts the noun under two verbs (``rà soát 77 văn bản, đã xử lý xong 77 văn bản``),
the parts are those introduced by the total's own two words (``rà soát 734 văn bản``); none: no check.
A footnote with one count of the noun, or none, names things without breaking the count down.
"""

from __future__ import annotations

import regex

from extract.check.figures import Fig, describe, is_breakdown, make_check
from extract.check.nouns import same_head
from extract.check.text import RELATION, Sentence, lead, sentences
from extract.normalise.document import NormalisedDocument
from extract.vi.numbers import YEAR
from schemas.models import Check, Footnote, FootnoteMarker

_YEAR = regex.compile(rf"(?<!\d){YEAR}(?!\d)")


def _explained(sentence: Sentence, markers: list[FootnoteMarker], counts: list[Fig]) -> list[tuple[Fig, str]]:
    """(count, footnote label) of every count of the sentence a later marker of it explains."""
    explained: list[tuple[Fig, str]] = []
    previous = sentence.start
    for marker in markers:
        if not sentence.start <= marker.start < sentence.end:
            continue
        explained += [(c, marker.footnote) for c in counts if previous <= c.start and c.end <= marker.start]
        previous = marker.end
    return explained


def _parts(doc: NormalisedDocument, total: Fig, footnote: Footnote, counts: list[Fig]) -> list[Fig]:
    """The footnote's counts of the total's noun, outside brackets and relation words."""
    parts: list[Fig] = []
    for count in counts:
        if not footnote.start <= count.start < footnote.end or not same_head(total.noun, count.noun):
            continue
        before = doc.key[(parts[-1].end if parts else footnote.start) : count.start]
        if doc.key.count("(", footnote.start, count.start) > doc.key.count(")", footnote.start, count.start):
            continue
        if RELATION.search(before) or _YEAR.search(before):
            return []
        parts.append(count)
    if len({lead(doc, p.start) for p in parts}) > 1:
        parts = [p for p in parts if lead(doc, p.start) == lead(doc, total.start)]
    return parts


def footnote_sums(
    doc: NormalisedDocument, counts: list[Fig], markers: list[FootnoteMarker], footnotes: list[Footnote]
) -> list[Check]:
    """count_sum checks of body counts against the counts of the same noun in the footnote explaining them."""
    by_label = {f.footnote: f for f in footnotes}
    ordered = sorted(markers, key=lambda m: m.start)
    body = [c for c in counts if doc.kind_at(c.start) == "body"]
    checks: list[Check] = []
    for sentence in sentences(doc):
        if doc.kind_at(sentence.start) != "body":
            continue
        for total, label in _explained(sentence, ordered, body):
            footnote = by_label.get(label)
            if footnote is None:
                continue
            parts = _parts(doc, total, footnote, counts)
            if len(parts) >= 2 and all(p.value < total.value for p in parts) and is_breakdown(doc, total, parts):
                how = f"footnote {label} gives it by parts"
                checks.append(make_check("count_sum", total, parts, "", describe(total, parts, how)))
    return checks
