"""Field-level precision, recall and F1 of the whole pipeline against the hand-checked gold of tests/gold/.

`python -m tools.evaluate [--real DIR] [--details]` (`make evaluate`): one pipeline run per document, on the seed
(corpus/seed.txt and its scan corpus/seed_scan.pdf) and on the genuine documents of ../shared/real, ../shared/signed
and ../shared/archive (skipped with a message where absent). Scored the way GROBID scores its fields, each found item matched one-to-one to a gold item:

- refs: references, on canonical + issued_on (a gold mention printed without a date accepts none, or a date
  borrowed from a full mention); soft: canonical only;
- amounts: value_vnd + number_text; soft: value_vnd only;
- counts: value + noun (ld01 on its hand-checked paragraphs only); soft: value, one noun a word-prefix of the
  other (`giấy` for `giấy chứng nhận`);
- footnote items (seed only): footnote, item, product, producer, address; soft: footnote, item, product;
- checks: cross-checks, on check kind + stated value + the parts' values, and the status (tests/gold/checks.py,
  the real documents and ../shared/archive); soft: without the status;
- header: exact-match accuracy of the header fields that have gold (tests/gold/header.py: EXPECTED, asserted by
  tests, and MEASURED; the scans' `HEADER` table of tests/real/test_real_scans.py too). A document no reader
  handles yet scores as nothing found, its error shown.

n is the number of gold items; a document without gold for a field shows `-` there. Overall rows are micro
averages (hits, found and gold summed over documents). With nothing to find and nothing found, P = R = 1.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Optional, Sequence

from extract.normalise.document import NormalisedDocument
from extract.pipeline import extract_record
from schemas.models import Record
from tests.gold import amounts as gold_amounts
from tests.gold import checks as gold_checks
from tests.gold import counts as gold_counts
from tests.gold import header as gold_header
from tests.gold import references as gold_references
from tests.gold import seed as gold_seed
from tests.real.test_real_scans import HEADER as SCAN_HEADER
from tests.shared import SHARED

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"
DEFAULT_REAL = SHARED / "real"
DEFAULT_ARCHIVE = SHARED / "archive"

Match = Callable[[Any, Any], bool]


def _header_gold() -> dict[str, dict[str, object]]:
    """Header gold by file name: the non-scanned documents', and the scans' (triples kept with the OCR tests)."""
    gold = {
        name: dict(fields)
        for name, fields in (gold_header.EXPECTED | gold_header.MEASURED | gold_header.ARCHIVE_SCANS).items()
    }
    for name, field_name, value in SCAN_HEADER:
        gold.setdefault(name, {})[field_name] = value
    return gold


HEADER_GOLD = _header_gold()


@dataclass
class Score:
    """Found, gold and matched item counts of one field; adds up over documents."""

    found: int = 0
    gold: int = 0
    hits: int = 0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.found + other.found, self.gold + other.gold, self.hits + other.hits)

    @property
    def precision(self) -> float:
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class Gold:
    """What is known by hand of one document; None where a field has no gold."""

    references: Optional[list[tuple[str, Optional[date]]]] = None
    amounts: Optional[list[tuple[int, str]]] = None  # (value_vnd, number_text)
    counts: Optional[list[tuple[Optional[str], list[tuple[int, str, str]]]]] = None  # (paragraph anchor, counts)
    footnote_items: Optional[list[tuple[str, int, str, str, str]]] = None
    checks: Optional[list[gold_checks.Total]] = None
    header: Optional[dict[str, object]] = None


@dataclass
class Outcome:
    """The scores of one document: strict and soft per field, header accuracy, misses for --details."""

    label: str
    real: bool
    seconds: float = 0.0
    strict: dict[str, Score] = field(default_factory=dict)
    soft: dict[str, Score] = field(default_factory=dict)
    header_fields: dict[str, bool] = field(default_factory=dict)  # header field → exactly right
    details: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def header(self) -> Optional[Score]:
        """Header accuracy as a score (found = gold = fields with gold), None without header gold."""
        if not self.header_fields:
            return None
        total = len(self.header_fields)
        return Score(total, total, sum(self.header_fields.values()))


def one_to_one(found: Sequence[Any], gold: Sequence[Any], same: Match) -> tuple[Score, list[Any], list[Any]]:
    """Match each gold item to the first unmatched found item it accepts: the score, extras and misses."""
    unmatched = list(found)
    missed = []
    for expected in gold:
        index = next((i for i, item in enumerate(unmatched) if same(item, expected)), None)
        if index is None:
            missed.append(expected)
        else:
            del unmatched[index]
    return Score(len(found), len(gold), len(gold) - len(missed)), unmatched, missed


def _noun_prefix(a: str, b: str) -> bool:
    """Whether one noun phrase is the other's first words (`giấy` / `giấy chứng nhận`)."""
    short, long = sorted((a.split(), b.split()), key=len)
    return long[: len(short)] == short


