"""Seconds per OCR'd page with one worker process against two, and the speed-up of parallel pages.

Each run OCRs every page of each PDF through `ocr_pages` with BAOCAO_OCR_WORKERS set; Tesseract runs
single-threaded in each worker (OMP_THREAD_LIMIT=1). Default inputs: the scanned seed of corpus/
and the two genuine scans of ../shared/real when present.

    python -m tools.bench_ocr [PDF ...] [--workers 1 2]
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pypdfium2 as pdfium

from extract.read.ocr import ocr_pages
from extract.read.ocr_pool import WORKERS_VARIABLE

PROJECT = Path(__file__).resolve().parents[1]
REAL = PROJECT.parent / "shared" / "real"
DEFAULT_INPUTS = [
    PROJECT / "corpus" / "seed_scan.pdf",
    REAL / "lc09_bct_cv_2265_atmt_gp_hhnh_2026-04_scan.pdf",
    REAL / "hcm01_dct_kh_753_khao_sat_hai_long_2026-06_scan.pdf",
]


def _page_count(pdf: Path) -> int:
    with pdfium.PdfDocument(str(pdf)) as document:
        return len(document)


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


def seconds_per_page(pdfs: list[Path], workers: int) -> tuple[int, float, float]:
    """(pages, wall seconds per page, CPU seconds per page) for OCR of all `pdfs` with `workers`
    processes. CPU time (workers and their Tesseract runs) tells the work apart from the wait
    when other jobs share the machine."""
    previous = os.environ.get(WORKERS_VARIABLE)
    os.environ[WORKERS_VARIABLE] = str(workers)
    try:
        pages = 0
        started, cpu = time.perf_counter(), _children_cpu()
        for pdf in pdfs:
            count = _page_count(pdf)
            ocr_pages(pdf, list(range(1, count + 1)))
            pages += count
        count = max(1, pages)
        return pages, (time.perf_counter() - started) / count, (_children_cpu() - cpu) / count
    finally:
        if previous is None:
            os.environ.pop(WORKERS_VARIABLE, None)
        else:
            os.environ[WORKERS_VARIABLE] = previous


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdfs", type=Path, nargs="*")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args(argv)
    pdfs = [pdf for pdf in (args.pdfs or DEFAULT_INPUTS) if pdf.is_file()]
    if not pdfs:
        parser.error("no input PDF found (make the corpus, or give PDFs)")
    print(f"OCR of {', '.join(pdf.name for pdf in pdfs)} on {os.cpu_count()} cores")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'workers':>8} {'pages':>6} {'s/page':>8} {'cpu s/page':>11} {'speed-up':>9}")
    baseline: float | None = None
    for workers in args.workers:
        pages, per_page, cpu = seconds_per_page(pdfs, workers)
        baseline = baseline or per_page
        print(f"{workers:>8} {pages:>6} {per_page:>8.2f} {cpu:>11.2f} {baseline / per_page:>8.2f}x")


if __name__ == "__main__":
    main()
