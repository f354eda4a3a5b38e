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
several lists, and which one a count announces is not stated: no check is made on it — unless the
footnote opens with its own count (``19 nhiệm vụ trọng tâm: - Đã triển khai: (1) ... (13); - Đang triển
khai: (1) ... (4) ...``), which all its lists together make up.

A footnote without numbered items that is only names split by ``;`` (three or more, each opening with
a capital, none longer than a name: 12 words) lists those names (``¹⁴ Ban Quản lý A; Trường B; ...``);
a footnote going on in a sentence after its names is no such list.
"""

from __future__ import annotations

from typing import Optional

import regex

from extract.check.body_lists import item_figure, list_length_check
from extract.check.figures import Fig
from extract.check.nouns import same_head
from extract.check.text import RELATION, Sentence, sentences
from extract.normalise.document import NormalisedDocument
from extract.vi.tones import fold_tones
from schemas.models import Check, Figure, Footnote, FootnoteItem, FootnoteMarker

_BREAK = regex.compile(r"[,;:]")
_FIRST_ITEM = regex.compile(r"(?<![\p{L}\p{N}])(?:\(1\)|1[.)])\s")
_PUNCTUATION = regex.compile(r"[^\p{L}\p{N}]+")
_OWN_COUNT_END = regex.compile(r"[^,;:.()\d]{0,60}:")
_NAME = regex.compile(r"\s*[\p{Lu}“\"]")
_MAX_NAME_WORDS = 12


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


def _named(doc: NormalisedDocument, footnote: Footnote) -> list[Figure]:
    """The names of a footnote that is only names split by ';' ([] when it is anything else)."""
    text = doc.text[footnote.start : footnote.end]
    body = text.rstrip().rstrip(".")
    bounds, start = [], 0
    for match in regex.finditer(";", body):
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(body)))
    segments = [body[a:b] for a, b in bounds]
    if len(segments) < 3 or not all(_NAME.match(s) and len(s.split()) <= _MAX_NAME_WORDS for s in segments):
        return []
    return [item_figure(doc, footnote.start + a, footnote.start + b) for a, b in bounds]


def _listed(doc: NormalisedDocument, footnote: Footnote) -> list[Figure]:
    """What a footnote lists for a count that announces it: its numbered items when numbered once, or its names."""
    if footnote.items:
        return _items_figures(footnote.items) if is_single_list(doc, footnote) else []
    return _named(doc, footnote)


def _own_count(doc: NormalisedDocument, footnote: Footnote, counts: list[Fig]) -> Optional[Fig]:
    """The count a footnote of several lists opens with (``19 nhiệm vụ trọng tâm:``), if any."""
    first = next((c for c in counts if footnote.start <= c.start < footnote.end), None)
    if first is None or doc.text[footnote.start : first.start].strip():
        return None
    return first if _OWN_COUNT_END.match(doc.key, first.end, footnote.end) else None


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
    listed_by = {f.footnote: (f, items) for f in footnotes if (items := _listed(doc, f))}
    checks: list[Check] = []
    for note in footnotes:
        own = _own_count(doc, note, counts) if note.items and not is_single_list(doc, note) else None
        if own is not None:
            checks.append(list_length_check(own, _items_figures(note.items), f"the lists of footnote {note.footnote}"))
    for sentence in sentences(doc):
        listed: list[tuple[Fig, Footnote]] = []
        for marker in sorted(markers, key=lambda m: m.start):
            footnote, items = listed_by.get(marker.footnote, (None, []))
            if footnote is None or not sentence.start <= marker.start < sentence.end:
                continue
            count = _announcing(doc, sentence, marker, counts)
            if count is not None:
                if footnote.items:
                    listed.append((count, footnote))
                checks.append(list_length_check(count, items, f"footnote {footnote.footnote}"))
        for i, part in enumerate(listed):
            wholes = [
                w for w in listed[:i]
                if same_head(w[0].noun, part[0].noun) and RELATION.search(doc.key, w[0].end, part[0].start)
            ]
            if wholes:
                checks.append(_subset(part, wholes[-1]))
    return checks
