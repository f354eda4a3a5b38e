"""Pydantic models of one document record: the single shape every writer and consumer relies on.

Every extracted item is a `Quoted` item: it says where it came from (1-based page, character
offsets into the normalised text written as text/<doc_id>.txt) and the text it quotes, so that
``text[start:end] == item.text`` holds for every item. Money is exact whole đồng (int), never float.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.0"


class Strict(BaseModel):
    """Base: unknown fields are an error, so a typo in a parser cannot slip into the output."""

    model_config = ConfigDict(extra="forbid")


class Quoted(Strict):
    """Where an item stands: page (1-based), [start, end) in the normalised text, the quoted text."""

    page: int = Field(ge=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    confidence: Optional[float] = Field(
        default=None, ge=0, le=100, description="OCR confidence (0-100) of the page, None for text layers"
    )

    @model_validator(mode="after")
    def _span_matches_text(self) -> "Quoted":
        if self.end - self.start != len(self.text):
            raise ValueError(f"span {self.start}:{self.end} does not fit quoted text of length {len(self.text)}")
        return self


class Flag(Strict):
    """Why an item is not to be trusted as it stands: a named rule and the reason it gives."""

    name: Literal["malformed_number", "amount_beyond_budget", "count_beyond_reports", "field_too_long"]
    reason: str


class HeaderField(Quoted):
    """One field of the document's own header or closing, with the printed text it came from."""

    value: str
    flags: list[Flag] = Field(default_factory=list, description="'field_too_long': cut at the bound, see the reason")
    source: Literal["printed", "stamp", "handwritten"] = Field(
        default="printed",
        description="where the value was read: the page's own text, a stamp drawn at signing (a signature "
        "widget's appearance), or handwriting read on a scan",
    )


class Header(Strict):
    """The document's own metadata (NĐ 30/2020/NĐ-CP, Điều 8). A blank number is a value: `number_blank`."""

    doc_type: Optional[HeaderField] = None
    parent_issuer: Optional[HeaderField] = None
    issuer: Optional[HeaderField] = None
    number: Optional[HeaderField] = None
    symbol: Optional[HeaderField] = Field(
        default=None, description="the codes after the number and year, as in references: QĐ-UBND, NĐ-CP, NQ/TU"
    )
    year: Optional[HeaderField] = Field(default=None, description="a year printed between number and symbol: 2014")
    canonical: Optional[str] = Field(
        default=None, description="number, year and symbol as references write them: 15/2014/QĐ-UBND, 34-NQ/TU"
    )
    number_blank: bool = Field(
        default=False,
        description="'Số:' with no printed number: left blank (an unnumbered draft) or filled in by hand and not read",
    )
    place: Optional[HeaderField] = None
    issued_on: Optional[date] = None
    issued_on_text: Optional[HeaderField] = None
    date_blank: bool = Field(
        default=False,
        description="date line with no printed day: left blank, or filled in by hand and not read",
    )
    title: Optional[HeaderField] = None
    recipients: list[HeaderField] = Field(default_factory=list)
    distribution: list[HeaderField] = Field(default_factory=list, description="'Nơi nhận' entries")
    authority: Optional[HeaderField] = Field(default=None, description="KT., TM., Q., TL., TUQ.")
    signer_title: Optional[HeaderField] = None
    signer: Optional[HeaderField] = None
    signer_rank: Optional[HeaderField] = Field(
        default=None, description="rank or degree printed before the signer's name: Đại tá, Thiếu tướng, TS., ThS."
    )