@dataclass(frozen=True)
class FieldSpec:
    """How one field is scored: its gold items (None: no gold), the items found, strict and soft matches."""

    gold: Callable[[Gold], Optional[list[Any]]]
    found: Callable[[Record, NormalisedDocument, Gold], list[Any]]
    strict: Match
    soft: Match


def _scoped_counts(record: Record, doc: NormalisedDocument, gold: Gold) -> list[tuple[int, str]]:
    """(value, noun) of the counts inside the gold's paragraphs (the whole text where the anchor is None)."""
    found = []
    for anchor, _ in gold.counts or []:
        start, end = gold_counts.paragraph_span(doc, anchor)
        found += [(c.value, c.noun) for c in record.counts if start <= c.start < end]
    return found


FIELDS: dict[str, FieldSpec] = {
    "refs": FieldSpec(
        gold=lambda g: g.references,
        found=lambda record, doc, g: record.references,
        strict=lambda ref, expected: gold_references.matches(ref, *expected),
        soft=lambda ref, expected: ref.canonical == expected[0],
    ),
    "amounts": FieldSpec(
        gold=lambda g: g.amounts,
        found=lambda record, doc, g: [(a.value_vnd, a.number_text) for a in record.amounts],
        strict=lambda item, expected: item == expected,
        soft=lambda item, expected: item[0] == expected[0],
    ),
    "counts": FieldSpec(
        gold=lambda g: None if g.counts is None else [(v, noun) for _, items in g.counts for v, noun, _ in items],
        found=_scoped_counts,
        strict=lambda item, expected: item == expected,
        soft=lambda item, expected: item[0] == expected[0] and _noun_prefix(item[1], expected[1]),
    ),
    "fn items": FieldSpec(
        gold=lambda g: g.footnote_items,
        found=lambda record, doc, g: [
            (note.footnote, i.item, i.product, i.producer, i.address) for note in record.footnotes for i in note.items
        ],
        strict=lambda item, expected: item == expected,
        soft=lambda item, expected: item[:3] == expected[:3],
    ),
    "checks": FieldSpec(
        gold=lambda g: g.checks,
        found=lambda record, doc, g: [(gold_checks.check_key(c), c.status) for c in record.checks],
        strict=lambda item, expected: item == (gold_checks.gold_key(expected), expected.status),
        soft=lambda item, expected: item[0] == gold_checks.gold_key(expected),
    ),
}


def _show(item: Any) -> Any:
    """A found item as the gold writes it, for --details."""
    return (item.canonical, item.issued_on) if hasattr(item, "canonical") else item


def evaluate(path: Path, gold: Gold, label: str, real: bool) -> Outcome:
    """Run the pipeline once on `path` and score every field that has gold; a failure scores as nothing found."""
    outcome = Outcome(label, real)
    started = time.perf_counter()
    try:
        record, doc = extract_record(path, path.stem, path.name)
    except Exception as error:  # noqa: BLE001 - one failed document must not stop the evaluation
        outcome.error = f"{type(error).__name__}: {error}"
        record, doc = None, None
    outcome.seconds = time.perf_counter() - started
    for name, spec in FIELDS.items():
        expected = spec.gold(gold)
        if expected is None:
            continue
        found = spec.found(record, doc, gold) if record is not None else []
        outcome.strict[name], extra, missed = one_to_one(found, expected, spec.strict)
        outcome.soft[name] = one_to_one(found, expected, spec.soft)[0]
        if extra or missed:
            outcome.details.append(f"  {name}: missed {missed}; extra {[_show(item) for item in extra]}")
    for name, value in (gold.header or {}).items():
        actual = gold_header.header_value(doc, record.header, name) if record is not None else None
        outcome.header_fields[name] = record is not None and actual == value
        if not outcome.header_fields[name]:
            outcome.details.append(f"  header {name}: found {actual!r}, gold {value!r}")
    return outcome


def _number_text(quote: str) -> str:
    """The number as printed of a gold amount quote: the quote starts with it (`332,01 tỷ đồng`)."""
    return quote.split()[0]


def seed_gold() -> Gold:
    """The seed's gold, for its text and for its scan alike."""
    return Gold(
        references=[(canonical, issued_on) for _, _, canonical, issued_on, _, _ in gold_seed.SEED_MENTIONS],
        amounts=[(value, _number_text(quote)) for value, quote, _ in gold_seed.AMOUNTS],
        counts=[(None, gold_seed.COUNTS)],
        footnote_items=[(label, *row[:4]) for label, rows in (("1", gold_seed.FOOTNOTE_1), ("2", gold_seed.FOOTNOTE_2))
                        for row in rows],
        header=gold_seed.HEADER,
        checks=gold_checks.EXPECTED["seed.txt"],
    )


