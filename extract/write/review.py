"""Self-contained HTML review pages: one per document, and an index page for the run.

A document's page shows its checks at the top (pass / fail / within rounding), each linking to
the figures it used, the tables whose cells a check used (total and summed cells marked on the
table itself), then the normalised text with every extraction highlighted by kind (a
legend gives the colours) and its parsed value in the highlight's tooltip; footnote markers link
to their footnote. Inline CSS only, no script, no external asset: it opens offline in any browser.

Rendered here rather than with displaCy: spans overlap (a check's figure is also an amount, a
footnote item lies inside a footnote) and need ids, links and tooltips, which displaCy's span
renderer does not give; and it would emit one element per token for a 100 000-character text.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd

from extract.write.atomic import write_text_atomic
from extract.write.review_tables import CSS as TABLE_CSS
from extract.write.review_tables import checked_tables
from schemas.models import Check, Flag, Header, Quoted, Record

# kind → (legend label, background colour); order = nesting order when two spans share a range
KINDS: dict[str, tuple[str, str]] = {
    "footnote": ("Footnote", "#f4f4f4"),
    "reference": ("Reference", "#cfe2ff"),
    "amount": ("Money", "#c8efc8"),
    "count": ("Count", "#ffe3a3"),
    "percentage": ("Percentage", "#e0d4f7"),
    "ratio": ("Ratio", "#d4eef7"),
    "marker": ("Footnote marker", "#f7c6e3"),
    "item": ("Footnote list item", "#fff7d6"),
    "figure": ("Figure used by a check", "transparent"),
}
HIGHLIGHTS = ("reference", "amount", "count", "percentage", "ratio", "marker")

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:1.5em auto;max-width:72em;
 padding:0 1em;color:#222;line-height:1.5}
h1{font-size:1.35em;margin-bottom:.2em} h2{font-size:1.1em;margin-top:1.4em}
.meta{color:#555;font-size:.9em}
table{border-collapse:collapse;font-size:.88em;width:100%} th,td{border:1px solid #ccc;padding:.25em .45em;
 vertical-align:top;text-align:left} th{background:#f0f0f0}
.status{font-weight:bold;white-space:nowrap;padding:0 .4em;border-radius:3px}
.pass{background:#c8efc8;color:#145214} .fail{background:#f7c8c8;color:#7a1010}
.rounding{background:#ffe3a3;color:#6b4a00}
.legend span{display:inline-block;margin:0 .8em .3em 0;padding:0 .4em;border-radius:3px;font-size:.9em}
.text{white-space:pre-wrap;font-family:Georgia,"Times New Roman",serif;font-size:1em;border-top:1px solid #ddd;
 padding-top:1em}
mark{color:inherit;border-radius:2px;padding:0 1px}
mark.figure{outline:2px dashed #c0392b;outline-offset:1px;background:transparent}
mark.footnote{display:inline}
mark:target{outline:3px solid #e67e22;outline-offset:2px}
td a{margin-right:.3em} td.num{text-align:right;white-space:nowrap} summary{cursor:pointer;color:#555}
"""


@dataclass(frozen=True)
class Span:
    """One highlight: its range, kind, tooltip, optional anchor id and link."""

    start: int
    end: int
    kind: str
    title: str
    anchor: Optional[str] = None
    href: Optional[str] = None


def _money(value: Optional[int]) -> str:
    return "no value" if value is None else f"{value:,}".replace(",", ".") + " đồng"


def _flagged(title: str, flags: list[Flag]) -> str:
    """`title`, then the reason of each flag: why a figure has no value."""
    return " · ".join([title, *(f"{flag.name}: {flag.reason}" for flag in flags)])


def _figure_id(start: int, end: int) -> str:
    return f"fig-{start}-{end}"


def _span(item: Quoted, kind: str, title: str, href: Optional[str] = None) -> Span:
    """The highlight of an extracted item, anchored as `<kind>-<start>-<end>`."""
    return Span(item.start, item.end, kind, title, anchor=f"{kind}-{item.start}-{item.end}", href=href)