class Signature(Strict):
    """One digital signature of a PDF: the signer's certificate subject, the claimed signing time, integrity.

    Trust in the certificate chain is not established offline: `trust` is always `unknown`.
    """

    field: str = Field(description="the signature field's name")
    signer: Optional[str] = Field(default=None, description="certificate subject's common name: a person or a body")
    organisation: Optional[str] = Field(default=None, description="certificate subject's organisation")
    signed_by: Optional[str] = Field(default=None, description="signer and organisation where they differ")
    subject: Optional[str] = None
    issuer: Optional[str] = Field(default=None, description="the certificate authority that issued the certificate")
    signed_at: Optional[datetime] = Field(default=None, description="signing time claimed by the signer, with offset")
    reason: Optional[str] = None
    location: Optional[str] = None
    intact: Optional[bool] = Field(
        default=None, description="the signed byte range is unchanged (its digest is the signed one); None: not checked"
    )
    valid: Optional[bool] = Field(default=None, description="the signer's signature over the signed attributes holds")
    coverage: Optional[str] = Field(
        default=None, description="entire_file, or entire_revision when later revisions (more signatures) follow"
    )
    trust: Literal["unknown"] = "unknown"
    error: str = Field(default="", description="why the signature could not be read or checked, if it could not")


class Reference(Quoted):
    """One mention of another document."""

    kind: str = Field(description="document type in words: Quyết định, Nghị định, Công văn, ...")
    canonical: str = Field(description="number and symbol without spaces: 587/QĐ-UBND, 45/2012/NĐ-CP")
    number: str
    year: Optional[int] = None
    symbol: str = Field(description="the part after the number: QĐ-UBND, NĐ-CP, NQ/TU")
    issued_on: Optional[date] = None
    issuer: Optional[str] = None
    subject: Optional[str] = None
    clause: Optional[str] = Field(default=None, description="cited part: 'Khoản 2 Điều 3'")
    cited_id: int = Field(default=0, description="index into Record.cited_documents")
    date_from_full_mention: bool = Field(default=False, description="date/issuer borrowed from a full mention")
    canonical_printed: Optional[str] = Field(
        default=None, description="the number and symbol as read where OCR misread them and `canonical` was corrected"
    )


class CitedDocument(Strict):
    """One document cited by this one, with all its mentions (indices into Record.references)."""

    canonical: str
    kind: str
    issued_on: Optional[date] = None
    issuer: Optional[str] = None
    subject: Optional[str] = None
    mentions: list[int]


class Amount(Quoted):
    """An amount of money, exact in whole đồng; no value where a flag says the printed figure cannot be trusted."""

    value_vnd: Optional[int] = Field(
        description="whole đồng; None when the number is malformed or beyond the plausibility bound (see flags)"
    )
    number_text: str
    unit: str
    purpose: Optional[str] = Field(default=None, description="clause or table row the amount belongs to")
    funding_source: Optional[str] = None
    in_table: bool = False
    flags: list[Flag] = Field(default_factory=list, description="'malformed_number', 'amount_beyond_budget'")
    sheet: Optional[str] = Field(default=None, description="the spreadsheet sheet of the cell the amount is in")
    cell: Optional[str] = Field(default=None, description="the address of the spreadsheet cell the amount is in: 'C12'")


class Count(Quoted):
    """A counted quantity: '37 đề án'; no value where a flag says the printed figure cannot be trusted."""

    value: Optional[int] = Field(description="None when beyond the plausibility bound (see flags)")
    noun: str
    in_table: bool = False
    flags: list[Flag] = Field(default_factory=list, description="'count_beyond_reports'")


class Percentage(Quoted):
    value: str = Field(description="decimal as a string, exact: '76.3'")


class Ratio(Quoted):
    numerator: int
    denominator: int


class FootnoteMarker(Quoted):
    """A footnote marker in the body, linked to its footnote by label."""

    footnote: str


class FootnoteItem(Quoted):
    """One item of a list inside a footnote; product/producer/address where it is a product list."""

    item: int
    product: Optional[str] = None
    producer: Optional[str] = None
    producer_shared: bool = Field(default=False, description="producer written once for consecutive items")
    address: Optional[str] = None


class Footnote(Quoted):
    footnote: str = Field(description="the footnote's label as printed: '1', '2', '*'")
    items: list[FootnoteItem] = Field(default_factory=list)


