"""A total broken down again, dimension by dimension, under headings that follow its breakdown.

``... là 1922 người. Trong đó: ...: 814; ...: 1084; ...: 24. Giới tính: nam: 1800, nữ: 122. Độ tuổi:
từ 14 đến dưới 16 tuổi: 00; ...: 1280. Số có tiền án: 153``: once a sentence has broken a count down
(a ``count_sum`` check), each sentence right after it in the same paragraph that opens with a heading
and a colon, then labelled numbers (``heading: label: N, label: N``), splits the same total another way.

The parts are the labelled numbers printed without a noun (bare_figures), joined by one separator:
the one after the first part (``,`` or ``;``); another separator ends them (``Nghề nghiệp: có: 851,
không: 1071; Đảng viên: 00`` — the Đảng viên are no category of the dimension). A sentence that does
not open with a heading (``Số có tiền án: 153; số có tiền sự: 116``: its labels are no categories of
one heading) ends the run.
"""

from __future__ import annotations

import regex

from extract.check.figures import Fig, describe, make_check
from extract.check.text import Sentence, sentences
from extract.normalise.document import NormalisedDocument
from schemas.models import Check

_HEADED = regex.compile(r"\s*(?:[-+]\s*)?\p{L}[^:,;.()\d]{0,60}:\s*[^:,;.()]{1,80}:\s*\d", regex.IGNORECASE)


def _parts(doc: NormalisedDocument, figs: list[Fig]) -> list[Fig]:
    """The first figures of ``figs`` joined by the separator that follows the first of them."""
    if len(figs) < 2:
        return []
    separators = [regex.findall(r"[,;]", doc.text[a.end : b.start]) for a, b in zip(figs, figs[1:])]
    style = separators[0]
    if len(style) != 1:
        return []
    count = 1
    while count < len(figs) and separators[count - 1] == style:
        count += 1
    return figs[:count] if count >= 2 else []


def _headed_parts(doc: NormalisedDocument, sentence: Sentence, bare: list[Fig]) -> list[Fig]:
    """The parts of a headed sentence, [] when the sentence does not open with a heading."""
    if not _HEADED.match(doc.key, sentence.start, sentence.end):
        return []
    return _parts(doc, [f for f in bare if sentence.start <= f.start < sentence.end])


def headed_breakdowns(doc: NormalisedDocument, sums: list[Check], labelled: list[Fig]) -> list[Check]:
    """count_sum checks of a broken-down total against each headed breakdown that follows it."""
    totals = {f.start: f for f in labelled}
    bare = [f for f in labelled if f.bare]
    body = list(sentences(doc))
    checks: list[Check] = []
    for check in sums:
        total = totals.get(check.figures[0].start)
        if check.check != "count_sum" or total is None:
            continue
        last_part = check.figures[-1].start
        paragraph = next(p for p in doc.paragraphs if p.start <= last_part < p.end)
        after = [s for s in body if last_part < s.start and s.end <= paragraph.end]
        for sentence in after:
            parts = _headed_parts(doc, sentence, bare)
            if not parts:
                break
            how = "a heading breaks the total down again"
            checks.append(make_check("count_sum", total, parts, "", describe(total, parts, how)))
    return checks
