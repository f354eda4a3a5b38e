"""Check stage: recompute what the document states — totals against parts, lists against counts.

Only relations the text itself states are checked (see the modules for each form); a difference
is reported with its size, and flagged when it is within the rounding of the printed figures.
"""

from __future__ import annotations

import logging

from extract.check.bare_figures import bare_figures
from extract.check.body_lists import body_lists
from extract.check.clause_sums import clause_sums
from extract.check.complements import complements
from extract.check.figures import Fig, from_amount, from_count
from extract.check.footnote_lists import footnote_lists
from extract.check.footnote_sums import footnote_sums
from extract.check.headed_breakdowns import headed_breakdowns
from extract.check.line_lists import line_lists
from extract.check.ratio_sums import ratio_sums
from extract.check.ratio_totals import ratio_totals
from extract.check.shares import shares
from extract.check.tables import table_sums
from extract.check.text_rates import percentage_fig, text_rates
from extract.check.weight_shares import weight_shares
from extract.normalise.document import NormalisedDocument
from schemas.models import Check, Record

log = logging.getLogger(__name__)

__all__ = ["run_checks"]


def _dedupe(checks: list[Check]) -> list[Check]:
    """One check per check kind and set of figures (a relation may be written in two ways at once)."""
    seen: set[tuple] = set()
    unique = []
    for check in checks:
        key = (check.check, tuple((f.role, f.start, f.end) for f in check.figures))
        if key not in seen:
            seen.add(key)
            unique.append(check)
    return unique


def run_checks(doc: NormalisedDocument, record: Record) -> list[Check]:
    """Every check the document's own statements call for, in text order of their stated figure."""
    # a flagged figure has no value (malformed, or beyond plausibility): nothing to check it with
    money = sorted((from_amount(a) for a in record.amounts if not a.in_table and a.value_vnd is not None),
                   key=lambda f: f.start)
    counts: list[Fig] = sorted((from_count(c) for c in record.counts if not c.in_table and c.value is not None),
                               key=lambda f: f.start)
    items = [*record.amounts, *record.counts, *record.percentages, *record.ratios, *record.references]
    bare = bare_figures(doc, [(i.start, i.end) for i in items])
    labelled = sorted(counts + bare, key=lambda f: f.start)
    starts = sorted(
        {f.start for f in money + labelled} | {p.start for p in record.percentages} | {r.start for r in record.ratios}
    )
    checks = clause_sums(doc, money, labelled, starts)
    checks += line_lists(doc, money, counts, starts)
    checks += headed_breakdowns(doc, checks, labelled)
    body_percentages = [p for p in record.percentages if doc.kind_at(p.start) != "table"]
    body_ratios = [r for r in record.ratios if doc.kind_at(r.start) != "table"]
    pcts = sorted((percentage_fig(p) for p in body_percentages), key=lambda f: f.start)
    checks += shares(doc, checks, pcts)
    checks += weight_shares(doc, pcts)
    checks += complements(doc, money, labelled, pcts)
    shared = {f.start for c in checks if c.check in ("share", "rate") for f in c.figures}
    checks += text_rates(doc, money, counts, body_percentages, body_ratios, starts, shared)
    checks += ratio_sums(doc, body_ratios)
    checks += ratio_totals(doc, counts, body_ratios)
    checks += table_sums(record.tables)
    checks += body_lists(doc, counts)
    checks += footnote_lists(doc, counts, record.footnote_markers, record.footnotes)
    checks += footnote_sums(doc, counts, record.footnote_markers, record.footnotes)
    checks = _dedupe(checks)
    log.debug("%d checks, %d failed", len(checks), sum(1 for c in checks if c.status == "fail"))
    return sorted(checks, key=lambda c: c.figures[0].start if c.figures else 0)