def _record_spans(record: Record) -> list[Span]:
    """Highlights for every extraction of the record."""
    spans: list[Span] = []
    for r in record.references:
        date = r.issued_on.isoformat() if r.issued_on else ""
        parts = [f"{r.kind} {r.canonical}", date, r.issuer or "", r.clause or ""]
        spans.append(_span(r, "reference", " · ".join(p for p in parts if p)))
    for a in record.amounts:
        spans.append(_span(a, "amount", _flagged(_money(a.value_vnd) + (f" · {a.purpose}" if a.purpose else ""), a.flags)))
    for c in record.counts:
        spans.append(_span(c, "count", _flagged(f"{'no value' if c.value is None else c.value} × {c.noun}", c.flags)))
    for p in record.percentages:
        spans.append(_span(p, "percentage", f"{p.value} %"))
    for q in record.ratios:
        spans.append(_span(q, "ratio", f"{q.numerator} / {q.denominator}"))
    for m in record.footnote_markers:
        spans.append(_span(m, "marker", f"footnote {m.footnote}", href=f"#fn-{m.footnote}"))
    for f in record.footnotes:
        spans.append(Span(f.start, f.end, "footnote", f"footnote {f.footnote}", anchor=f"fn-{f.footnote}"))
        for i in f.items:
            details = [i.product or "", i.producer or "", i.address or ""]
            spans.append(_span(i, "item", f"item {i.item}: " + " · ".join(d for d in details if d)))
    return spans


def _figure_spans(checks: list[Check]) -> list[Span]:
    """One outlined, anchored span per distinct figure used by the checks."""
    used: dict[tuple[int, int], list[str]] = {}
    for n, check in enumerate(checks, 1):
        for f in check.figures:
            used.setdefault((f.start, f.end), []).append(f"check {n} ({check.check}, {f.role})")
    return [Span(s, e, "figure", "; ".join(who), anchor=_figure_id(s, e)) for (s, e), who in used.items()]


def _open_tag(span: Span, with_anchor: bool) -> str:
    attrs = [f'class="{span.kind}"', f'title="{html.escape(span.title)}"']
    if span.anchor and with_anchor:
        attrs.append(f'id="{span.anchor}"')
    tag = "a" if span.href else "mark"
    if span.href:
        attrs.append(f'href="{span.href}"')
    return f"<{tag} {' '.join(attrs)}>" if tag == "mark" else f"<a {' '.join(attrs)}><mark class=\"{span.kind}\">"


def _close_tag(span: Span) -> str:
    return "</mark></a>" if span.href else "</mark>"


def render_text(text: str, spans: Iterable[Span]) -> str:
    """The text, escaped, with the spans as properly nested elements (a crossing span is split)."""
    order = list(KINDS)
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    valid.sort(key=lambda s: (s.start, -s.end, order.index(s.kind)))
    bounds = sorted({0, len(text)} | {s.start for s in valid} | {s.end for s in valid})
    out: list[str] = []
    stack: list[Span] = []
    anchored: set[Span] = set()
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in valid if s.start <= a and s.end >= b]
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend(_close_tag(s) for s in reversed(stack[keep:]))
        for s in active[keep:]:
            out.append(_open_tag(s, s not in anchored))
            anchored.add(s)
        stack = active
        out.append(html.escape(text[a:b]))
    out.extend(_close_tag(s) for s in reversed(stack))
    return "".join(out)


def _status(check: Check) -> str:
    if check.status == "pass":
        return '<span class="status pass">pass</span>'
    if check.within_rounding:
        return '<span class="status rounding">fail · within rounding</span>'
    return '<span class="status fail">fail</span>'


def display_number(value: str) -> str:
    """A check's figure for reading: thousands grouped with '.', decimal ',' (the raw value is in checks.csv)."""
    negative = value.startswith("-")
    integer, _, decimals = value.lstrip("-").partition(".")
    if not integer.isdigit():
        return value
    grouped = f"{int(integer):,}".replace(",", ".")
    return ("−" if negative else "") + grouped + (f",{decimals}" if decimals else "")


