"""Lists in footnotes against the counts that announce them, and a part list against its whole.

A count announces a footnote list when the footnote's marker closes the count's noun phrase: the
marker is in the same sentence after the count, with no other count, no `,` `;` `:` and no
relation word between them (``38 sản phẩm ... cấp tỉnh¹``). ``list_length`` compares the count
with the number of items of that footnote.

When such a count is the part of a relation (``38 sản phẩm ...¹, trong đó 05 sản phẩm ...²``: the
relation word stands between the two counts, the nouns agree and the whole has its own list),
``subset`` checks that every item of the part's list is among the whole's, matching product names
(or the item text where no product was parsed) with tones, case, punctuation and spacing folded.

A footnote whose numbering starts again (``- Đã triển khai: (1) ...; - Đang triển khai: (1) ...``) holds
several lists, and which one a count announces is not stated: no check is made on it.
"""

from __future__ import annotations

from typing import Optional

import regex

from extract.check.body_lists import list_length_check
from extract.check.figures import Fig
from extract.check.nouns import same_head
from extract.check.text import RELATION, Sentence, sentences
from extract.normalise.document import NormalisedDocument
from extract.vi.tones import fold_tones
from schemas.models import Check, Figure, Footnote, FootnoteItem, FootnoteMarker

_BREAK = regex.compile(r"[,;:]")
_FIRST_ITEM = regex.compile(r"(?<![\p{L}\p{N}])(?:\(1\)|1[.)])\s")
_PUNCTUATION = regex.compile(r"[^\p{L}\p{N}]+")


def item_name(item: FootnoteItem) -> str:
    """The folded name an item is matched by."""
    name = item.product or item.text
    return " ".join(_PUNCTUATION.sub(" ", fold_tones(name).casefold()).split())


def _announcing(
    doc: NormalisedDocument, sentence: Sentence, marker: FootnoteMarker, counts: list[Fig]
) -> Optional[Fig]:
    """The count whose noun phrase the marker closes, if any."""
    before = [c for c in counts if sentence.start <= c.start and c.end <= marker.start]
    if not before:
        return None
    count = before[-1]
    between = doc.key[count.end : marker.start]
    if _BREAK.search(between) or RELATION.search(between):
        return None
    return count


def is_single_list(doc: NormalisedDocument, footnote: Footnote) -> bool:
    """Whether the footnote's numbering runs once: no second item 1 after its first item."""
    first = footnote.items[0]
    return _FIRST_ITEM.search(doc.key, first.end, footnote.end) is None


def _items_figures(items: list[FootnoteItem]) -> list[Figure]:
    """The items of a list as the parts of a check, each valued by its product name."""
    return [
        Figure(role="part", value=i.product or i.text, page=i.page, start=i.start, end=i.end, text=i.text)
        for i in items
    ]


def _subset(part: tuple[Fig, Footnote], whole: tuple[Fig, Footnote]) -> Check:
    names = {item_name(i) for i in whole[1].items}
    missing = [i for i in part[1].items if item_name(i) not in names]
    stated = len(part[1].items)
    found = stated - len(missing)
    detail = (
        f"every item of footnote {part[1].footnote} ({part[0].text}) "
        f"among footnote {whole[1].footnote} ({whole[0].text})"
    )
    if missing:
        detail += "; not found: " + "; ".join(i.product or i.text for i in missing)
    return Check(
        check="subset",
        status="pass" if not missing else "fail",
        stated=str(stated),
        computed=str(found),
        difference=str(len(missing)),
        detail=detail,
        figures=[part[0].figure("stated"), whole[0].figure("stated")] + _items_figures(part[1].items),
    )


def footnote_lists(
    doc: NormalisedDocument, counts: list[Fig], markers: list[FootnoteMarker], footnotes: list[Footnote]
) -> list[Check]:
    """list_length checks for counts whose footnote holds a list; subset checks for a part list within its whole."""
    by_label = {f.footnote: f for f in footnotes if f.items and is_single_list(doc, f)}
    checks: list[Check] = []
    for sentence in sentences(doc):
        listed: list[tuple[Fig, Footnote]] = []
        for marker in sorted(markers, key=lambda m: m.start):
            footnote = by_label.get(marker.footnote)
            if footnote is None or not sentence.start <= marker.start < sentence.end:
                continue
            count = _announcing(doc, sentence, marker, counts)
            if count is not None:
                listed.append((count, footnote))
                checks.append(list_length_check(count, _items_figures(footnote.items), f"footnote {footnote.footnote}"))
        for i, part in enumerate(listed):
            wholes = [
                w for w in listed[:i]
                if same_head(w[0].noun, part[0].noun) and RELATION.search(doc.key, w[0].end, part[0].start)
            ]
            if wholes:
                checks.append(_subset(part, wholes[-1]))
    return checks
