"""References to other documents: `Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Ủy ban nhân dân tỉnh ...`.

A reference is found by its number, not its words: a number followed by a symbol that carries at least
one code (`587/QĐ-UBND`, `45/2012/NĐ-CP`, `72/2025/QH15`, `34-NQ/TU`, `2265/BCT-ATMT`,
`06/03/2026/HCNM`). Dates (`24/9/2021`), ratios (`12/63`, `26.770/47.826`), units (`km/h`), `V/v`,
`Covid-19`, addresses (`số 12/3`, `12/A`) carry no code and are not references; nor are form and annex
numbers (`Mẫu số 01/BC`). The words around the number give the rest (reference_before, reference_after, reference_issuer).

Quoted span of a mention: from the kind word (or from the number when no kind word is printed) to the
end of the symbol, or to the end of the date when `ngày ...` directly follows:
`Quyết định số 587/QĐ-UBND ngày 24/9/2021`. Clause, issuer and subject are fields, not part of the quote.

Mentions of one document (same canonical id, separators aside) form one CitedDocument; so do spellings
of one id that OCR misread in one character (reference_ocr): the misread mention keeps its quote, takes
the document's canonical id, symbol, kind, date and issuer, and keeps what was read as
`canonical_printed`. A short mention (no date) borrows date and issuer from the document's full mention
(`date_from_full_mention`). The document's own number, any number after the header label `Số:`, and a number
with the document's own symbol in an appendix's caption (`Kèm theo Công văn số: ...`) are not references.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.normalise.symbols import SYMBOL_PART
from extract.parse.reference_after import date_after, subject_after
from extract.parse.reference_before import (
    clause_before,
    is_attached_to_label,
    is_not_document,
    is_own_number_label,
    kind_before,
)
from extract.parse.reference_issuer import issuer_after
from extract.parse.reference_kinds import GENERIC_KINDS, group_key, has_type_code, kind_from_code, repair_symbol
from extract.parse.reference_marks import tolerant
from extract.parse.reference_ocr import Spelling, join_misreadings
from extract.vi.numbers import YEAR
from schemas.models import CitedDocument, Reference

_SEP = r"[ \t]*\n?[ \t]*"  # a symbol may be split after a separator where a table cell or footnote wraps
_NUMBER_ID = regex.compile(
    rf"(?<![\p{{L}}0-9/.:,-])(?P<number>[0-9]+(?:\.[0-9]+)?)"
    rf"(?:(?P<middle>(?:/[0-9]+)*)/{_SEP}(?P<symbol>{SYMBOL_PART}(?:[-/]{_SEP}{SYMBOL_PART})*)"
    rf"|-(?P<party>{SYMBOL_PART}(?:/{_SEP}{SYMBOL_PART})+))"
    rf"(?![\p{{L}}0-9])"
)
_YEAR = regex.compile(YEAR)
# What stands between two mentions of a list: `, `, `; `, ` và số `, ` hoặc `.
_LIST_GLUE = regex.compile(tolerant(r"[\s,;]*(?:(?:và|hoặc)\s+)?(?:số\s*:?\s*)?"), regex.IGNORECASE)


@dataclass
class _Mention:
    """A reference being built: where it stands and what the words around it say."""

    start: int
    id_start: int
    id_end: int
    canonical: str
    number: str
    symbol: str
    symbol_year: Optional[int]
    kind: str
    kind_from_word: bool
    clause: Optional[str] = None
    end: int = 0
    issued_on: Optional[date] = None
    issuer: Optional[str] = None
    subject: Optional[str] = None
    borrowed: bool = False
    canonical_printed: Optional[str] = None


def _mention(doc: NormalisedDocument, match: regex.Match) -> Optional[_Mention]:
    """The mention for a number match, or None when it is not a reference."""
    symbol = repair_symbol(match.group("symbol") or match.group("party"))
    if sum(ch.isalpha() for ch in symbol) < 2 or is_not_document(doc.key, match.start()):
        return None
    number = match.group("number")
    middle = "".join((match.group("middle") or "").split())
    separator = "/" if match.group("symbol") else "-"
    years = [int(part) for part in middle.split("/") if _YEAR.fullmatch(part)]
    found = _kind_word(doc, match.start(), symbol)
    kind, from_word = (found[1], True) if found else (kind_from_code(symbol), False)
    if from_word and kind in GENERIC_KINDS:
        kind = kind_from_code(symbol) if has_type_code(symbol) else "Công văn"
    start = found[0] if found else match.start()
    return _Mention(
        start=start,
        id_start=match.start(),
        id_end=match.end(),
        canonical=f"{number}{middle}{separator}{symbol}",
        number=number,
        symbol=symbol,
        symbol_year=years[-1] if years else None,
        kind=kind,
        kind_from_word=from_word,
        clause=clause_before(doc.key, doc.text, start) if found else None,
    )


def _kind_word(doc: NormalisedDocument, start: int, symbol: str) -> Optional[tuple[int, str]]:
    """The kind word before the number; when it contradicts the symbol's type code, the code's own
    kind word a few words earlier wins (`Thông báo kết luận số 25-TB/TU`, `Quyết định phê duyệt Đề án
    số 12/QĐ-UBND`)."""
    found = kind_before(doc.key, doc.text, start)
    if found is None or found[1] in GENERIC_KINDS or not has_type_code(symbol):
        return found
    code_kind = kind_from_code(symbol)
    if found[1] == code_kind or code_kind == "Luật":  # `QH15` also numbers the Nghị quyết of the Quốc hội
        return found
    return kind_before(doc.key, doc.text, start, only=code_kind) or found


def _is_own(canonical: str, own: Optional[str]) -> bool:
    return own is not None and group_key(canonical) == group_key(own)


def _candidates(doc: NormalisedDocument, own_canonical: Optional[str], own_symbol: Optional[str]) -> list[_Mention]:
    mentions = []
    for match in _NUMBER_ID.finditer(doc.key):
        mention = _mention(doc, match)
        if mention is None or _is_own(mention.canonical, own_canonical):
            continue
        if is_own_number_label(doc.key, match.start()):
            continue
        if own_symbol is not None and mention.symbol == own_symbol and is_attached_to_label(doc.key, match.start()):
            continue
        mentions.append(mention)
    return mentions


def _read_context(doc: NormalisedDocument, mention: _Mention, limit: int, province: Optional[str]) -> None:
    """Date, issuer and subject printed after the number, up to `limit` (the next mention)."""
    pos = mention.id_end
    dated = date_after(doc.key, pos, limit)
    if dated:
        pos, mention.issued_on = dated
    mention.end = pos
    issuer = issuer_after(doc.key, pos, limit, province)
    if issuer:
        pos, mention.issuer = issuer
        dated_late = None if dated else date_after(doc.key, pos, limit)  # `... của Tỉnh ủy ngày 29/12/2025`
        if dated_late:
            pos, mention.issued_on = dated_late
    mention.subject = subject_after(doc.key, doc.text, pos, limit)


def _share_list_issuer(doc: NormalisedDocument, mentions: list[_Mention]) -> None:
    """In a list of documents of one symbol (`các Quyết định số 12/QĐ-UBND, 13/QĐ-UBND của UBND tỉnh`,
    `Nghị định số 45/2012/NĐ-CP và Nghị định số 17/2018/NĐ-CP của Chính phủ`), the issuer printed after
    the last one is that of each one before it that prints none (`Quyết định số 12/QĐ-UBND ngày 5/3/2025 và
Quyết định số 13/QĐ-UBND ngày 6/3/2025 của UBND tỉnh`). Dates are not shared."""
    for i in range(len(mentions) - 2, -1, -1):
        mention, nxt = mentions[i], mentions[i + 1]
        if mention.issuer or not nxt.issuer or mention.symbol != nxt.symbol:
            continue
        if _LIST_GLUE.fullmatch(doc.key, mention.end, nxt.start):
            mention.issuer = nxt.issuer


def _group(doc: NormalisedDocument, mentions: list[_Mention]) -> list[list[list[int]]]:
    """Cited documents as their spellings' mention indices, the canonical spelling first."""
    groups: dict[str, list[int]] = {}
    for index, mention in enumerate(mentions):
        groups.setdefault(group_key(mention.canonical), []).append(index)
    spellings = [
        Spelling(
            number=m.number,
            prefix=m.canonical[: len(m.canonical) - len(m.symbol)],
            symbol=m.symbol,
            issued_on=m.issued_on,
            confidence=doc.confidence_at(m.id_start),
        )
        for m in mentions
    ]
    return join_misreadings(list(groups.values()), spellings)