def real_gold(name: str) -> Gold:
    """The gold of one genuine document (file name), from every gold table that holds it."""
    prefix = name.split("_")[0]
    table = next((tables[name] for tables in (gold_references.EXPECTED, gold_references.SCANNED,
                                                gold_references.ARCHIVE_SCANNED) if name in tables), None)
    amounts = gold_amounts.EXPECTED.get(prefix, gold_amounts.SCANNED.get(prefix))
    return Gold(
        references=None if table is None else gold_references.mentions(table),
        amounts=None if amounts is None else [(value, _number_text(quote)) for value, quote in amounts],
        counts=gold_counts.EXPECTED.get(prefix),
        checks=gold_checks.EXPECTED.get(name),
        header=HEADER_GOLD.get(name),
    )


def documents(real: Path, archive: Path) -> list[tuple[Path, Gold, str, bool]]:
    """(path, gold, label, genuine?) of every document with gold that is present; says what is skipped."""
    chosen = []
    for path in (CORPUS / "seed.txt", CORPUS / "seed_scan.pdf"):
        if path.is_file():
            chosen.append((path, seed_gold(), path.name, False))
        else:
            print(f"skipped {path}: absent (python -m tools.make_corpus builds it)")
    names = sorted(
        {*gold_references.EXPECTED, *gold_references.SCANNED, *gold_references.ARCHIVE_SCANNED, *HEADER_GOLD,
         *gold_checks.EXPECTED} - {"seed.txt"}
    )
    for folder in (real, archive):
        if not folder.is_dir():
            print(f"skipped the genuine documents of {folder}: absent (they live beside the project, not in it)")
    for name in names:
        path = next((folder / name for folder in (real, archive, SHARED / "signed") if (folder / name).is_file()), None)
        if path is not None:
            chosen.append((path, real_gold(name), name.split("_")[0] + path.suffix, True))
        elif real.is_dir():
            print(f"skipped {name}: absent from {real} and {archive}")
    return chosen


def _cell(score: Optional[Score]) -> str:
    """P R F1 n of a field, or dashes where it has no gold."""
    if score is None:
        return f"{'-':>4} {'-':>4} {'-':>4} {'-':>4}"
    return f"{score.precision:4.2f} {score.recall:4.2f} {score.f1:4.2f} {score.gold:4d}"


def _total(outcomes: list[Outcome], pick: Callable[[Outcome], Optional[Score]]) -> Optional[Score]:
    """The sum of one field's scores over documents (micro average), None where none has gold."""
    scores = [score for score in map(pick, outcomes) if score is not None]
    return sum(scores, Score()) if scores else None


def table(outcomes: list[Outcome], soft: bool) -> list[str]:
    """The rows of one table: a document per row, P R F1 n per field, then the micro averages over all
    documents and over the genuine ones; the strict table adds header accuracy and pipeline seconds."""
    names = list(FIELDS)
    title = "soft match" if soft else "strict match"
    head = f"{title:<16}" + "".join(f"| {name:<19}" for name in names)
    head += "" if soft else "| header   | seconds"
    rows = [head, f"{'':<16}" + "| P    R    F1   n   " * len(names) + ("" if soft else "| acc   n  |")]

    def row(label: str, group: list[Outcome]) -> str:
        scores = [_total(group, lambda o, n=name: (o.soft if soft else o.strict).get(n)) for name in names]
        line = f"{label:<16}" + "".join(f"| {_cell(score)} " for score in scores)
        if not soft:
            header = _total(group, lambda o: o.header)
            line += f"| {header.precision:4.2f} {header.gold:4d} " if header else f"| {'-':>4} {'-':>4} "
            line += f"| {sum(o.seconds for o in group):6.1f}"
        return line

    rows += [row(o.label + (" FAILED" if o.error else ""), [o]) for o in outcomes]
    rows.append(row("overall", outcomes))
    real = [o for o in outcomes if o.real]
    if real:
        rows.append(row("genuine only", real))
    return rows


def header_accuracy(outcomes: list[Outcome]) -> str:
    """Exact-match accuracy of each header field over the documents that have header gold."""
    names = list(dict.fromkeys(name for o in outcomes for name in o.header_fields))
    parts = []
    for name in names:
        marks = [o.header_fields[name] for o in outcomes if name in o.header_fields]
        parts.append(f"{name} {sum(marks)}/{len(marks)}")
    return "header fields right: " + ", ".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL, help="folder of the genuine documents")
    parser.add_argument("--archive", type=Path, default=DEFAULT_ARCHIVE, help="folder of the archive documents")
    parser.add_argument("--details", action="store_true", help="list the missed and extra items of every document")
    args = parser.parse_args(argv)
    outcomes = [evaluate(path, gold, label, real) for path, gold, label, real in documents(args.real, args.archive)]
    print("\n".join(table(outcomes, soft=False)))
    print()
    print("\n".join(table(outcomes, soft=True)))
    print()
    print(header_accuracy(outcomes))
    for outcome in outcomes:
        if outcome.error:
            print(f"{outcome.label}: failed: {outcome.error}")
        if args.details and outcome.details:
            print(outcome.label)
            print("\n".join(outcome.details))


if __name__ == "__main__":
    main()
