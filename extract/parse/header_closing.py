"""Fields of the closing: the `Nơi nhận` distribution list and the signature block
(authority prefix and whom, the signer's title, the signer's name)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.header_lines import Segment, strip_span
from extract.parse.header_posts import known_post
from extract.parse.header_top import Found, clean, split_entries
from extract.parse.header_vocab import AUTHORITY, PERSON_NAME, RANK, SIGNER_TITLE_WORD, is_upper_text

log = logging.getLogger(__name__)

DISTRIBUTION = regex.compile(r"Nơi\s+nhận\s*:?\s*", regex.IGNORECASE)
_DASH_ENTRY = regex.compile(r"[-+•–]\s*[^;]*;?")
_LEADING_NOISE = regex.compile(r"(?:[^\s\p{Lu}]+\s+)+(?=\p{Lu})")
_TITLE_WORDS_LIMIT = 10
_NAME_LOOKAHEAD = 12


@dataclass
class Closing:
    distribution: list[Found] = field(default_factory=list)
    authority: Optional[Found] = None
    signer_title: Optional[Found] = None
    signer: Optional[Found] = None
    signer_rank: Optional[Found] = None


def parse_closing(doc: NormalisedDocument, zone: list[Segment]) -> Closing:
    """The distribution list and the signature block among the closing segments."""
    entries, pieces = _split_distribution(doc, zone)
    closing = Closing()
    closing.authority, after = _authority(doc, pieces)
    closing.signer_title, after = _signer_title(doc, pieces, after)
    closing.signer, closing.signer_rank = _signer(doc, pieces, after)
    # dashes after a signer printed below the list are no recipients; a signer printed above it ends nothing
    below = closing.signer is not None and bool(entries) and closing.signer.start > entries[0].start
    limit = closing.signer.start if below else len(doc.text)
    closing.distribution = [entry for entry in entries if entry.start < limit]
    return closing


def _split_distribution(doc: NormalisedDocument, zone: list[Segment]) -> tuple[list[Found], list[Segment]]:
    """Distribution entries (after `Nơi nhận:` and on `- ...;` lines) apart from the other pieces.

    What stands after an entry's `;` on the same line (PDF lines interleaving both columns) is kept
    as a piece of the signature block.
    """
    entries: list[Found] = []
    pieces: list[Segment] = []
    listing = False
    for seg in zone:
        head = DISTRIBUTION.match(doc.key, seg.start, seg.end)
        dash = _DASH_ENTRY.match(doc.key, seg.start, seg.end) if listing else None
        if head:
            listing = True
            rest = _entries_then_rest(doc, head.end(), seg.end, entries)
        elif dash:
            entries.extend(split_entries(doc, seg.start, dash.end()))
            rest = strip_span(doc.text, dash.end(), seg.end)
        else:
            rest = (seg.start, seg.end)
        rest = _without_noise(doc, *rest)
        if rest[0] < rest[1]:
            pieces.append(Segment(*rest))
    return entries, pieces


def _without_noise(doc: NormalisedDocument, start: int, end: int) -> tuple[int, int]:
    """A signature line without the stray marks OCR reads before it (a stroke of the signature or
    the seal: `_ KT. BỘ TRƯỞNG`, `láic THỨ TRƯỞNG`): leading tokens without a capital letter go
    when what follows them is a line in capitals."""
    match = _LEADING_NOISE.match(doc.key, start, end)
    if match is None or not is_upper_text(doc.key[match.end() : end]):
        return start, end
    return match.end(), end


def _entries_then_rest(doc: NormalisedDocument, start: int, end: int, entries: list[Found]) -> tuple[int, int]:
    """Entries written on the `Nơi nhận:` line itself; returns what follows them that is no entry."""
    at = start
    while True:
        dash = _DASH_ENTRY.match(doc.key, at, end)
        if dash is None:
            break
        entries.extend(split_entries(doc, at, dash.end()))
        at = strip_span(doc.text, dash.end(), end)[0]
    return strip_span(doc.text, at, end)


def _text(doc: NormalisedDocument, seg: Segment) -> str:
    return doc.key[seg.start : seg.end]


def _authority(doc: NormalisedDocument, pieces: list[Segment]) -> tuple[Optional[Found], int]:
    """`KT. GIÁM ĐỐC` (consecutive prefixed lines joined: `TL. BỘ TRƯỞNG KT. VỤ TRƯỞNG`)."""
    for i, seg in enumerate(pieces):
        if not AUTHORITY.match(_text(doc, seg)):
            continue
        j = i
        while j + 1 < len(pieces) and AUTHORITY.match(_text(doc, pieces[j + 1])):
            j += 1
        value = " ".join(_authority_value(doc, p) for p in pieces[i : j + 1])
        return Found(value, seg.start, pieces[j].end), j + 1
    return None, 0


def _authority_value(doc: NormalisedDocument, seg: Segment) -> str:
    """`KT.GIÁM ĐỐC` → `KT. GIÁM ĐỐC`, `T/M BAN THƯỜNG VỤ` as it is: the prefix (a dot after the
    letter forms), one space, whom it signs for as printed."""
    match = AUTHORITY.match(_text(doc, seg))
    prefix = match["prefix"] if "/" in match["prefix"] else f"{match['prefix']}."
    return f"{prefix} {clean(doc.text[seg.start + match.start('whom') : seg.end])}"


def _signer_title(doc: NormalisedDocument, pieces: list[Segment], after: int) -> tuple[Optional[Found], int]:
    """The first upper-case line naming a post (`PHÓ GIÁM ĐỐC`) after the authority; a post whose marks OCR
    misread (`THỨ TRƯƠNG`) is given as the post it spells, the quote keeping what was read."""
    for i in range(after, len(pieces)):
        key = _text(doc, pieces[i])
        seg = pieces[i]
        post = known_post(key) if is_upper_text(key) else None
        if post is not None and post != clean(key):
            log.info("signer's post read as %r, taken as %r", doc.text[seg.start : seg.end], post)
            return Found(post, seg.start, seg.end), i + 1
        if is_upper_text(key) and SIGNER_TITLE_WORD.search(key) and len(key.split()) <= _TITLE_WORDS_LIMIT:
            return Found(clean(doc.text[seg.start : seg.end]), seg.start, seg.end), i + 1
        if after and is_upper_text(key):
            break
    return None, after


def _signer(doc: NormalisedDocument, pieces: list[Segment], after: int) -> tuple[Optional[Found], Optional[Found]]:
    """The signer and the rank or degree printed before the name (`Đại tá`, `TS.`): a personal-name line
    after the title, skipping `(Đã ký)`, seals and blanks."""
    if after == 0:
        return None, None
    for seg in pieces[after : after + _NAME_LOOKAHEAD]:
        rank = RANK.match(_text(doc, seg))
        start = seg.start + rank.end() if rank else seg.start
        if PERSON_NAME.match(doc.text, start, seg.end):
            name = Found(clean(doc.text[start : seg.end]), start, seg.end)
            if rank is None:
                return name, None
            end = strip_span(doc.text, seg.start, seg.start + rank.end("rank"))[1]
            return name, Found(clean(doc.text[seg.start : end]), seg.start, end)
    return None, None