def _first(values: list) -> Optional[object]:
    return next((value for value in values if value is not None), None)


def _cited(mentions: list[_Mention], spellings: list[list[int]]) -> CitedDocument:
    """One cited document from its mentions, the canonical spelling's first; short mentions borrow
    from the full one, misread ones take the document's id, kind, date and issuer."""
    members = [mentions[i] for spelling in spellings for i in spelling]
    issued_on = _first([m.issued_on for m in members])
    issuer = _first([m.issuer for m in members])
    by_word = [m for m in members if m.kind_from_word]
    kind = (by_word or members)[0].kind
    lead = members[0]
    for member in (mentions[i] for spelling in spellings[1:] for i in spelling):
        member.canonical_printed, member.canonical, member.symbol = member.canonical, lead.canonical, lead.symbol
        member.kind, member.issuer = kind, issuer
    for member in members:
        if member.issued_on is None and issued_on is not None:
            member.issued_on, member.borrowed = issued_on, True
            member.issuer = member.issuer or issuer
    return CitedDocument(
        canonical=lead.canonical,
        kind=kind,
        issued_on=issued_on,
        issuer=issuer,
        subject=_first([m.subject for m in members]),
        mentions=sorted(i for spelling in spellings for i in spelling),
    )


def _reference(doc: NormalisedDocument, mention: _Mention, cited_id: int) -> Reference:
    year = mention.symbol_year or (mention.issued_on.year if mention.issued_on else None)
    return Reference(
        **doc.quote(mention.start, mention.end),
        kind=mention.kind,
        canonical=mention.canonical,
        number=mention.number,
        year=year,
        symbol=mention.symbol,
        issued_on=mention.issued_on,
        issuer=mention.issuer,
        subject=mention.subject,
        clause=mention.clause,
        cited_id=cited_id,
        date_from_full_mention=mention.borrowed,
        canonical_printed=mention.canonical_printed,
    )


def find_references(
    doc: NormalisedDocument,
    own_canonical: Optional[str] = None,
    province: Optional[str] = None,
    own_symbol: Optional[str] = None,
) -> tuple[list[Reference], list[CitedDocument]]:
    """Every mention of another document in `doc`, and the cited documents they group into.

    own_canonical: the document's own number (`123/BC-SCT`), never a reference; own_symbol: its symbol
    (`UBND-VX`), which tells the document itself in an appendix's caption (`(Kèm theo Công văn số:
    214/UBND-VX ...)`) when its number is handwritten or blank. province: the document's province, to
    resolve an issuer printed as `Ủy ban nhân dân tỉnh`.
    """
    mentions = _candidates(doc, own_canonical, own_symbol)
    for i, mention in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(doc.key)
        _read_context(doc, mention, max(limit, mention.id_end), province)
    _share_list_issuer(doc, mentions)
    cited_of: dict[int, int] = {}
    cited = []
    for cited_id, spellings in enumerate(_group(doc, mentions)):
        cited.append(_cited(mentions, spellings))
        cited_of.update({i: cited_id for spelling in spellings for i in spelling})
    references = [_reference(doc, mention, cited_of[i]) for i, mention in enumerate(mentions)]
    return references, cited