def _figure_links(check: Check) -> str:
    """Links to the figures: the stated ones, then the parts (folded away when there are many)."""
    def link(f) -> str:
        label = f.text if f.role == "stated" or len(f.text) < 40 else f.text[:37] + "…"
        return f'<a href="#{_figure_id(f.start, f.end)}" title="{html.escape(f.role)}: {html.escape(f.value)}">' \
               f"{html.escape(label)}</a>"
    stated = " ".join(link(f) for f in check.figures if f.role == "stated")
    parts = [link(f) for f in check.figures if f.role == "part"]
    whole = [link(f) for f in check.figures if f.role == "whole"]
    if whole:
        return f"{stated} = {' + '.join(parts)} / {' '.join(whole)}"
    if len(parts) > 6:
        return f"{stated}<details><summary>{len(parts)} parts</summary>{' '.join(parts)}</details>"
    return f"{stated} = {' + '.join(parts)}" if parts else stated


def _checks_table(checks: list[Check]) -> str:
    if not checks:
        return "<p>No check: the document states no total with its parts and no counted list.</p>"
    rows = []
    for n, c in enumerate(checks, 1):
        unit = f" {html.escape(c.unit)}" if c.unit else ""
        rows.append(
            f'<tr class="check" id="check-{n}"><td>{n}</td><td>{_status(c)}</td><td>{html.escape(c.check)}</td>'
            f'<td class="num">{display_number(c.stated)}{unit}</td>'
            f'<td class="num">{display_number(c.computed)}{unit}</td>'
            f'<td class="num">{display_number(c.difference)}{unit}</td><td>{html.escape(c.detail)}</td>'
            f"<td>{_figure_links(c)}</td></tr>"
        )
    head = "<tr><th>#</th><th>status</th><th>check</th><th>stated</th><th>computed</th><th>difference</th>"
    return f"<table>{head}<th>detail</th><th>figures</th></tr>{''.join(rows)}</table>"


def _legend() -> str:
    items = [f'<span class="{k}" style="background:{KINDS[k][1]}">{KINDS[k][0]}</span>' for k in (*HIGHLIGHTS, "item")]
    items.append('<span style="outline:2px dashed #c0392b">figure used by a check</span>')
    return f'<div class="legend">{"".join(items)}</div>'


def _page(title: str, body: str) -> str:
    colours = "".join(f"mark.{k}{{background:{c}}}" for k, (_, c) in KINDS.items() if k != "figure")
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_CSS}{TABLE_CSS}{colours}</style></head><body>{body}</body></html>\n"
    )


def _header_table(header: Header) -> str:
    """The document's own header and closing fields, as found (blank number/date said as such)."""
    number = header.number.value if header.number else ("(blank: unnumbered draft)" if header.number_blank else "")
    issued = header.issued_on.isoformat() if header.issued_on else ("(blank day)" if header.date_blank else "")
    rows = [
        ("type", header.doc_type), ("issuer", header.issuer), ("parent body", header.parent_issuer),
        ("number", number), ("symbol", header.symbol), ("place", header.place), ("date", issued),
        ("title", header.title), ("authority", header.authority), ("signer title", header.signer_title),
        ("signer", header.signer),
    ]
    cells = "".join(
        f"<tr><th>{name}</th><td>{html.escape(value if isinstance(value, str) else value.value)}</td></tr>"
        for name, value in rows
        if value
    )
    return f'<table class="header">{cells}</table>' if cells else "<p>No header fields found.</p>"


def _tables_section(record: Record) -> str:
    """The tables the checks used, drawn with their checked cells marked ('' when none)."""
    tables = checked_tables(record.tables, record.checks)
    return f"<h2>Checked tables</h2>{tables}" if tables else ""


