"""The document's own header and closing (NĐ 30/2020/NĐ-CP, Điều 8) → `Header`, and its province.

Every field is matched by its own pattern (on ``doc.key``) among the header's segments, so PDF
lines interleaving both columns, Word layout tables flattened column by column and `A | B` table
rows all read the same. Values are cleaned; provenance quotes what was printed.
"""

from __future__ import annotations

from collections import Counter
from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.parse.header_annex import find_form_title
from extract.parse.header_closing import parse_closing
from extract.parse.header_lines import closing_zone, segments, top_zone
from extract.parse.header_own import own_mention
from extract.parse.header_top import (
    Found,
    find_bodies,
    find_date,
    find_number,
    find_recipients,
    find_subject,
    find_title,
    find_type,
    type_from_symbol,
)
from extract.parse.header_vocab import CONG_VAN, type_name
from schemas.models import Flag, Header, HeaderField

__all__ = ["parse_header", "infer_province"]

_PROVINCE_WORD = regex.compile(r"(?<!\p{L})TỈNH\s+(?!ỦY(?!\p{L}))(?P<name>\p{Lu}+(?:(?:\s+|\s*-\s*)\p{Lu}+){0,3})")
# A body below the province (`UBND HUYỆN YÊN SƠN`, `ỦY BAN NHÂN DÂN XÃ KIM PHÚ`): its place line names
# the district or commune, not the province.
_LOCAL_BODY = regex.compile(r"(?<!\p{L})(?:HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\p{Lu}")
_PROVINCE_IN_TEXT = regex.compile(r"(?<!\p{L})tỉnh\s+(?P<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})")


# The longest header field kept whole. The longest real titles run to a few hundred characters; a longer field
# is a page read as one cell, which would also break common CSV readers (documents.csv holds the values).
FIELD_CHARS = 1000


def _field(
    doc: NormalisedDocument, found: Optional[Found], value: Optional[str] = None, stamped: bool = False
) -> Optional[HeaderField]:
    """The header field `found` (its value, unless given); cut to FIELD_CHARS, with a flag, when longer."""
    if found is None:
        return None
    source = "stamp" if stamped else "printed"
    value = value if value is not None else found.value
    if max(len(value), found.end - found.start) <= FIELD_CHARS:
        return HeaderField(value=value, source=source, **doc.quote(found.start, found.end))
    reason = f"{found.end - found.start} characters printed, only the first {FIELD_CHARS} kept: no header field is that long"
    return HeaderField(
        value=value[:FIELD_CHARS],
        source=source,
        flags=[Flag(name="field_too_long", reason=reason)],
        **doc.quote(found.start, found.start + min(FIELD_CHARS, found.end - found.start)),
    )


def _supply_from_appendix(doc: NormalisedDocument, header: Header, symbol: str) -> None:
    """A blank header number (and day) supplied by an appendix naming the document (`Kèm theo Quyết định số
    215/QĐ-UBND ngày 15/5/2026`); the quotes point there."""
    mention = own_mention(doc, symbol)
    if mention is None:
        return
    number = mention.number
    header.number = _field(doc, number, stamped=doc.stamped(number.start, number.value))
    header.number_blank = False
    if header.issued_on is None and mention.issued_on is not None:
        header.issued_on = mention.issued_on
        header.issued_on_text = _field(doc, mention.date_text)
        header.date_blank = False


def parse_header(doc: NormalisedDocument) -> Header:
    """The header and closing fields of `doc`; absent fields stay None (or empty lists)."""
    segs = segments(doc)
    zone = top_zone(doc, segs)
    header = Header()
    number = find_number(doc, zone)
    if number is not None:
        stamped = number.number is not None and doc.stamped(number.number.start, number.number.value)
        header.number = _field(doc, number.number, stamped=stamped)
        header.symbol = _field(doc, number.symbol)
        header.year = _field(doc, number.year)
        header.canonical = number.canonical
        header.number_blank = number.blank
    dated = find_date(doc, zone)
    if dated is not None:
        header.place = _field(doc, dated.place)
        header.issued_on = dated.issued_on
        header.issued_on_text = _field(doc, dated.text, stamped=dated.stamped)
        header.date_blank = dated.blank
    if number is not None and header.number is None:  # blank or unread: an appendix naming the document may say it
        _supply_from_appendix(doc, header, number.symbol.value)
    typed = find_type(doc, zone)
    subject = find_subject(doc, zone)
    annex = find_form_title(doc, zone) if typed is None and number is None and subject is None else None
    if typed is not None:
        header.doc_type = _field(doc, typed.type, type_name(typed.type.value))
        header.title = _field(doc, find_title(doc, zone, typed))
    elif number is not None:
        kind = type_from_symbol(number.symbol) or (CONG_VAN if subject else None)
        header.doc_type = _field(doc, number.symbol, kind) if kind else None
    if header.title is None:
        header.title = _field(doc, subject or (annex[1] if annex else None))
    if number is not None:
        bodies = find_bodies(doc, zone, number.segment, number.start)
    else:
        above = typed.index if typed else annex[0] if annex else len(zone)
        bodies = find_bodies(doc, zone, above - 1, None)
    if bodies:
        header.issuer = _field(doc, bodies[-1])
        header.parent_issuer = _field(doc, bodies[-2]) if len(bodies) > 1 else None
    header.recipients = [_field(doc, r) for r in find_recipients(doc, zone)]
    closing = parse_closing(doc, closing_zone(doc, segs, len(zone)))
    header.distribution = [_field(doc, entry) for entry in closing.distribution]
    header.authority = _field(doc, closing.authority)
    header.signer_title = _field(doc, closing.signer_title)
    header.signer = _field(doc, closing.signer)
    header.signer_rank = _field(doc, closing.signer_rank)
    return header


def infer_province(doc: NormalisedDocument, header: Header) -> Optional[str]:
    """The document's own province in title case: from the issuer (`UBND TỈNH TUYÊN QUANG`, not
    `TỈNH ỦY ...`), the place line (unless a district or commune issues it), or else the most frequent `tỉnh <Name>` of the text. Resolves `Ủy ban nhân dân tỉnh`."""
    bodies = [body for body in (header.issuer, header.parent_issuer) if body is not None]
    for body in bodies:
        match = _PROVINCE_WORD.search(doc.key, body.start, body.end)
        if match:
            return " ".join(match.group("name").split()).title()
    local = any(_LOCAL_BODY.search(doc.key, body.start, body.end) for body in bodies)
    if header.place is not None and not local:
        return header.place.value
    names = Counter(match.group("name") for match in _PROVINCE_IN_TEXT.finditer(doc.key, 0, doc.body_end or len(doc.key)))
    return names.most_common(1)[0][0] if names else None
