"""CPU time of each stage against a raw PDFium text read of the same pages, and peak memory.

`python -m tools.bench [--pdf PATH] [--pages 140] [--memory-pages 300]`

- Speed: a born-digital report (../shared/real/ld01 when present, else corpus/seed.pdf) is run
  through the pipeline (read, normalise, parse, check, validate, write) again and again until --pages pages
  have passed; each time, the same pages are also read raw with pypdfium2 (open, text page, all
  its text). CPU time of this process (not wall time: the machine is shared) per stage and end to
  end, as pages per CPU-second and as a ratio to the raw read. The language models are loaded
  once before the timed runs; their one-off load is shown apart.
- Memory: the report repeated into one PDF of at least --memory-pages pages goes through the
  pipeline (`python -m extract run`) in a fresh process; its peak resident memory is reported, beside
  that of corpus/seed.pdf (7 pages) run the same way: what the libraries and models take.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pypdfium2 as pdfium

from extract.pipeline import extract_record
from extract.write import write_document

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT.parent / "shared" / "real" / "ld01_ubnd_lamdong_bc_cchc_2025.pdf"
FALLBACK = ROOT / "corpus" / "seed.pdf"
STAGES = ("read", "normalise", "parse", "check", "validate", "write")


@dataclass
class Timing:
    """CPU seconds per stage of the pipeline and of the raw read, over `pages` pages."""

    pages: int = 0
    raw: float = 0.0
    stages: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STAGES, 0.0))

    def measure(self, stage: str, work: Callable[[], Any]) -> Any:
        started = time.process_time()
        result = work()
        self.stages[stage] += time.process_time() - started
        return result


def raw_read(path: Path) -> int:
    """Read every page's text with pypdfium2 and nothing else; returns the number of pages."""
    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        return len(pdf)
    finally:
        pdf.close()


def run_pipeline(timing: Timing, path: Path, out: Path) -> None:
    """One document through the pipeline's own stage chain and the writing of its outputs, timed."""
    record, doc = extract_record(path, path.stem, str(path), timing.measure)
    timing.measure("write", lambda: write_document(out, record, doc.text))


def speed(path: Path, min_pages: int) -> Timing:
    """The pipeline and the raw read, alternately, over the same pages until `min_pages` have passed."""
    timing = Timing()
    with tempfile.TemporaryDirectory() as out:
        while timing.pages < min_pages:
            started = time.process_time()
            pages = raw_read(path)
            timing.raw += time.process_time() - started
            run_pipeline(timing, path, Path(out))
            timing.pages += pages
    return timing


def repeated_pdf(path: Path, min_pages: int, target: Path) -> int:
    """Write `path` repeated into one PDF of at least `min_pages` pages at `target`; its page count."""
    source = pdfium.PdfDocument(path)
    merged = pdfium.PdfDocument.new()
    try:
        while len(merged) < min_pages:
            merged.import_pages(source)
        merged.save(target)
        return len(merged)
    finally:
        merged.close()
        source.close()


def peak_memory(path: Path, min_pages: int) -> tuple[int, float, float]:
    """Pages, peak resident MiB and CPU seconds of `python -m extract run` on `path` repeated to `min_pages`."""
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / f"{path.stem}_x{min_pages}.pdf"
        pages = repeated_pdf(path, min_pages, big)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "extract", "run", str(big), "--out", str(Path(tmp) / "out")],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return pages, after.ru_maxrss / 1024, cpu


def print_speed(path: Path, timing: Timing, model_load: float) -> None:
    total = sum(timing.stages.values())
    print(f"{path.name} repeated to {timing.pages} pages; CPU time of this process")
    print(f"{'':<12} {'CPU s':>8} {'share':>7} {'pages/CPU-s':>12} {'× raw read':>11}")
    print(f"{'raw read':<12} {timing.raw:>8.2f} {'':>7} {timing.pages / timing.raw:>12.1f} {1.0:>11.2f}")
    for stage, seconds in timing.stages.items():
        rate = timing.pages / seconds if seconds else float("inf")
        print(f"{stage:<12} {seconds:>8.2f} {seconds / total:>7.1%} {rate:>12.1f} {seconds / timing.raw:>11.2f}")
    print(f"{'end to end':<12} {total:>8.2f} {1:>7.0%} {timing.pages / total:>12.1f} {total / timing.raw:>11.2f}")
    print(f"(one-off, before the timed runs: loading the language models and a first document, {model_load:.2f} CPU s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdf", type=Path, default=REPORT if REPORT.is_file() else FALLBACK)
    parser.add_argument("--pages", type=int, default=140)
    parser.add_argument("--memory-pages", type=int, default=300)
    args = parser.parse_args()
    started = time.process_time()
    with tempfile.TemporaryDirectory() as out:
        run_pipeline(Timing(), args.pdf, Path(out))  # loads spaCy/pyvi once, as a batch does
    model_load = time.process_time() - started
    print_speed(args.pdf, speed(args.pdf, args.pages), model_load)
    # the small document first: a child's peak is the largest of all children's so far
    _, base, _ = peak_memory(FALLBACK, 1)
    pages, peak, cpu = peak_memory(args.pdf, args.memory_pages)
    print(f"\n{args.pdf.name} repeated into one {pages}-page PDF, `python -m extract run` in a fresh process: "
          f"peak resident memory {peak:.0f} MiB, {cpu:.1f} CPU s (models loaded included); "
          f"{FALLBACK.name} alone peaks at {base:.0f} MiB (the libraries and language models)")


if __name__ == "__main__":
    main()
