"""Pages per second and peak memory of each stage (read, normalise, parse, check, validate, write).

`python -m tools.bench [--pages 300] [--corpus corpus]`: the text-layer documents of corpus/ are repeated
until at least --pages pages have passed; scanned documents (OCR) are measured once, on their own line,
because OCR dominates everything else (tools/bench_ocr.py measures it in detail). Figures only.
A .txt file counts as one page. Peak memory per stage is what Python allocated during it (tracemalloc).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from extract.pipeline import extract_record
from extract.read import read_document
from extract.read.registry import SUPPORTED_SUFFIXES
from extract.write import write_document


@dataclass
class StageFigures:
    seconds: float = 0.0
    peak_bytes: int = 0


@dataclass
class Run:
    pages: int = 0
    documents: int = 0
    stages: dict[str, StageFigures] = field(default_factory=dict)

    def measure(self, stage: str, work: Callable[[], Any], trace_memory: bool) -> Any:
        figures = self.stages.setdefault(stage, StageFigures())
        if trace_memory:
            tracemalloc.reset_peak()
            before = tracemalloc.get_traced_memory()[0]
        started = time.perf_counter()
        result = work()
        figures.seconds += time.perf_counter() - started
        if trace_memory:
            figures.peak_bytes = max(figures.peak_bytes, tracemalloc.get_traced_memory()[1] - before)
        return result


def run_document(run: Run, path: Path, out: Path, trace_memory: bool) -> None:
    """The pipeline's own stage chain on `path`, each stage timed, then the writing of its outputs."""
    record, doc = extract_record(path, path.stem, str(path), lambda stage, work: run.measure(stage, work, trace_memory))
    run.measure("write", lambda: write_document(out, record, doc.text), trace_memory)
    run.pages += doc.page_count
    run.documents += 1


def bench(paths: list[Path], min_pages: int, trace_memory: bool) -> Run:
    run = Run()
    with tempfile.TemporaryDirectory() as out:
        while run.pages < min_pages:
            for path in paths:
                run_document(run, path, Path(out), trace_memory)
    return run


def print_table(title: str, run: Run, memory: Run) -> None:
    total = sum(f.seconds for f in run.stages.values())
    print(f"\n{title}: {run.documents} documents, {run.pages} pages, {total:.2f} s, {run.pages / total:.1f} pages/s")
    print(f"{'stage':<10} {'seconds':>9} {'pages/s':>10} {'peak MiB':>9}")
    for stage, figures in run.stages.items():
        rate = run.pages / figures.seconds if figures.seconds else float("inf")
        peak = memory.stages[stage].peak_bytes / 2**20
        print(f"{stage:<10} {figures.seconds:>9.2f} {rate:>10.1f} {peak:>9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    args = parser.parse_args()
    documents = sorted(p for p in args.corpus.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES)
    scanned = [p for p in documents if read_document(p).ocr_pages]
    text_layer = [p for p in documents if p not in scanned]
    timing = bench(text_layer, args.pages, trace_memory=False)
    tracemalloc.start()
    memory = bench(text_layer, 1, trace_memory=True)
    print_table("text-layer documents (timing pass; peak memory from a traced pass)", timing, memory)
    if scanned:
        ocr_timing = bench(scanned, 1, trace_memory=False)
        print_table("scanned documents (OCR), once", ocr_timing, bench(scanned, 1, trace_memory=True))
    tracemalloc.stop()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nprocess peak resident memory: {peak_rss:.0f} MiB (spaCy/pyvi models and pdfplumber included; "
          "OCR workers are separate processes)")


if __name__ == "__main__":
    main()