def review_html(record: Record, text: str) -> str:
    """The review page of one document, as a string."""
    passed = sum(c.status == "pass" for c in record.checks)
    counts = (
        f"{len(record.references)} references · {len(record.amounts)} amounts · {len(record.counts)} counts · "
        f"{len(record.footnote_markers)} footnote markers · {len(record.footnotes)} footnotes · "
        f"{passed}/{len(record.checks)} checks pass"
    )
    header = (
        f"<h1>{html.escape(record.doc_id)}</h1><p class=\"meta\">{html.escape(record.source)} · status "
        f"{html.escape(record.status)}{' — ' + html.escape(record.error) if record.error else ''}"
        f" · {record.pages} pages"
        f" ({record.ocr_pages} OCR) · {counts}</p>"
    )
    spans = _record_spans(record) + _figure_spans(record.checks)
    body = (
        f"{header}<h2>Document</h2>{_header_table(record.header)}"
        f"<h2>Checks</h2>{_checks_table(record.checks)}{_tables_section(record)}<h2>Text</h2>{_legend()}"
        f'<div class="text">{render_text(text, spans)}</div>'
    )
    return _page(f"{record.doc_id} — review", body)


def write_review_page(record: Record, text: str, path: Path) -> None:
    """Write the review page of one document (atomically)."""
    write_text_atomic(path, review_html(record, text))


def _review_link(record: Record, index: Path) -> str:
    """The document's name, linked to its review page when it has one (a failed document has none).

    Review pages live in the folder `review`: the index's own folder when it is that folder,
    else `review/` beside the index; the link is relative, so the run's folder can be moved.
    """
    name = html.escape(record.doc_id)
    if record.status != "ok":
        return name
    folder = index.parent if index.parent.name == "review" else index.parent / "review"
    href = os.path.relpath(folder / f"{record.doc_id}.html", index.parent).replace(os.sep, "/")
    return f'<a href="{html.escape(href)}">{name}</a>'


def _doc_links(doc_ids: Iterable[str], index: Path, by_id: dict[str, Record]) -> str:
    """Batch documents as links to their review pages, each once, in order."""
    return ", ".join(_review_link(by_id[doc_id], index) for doc_id in dict.fromkeys(doc_ids) if doc_id in by_id)


def write_index_page(records: list[Record], path: Path, links: Optional[pd.DataFrame] = None) -> None:
    """Write the run's index page: one row per document, linking its review page, what it cites in the batch
    and what in the batch cites it."""
    by_id = {r.doc_id: r for r in records}
    pairs = [] if links is None else list(zip(links["doc_id"], links["cited_doc_id"]))
    rows = []
    for r in records:
        passed = sum(c.status == "pass" for c in r.checks)
        failed = len(r.checks) - passed
        cites = _doc_links((cited for citing, cited in pairs if citing == r.doc_id), path, by_id)
        cited_by = _doc_links((citing for citing, cited in pairs if cited == r.doc_id), path, by_id)
        rows.append(
            f"<tr><td>{_review_link(r, path)}</td>"
            f'<td><span class="status {"pass" if r.status == "ok" else "fail"}">{html.escape(r.status)}</span>'
            f"{' ' + html.escape(r.error) if r.error else ''}</td><td>{r.pages}</td><td>{r.ocr_pages}</td>"
            f"<td>{html.escape(r.header.doc_type.value if r.header.doc_type else '')}</td>"
            f"<td>{len(r.references)}</td><td>{len(r.amounts)}</td><td>{len(r.counts)}</td><td>{len(r.footnotes)}</td>"
            f"<td>{passed}</td><td>{failed}</td><td>{cites}</td><td>{cited_by}</td></tr>"
        )
    head = (
        "<tr><th>document</th><th>status</th><th>pages</th><th>OCR pages</th><th>type</th><th>references</th>"
        "<th>amounts</th><th>counts</th><th>footnotes</th><th>checks pass</th><th>checks fail</th>"
        "<th>cites in this batch</th><th>cited by</th></tr>"
    )
    body = (
        f'<h1>Review of the run</h1><p class="meta">{len(records)} documents</p>'
        f"<table>{head}{''.join(rows)}</table>"
    )
    write_text_atomic(path, _page("baocao — review index", body))
