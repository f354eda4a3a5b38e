"""OCR of genuine scans against hand transcripts: character and word accuracy, references and amounts F1,
and CPU seconds per page against a raw `tesseract` call on the same page images.

For each scan with transcripts in tests/gold/scans/ (`<doc>.p<N>.txt`: the printed text of page N, read from
the page image by eye; handwriting left out, a table row as its cells joined by ` | `):

- our OCR: each page read the way the pipeline reads it (`ocr_pdf_page`, in this process, Tesseract with one
  thread), the document then finished as a whole with the OCR repairs (`finish_pages`); CPU seconds of this
  process and its Tesseract children;
- raw: the page rendered at the same resolution, without any preparation, given to
  `tesseract IMAGE stdout -l vie` (one thread); CPU seconds of that call;
- accuracy = 1 - edit distance / transcript length, over characters and over words (rapidfuzz), after both
  sides are put in one form: NFC, dashes as `-`, curly quotes straight, cell bars dropped, whitespace runs as
  one space; a phone number (elided in the transcript) as one token;
- references and amounts F1, header fields right: the pages normalised and parsed as the pipeline does, scored
  on the evaluation's gold (tests/gold/references.py, amounts.py, header.py) with its matching (tools/evaluate.py).

Page images (png, jpg, tif) are wrapped losslessly into a PDF (img2pdf) and read like a scanned PDF.
The machine may be shared: CPU time, not wall time, is compared.

    python -m tools.bench_scans [--details] [SCAN ...]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import pypdfium2 as pdfium
import regex
from rapidfuzz.distance import Levenshtein

from extract.normalise import normalise
from extract.parse import parse_document
from extract.read.model import RawDocument, RawPage
from extract.read.ocr import finish_pages
from extract.read.ocr_image import bounded_dpi, render_dpi, scan_dpi
from extract.read.ocr_page import LANGUAGE, ocr_pdf_page
from tests.gold import header as gold_header
from tests.gold import references as gold_references
from tools.evaluate import Score, one_to_one, real_gold

PROJECT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("BAOCAO_SHARED", PROJECT.parent / "shared"))
GOLD = PROJECT / "tests" / "gold" / "scans"
DEFAULT_SCANS = [
    SHARED / "real" / "lc09_bct_cv_2265_atmt_gp_hhnh_2026-04_scan.pdf",
    SHARED / "real" / "hcm01_dct_kh_753_khao_sat_hai_long_2026-06_scan.pdf",
    SHARED / "archive" / "vb06_bca_cv_5689_c04_dau_tu_cong_ctmtqg_2025-12_scan.pdf",
    SHARED / "archive" / "kk01_bvdk_bacninh_cv_6191_bvt-tckt_2021-09_scan.png",
]
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")

_DASHES = regex.compile(r"[\u2010-\u2015\u2212]")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
_PHONE = regex.compile(r"\b0\d{2,3}[. ]?\d{3}[. ]?\d{3,4}\b")
_CELL_BAR = regex.compile(r"\s\|\s")


def canonical_text(text: str) -> str:
    """One form for transcript and OCR alike (see the module's docstring)."""
    text = unicodedata.normalize("NFC", text).translate(_QUOTES)
    text = _PHONE.sub("⟨phone⟩", _DASHES.sub("-", text))
    return " ".join(_CELL_BAR.sub(" ", f" {text} ").split())


def accuracy(found: str, gold: str) -> tuple[float, float]:
    """(character accuracy, word accuracy) of `found` against `gold`, both in canonical form."""
    found, gold = canonical_text(found), canonical_text(gold)
    characters = 1 - Levenshtein.distance(found, gold) / max(1, len(gold))
    words = 1 - Levenshtein.distance(found.split(), gold.split()) / max(1, len(gold.split()))
    return characters, words


def _cpu() -> float:
    """CPU seconds so far of this process and of its waited-for children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def raw_tesseract(pdf: Path, number: int, folder: Path) -> tuple[str, float]:
    """(text, CPU seconds) of a plain `tesseract` call on the page rendered at the pipeline's resolution."""
    with pdfium.PdfDocument(str(pdf)) as document:
        page = document[number - 1]
        dpi = bounded_dpi(render_dpi(scan_dpi(page)), *page.get_size())
        image_path = folder / f"page{number}.png"
        page.render(scale=dpi / 72.0).to_pil().save(image_path, dpi=(dpi, dpi))
    started = _cpu()
    result = subprocess.run(
        ["tesseract", str(image_path), "stdout", "-l", LANGUAGE, "--dpi", str(round(dpi))],
        capture_output=True, text=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"},
    )
    return result.stdout, _cpu() - started


@dataclass
class ScanResult:
    name: str
    page_count: int = 0
    pages: list[int] = field(default_factory=list)  # the pages with a transcript
    ours: list[tuple[float, float]] = field(default_factory=list)  # (characters, words) per page
    raw: list[tuple[float, float]] = field(default_factory=list)
    our_seconds: float = 0.0
    raw_seconds: float = 0.0
    references: Optional[Score] = None
    amounts: Optional[Score] = None
    header: dict[str, bool] = field(default_factory=dict)  # header field with gold → found right
    details: list[str] = field(default_factory=list)


def transcripts(stem: str) -> dict[int, str]:
    """Page number → hand transcript of the scan whose file name starts with `stem` (`lc09`)."""
    found = {}
    for path in GOLD.glob(f"{stem}.p*.txt"):
        found[int(path.stem.rsplit(".p", 1)[1])] = path.read_text(encoding="utf-8")
    return found


def _as_pdf(scan: Path, folder: Path) -> Path:
    """The scan itself, or a page image wrapped losslessly into a one-page PDF at its stated resolution."""
    if scan.suffix.lower() not in IMAGE_SUFFIXES:
        return scan
    import img2pdf

    pdf = folder / "image.pdf"
    pdf.write_bytes(img2pdf.convert(str(scan)))
    return pdf


def _page_text(page: RawPage) -> str:
    return "\n".join(line.text for line in page.lines)


def bench_scan(scan: Path, text_folder: Optional[Path] = None) -> ScanResult:
    """Accuracy, F1 and CPU time of our OCR and of raw Tesseract on one scan."""
    stem = scan.name.split("_")[0]
    result = ScanResult(scan.name)
    gold_pages = transcripts(stem)
    os.environ["OMP_THREAD_LIMIT"] = "1"
    with tempfile.TemporaryDirectory(prefix="bench-scans-") as folder:
        pdf = _as_pdf(scan, Path(folder))
        with pdfium.PdfDocument(str(pdf)) as document:
            count = len(document)
        result.page_count = count
        pages = []
        for number in range(1, count + 1):
            started = _cpu()
            pages.append(ocr_pdf_page((pdf, number)))
            result.our_seconds += _cpu() - started
            raw_text, seconds = raw_tesseract(pdf, number, Path(folder))
            result.raw_seconds += seconds
            if number in gold_pages:
                result.raw.append(accuracy(raw_text, gold_pages[number]))
        finish_pages(pages)
    for page in pages:
        if text_folder is not None:
            (text_folder / f"{stem}.p{page.number}.txt").write_text(_page_text(page) + "\n", encoding="utf-8")
        if page.number in gold_pages:
            result.pages.append(page.number)
            result.ours.append(accuracy(_page_text(page), gold_pages[page.number]))
    _score_fields(result, pages)
    return result


def _score_fields(result: ScanResult, pages: list[RawPage]) -> None:
    """References and amounts found in the pages, scored against the evaluation's gold."""
    gold = real_gold(result.name)
    doc = normalise(RawDocument(pages=pages, format="pdf"))
    fields = parse_document(doc)
    for name, value in (gold.header or {}).items():
        found = gold_header.header_value(doc, fields.header, name)
        result.header[name] = found == value
        if found != value:
            result.details.append(f"  header {name}: found {found!r}, gold {value!r}")
    if gold.references is not None:
        result.references, extra, missed = one_to_one(
            fields.references, gold.references, lambda ref, expected: gold_references.matches(ref, *expected)
        )
        if extra or missed:
            result.details.append(f"  refs missed {missed}; extra {[(r.canonical, r.issued_on) for r in extra]}")
    if gold.amounts is not None:
        found = [(a.value_vnd, a.number_text) for a in fields.amounts]
        result.amounts, extra, missed = one_to_one(found, gold.amounts, lambda item, expected: item == expected)
        if extra or missed:
            result.details.append(f"  amounts missed {missed}; extra {extra}")


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def _f1(score: Optional[Score]) -> str:
    return "   -" if score is None else f"{score.f1:4.2f} ({score.hits}/{score.gold}, {score.found} found)"


def _header(fields: dict[str, bool]) -> str:
    return f"{sum(fields.values()):>2}/{len(fields):<3}" if fields else "  -   "


def report(results: list[ScanResult], details: bool) -> list[str]:
    """One row per scan, then the totals: accuracy weighted by page, F1 micro-averaged, CPU seconds per page."""
    rows = [f"{'scan':<8}{'pages':>6}{'chars':>8}{'words':>8}{'raw ch':>8}{'raw wd':>8}"
            f"{'s/page':>8}{'raw s/p':>8}{'ratio':>7}  header  references / amounts F1"]
    for result in results:
        pages = max(1, result.page_count)
        our, raw = result.our_seconds / pages, result.raw_seconds / pages
        rows.append(
            f"{result.name.split('_')[0]:<8}{len(result.pages):>6}"
            f"{_mean([a for a, _ in result.ours]):>8.4f}{_mean([w for _, w in result.ours]):>8.4f}"
            f"{_mean([a for a, _ in result.raw]):>8.4f}{_mean([w for _, w in result.raw]):>8.4f}"
            f"{our:>8.2f}{raw:>8.2f}{our / raw if raw else float('nan'):>7.2f}  {_header(result.header)}  "
            f"{_f1(result.references)} / {_f1(result.amounts)}"
        )
        if details:
            rows += result.details
            rows += [f"  page {n}: chars {c:.4f} words {w:.4f}" for n, (c, w) in zip(result.pages, result.ours)]
    ours = [pair for r in results for pair in r.ours]
    raws = [pair for r in results for pair in r.raw]
    page_count = sum(r.page_count for r in results)
    our_seconds, raw_seconds = sum(r.our_seconds for r in results), sum(r.raw_seconds for r in results)
    references = sum((r.references for r in results if r.references), Score())
    amounts = sum((r.amounts for r in results if r.amounts), Score())
    rows.append(
        f"{'all':<8}{len(ours):>6}{_mean([a for a, _ in ours]):>8.4f}{_mean([w for _, w in ours]):>8.4f}"
        f"{_mean([a for a, _ in raws]):>8.4f}{_mean([w for _, w in raws]):>8.4f}"
        f"{our_seconds / max(1, page_count):>8.2f}{raw_seconds / max(1, page_count):>8.2f}"
        f"{our_seconds / raw_seconds if raw_seconds else float('nan'):>7.2f}  "
        f"{_header({f'{r.name}{k}': v for r in results for k, v in r.header.items()})}  {_f1(references)} / {_f1(amounts)}"
    )
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scans", type=Path, nargs="*")
    parser.add_argument("--details", action="store_true", help="missed and extra items, accuracy per page")
    parser.add_argument("--text", type=Path, help="write our OCR text of each page into this folder")
    args = parser.parse_args(argv)
    scans = [scan for scan in (args.scans or DEFAULT_SCANS) if scan.is_file()]
    for scan in set(args.scans or DEFAULT_SCANS) - set(scans):
        print(f"skipped {scan}: absent")
    if not scans:
        parser.error("no scan found (../shared holds the genuine scans)")
    print("\n".join(report([bench_scan(scan, args.text) for scan in scans], args.details)))


if __name__ == "__main__":
    main()