class Figure(Strict):
    """A figure a check used, and where it stands."""

    role: Literal["stated", "part", "whole"] = Field(description="whole: the denominator of a rate or share")
    value: str
    page: int
    start: int
    end: int
    text: str
    sheet: Optional[str] = Field(default=None, description="the spreadsheet sheet of the cell the figure is in")
    cell: Optional[str] = Field(default=None, description="the address of the spreadsheet cell the figure is in: 'C12'")


class Check(Strict):
    """A recomputation of something the document states: a total against its parts, a list against its count."""

    check: str = Field(description="sum, list_length, subset, table_sum, ...")
    status: Literal["pass", "fail"]
    stated: str
    computed: str
    difference: str
    within_rounding: bool = False
    unit: str = Field(default="", description="'đồng' for money, '' for counts")
    detail: str
    figures: list[Figure] = Field(default_factory=list)


class TableCell(Quoted):
    """A table cell: its row and column in the table (0-based), and for a spreadsheet its own address."""

    row: int
    column: int
    cell: Optional[str] = Field(default=None, description="a spreadsheet cell's address on its sheet: 'C12'")


class Table(Strict):
    page: int
    start: int
    end: int
    rows: int
    columns: int
    cells: list[TableCell]
    sheet: Optional[str] = Field(default=None, description="the spreadsheet sheet the table stands on")


class DocumentMetadata(Strict):
    """What the file says about itself (a PDF's Info dictionary), legacy TCVN3/VNI text decoded.

    Kept apart from the header: a metadata title is often not the document's (the first line Word
    proposed, which is the issuer's name, or "Microsoft Word - bc.doc"), so it never stands in for one.
    """

    title: Optional[str] = None
    author: Optional[str] = None
    subject: Optional[str] = None
    keywords: Optional[str] = None
    creator: Optional[str] = Field(default=None, description="the program the document was written in")
    producer: Optional[str] = Field(default=None, description="the program that made the PDF")
    created: Optional[datetime] = None
    modified: Optional[datetime] = None
    decoded_from: dict[str, str] = Field(
        default_factory=dict, description="each field stored in a legacy encoding and decoded: {'title': 'tcvn3'}"
    )
    stored: dict[str, str] = Field(
        default_factory=dict, description="each decoded field as the file stores it (legacy bytes as characters)"
    )


class Place(Quoted):
    """Where a statement stands; on a spreadsheet, its cell too."""

    sheet: Optional[str] = None
    cell: Optional[str] = Field(default=None, description="a spreadsheet cell's address: 'C8'")


class DocumentWarning(Strict):
    """The document disagrees with itself in a way that decides how it was read: two unit notes over one
    table naming different units. What was applied is kept; both places are given."""

    kind: Literal["unit_conflict"]
    detail: str
    table: int = Field(description="index into Record.tables")
    applied: Place = Field(description="the statement the figures were read by")
    overridden: list[Place] = Field(description="statements that disagree with it, not applied")


class Record(Strict):
    """Everything the pipeline knows about one input document."""

    schema_version: str = SCHEMA_VERSION
    doc_id: str
    source: str
    sha256: str
    status: Literal["ok", "failed"]
    error: str = ""
    pages: int = 0
    ocr_pages: int = 0
    text_chars: int = 0
    header: Header = Field(default_factory=Header)
    metadata: Optional[DocumentMetadata] = Field(
        default=None, description="the file's own metadata (PDF Info dictionary); None when it has none"
    )
    signatures: list[Signature] = Field(default_factory=list, description="digital signatures, in signing order")
    references: list[Reference] = Field(default_factory=list)
    cited_documents: list[CitedDocument] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    percentages: list[Percentage] = Field(default_factory=list)
    ratios: list[Ratio] = Field(default_factory=list)
    footnote_markers: list[FootnoteMarker] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list)
    warnings: list[DocumentWarning] = Field(
        default_factory=list, description="where the document disagrees with itself (unit notes of one table)"
    )
