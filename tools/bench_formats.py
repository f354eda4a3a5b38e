"""Seconds per document for each input format beyond born-digital PDF and Unicode text.

`python -m tools.bench_formats [--repeat N]` (run by `make bench` after tools.bench)

Each document goes through the pipeline's stage chain and the writing of its outputs, in this process
with the language models already loaded (as in a batch), and is timed three ways:

- CPU seconds of this process and of every child process it waited for (`resource.RUSAGE_CHILDREN`):
  LibreOffice converts `.doc`, `.rtf`, `.odt` and `.ods` files in a child process, Tesseract runs in
  the OCR workers' children; the OCR workers come from a forkserver, which is stopped after each
  document so that the CPU time of its workers reaches this process too;
- wall seconds (the machine is shared: wall time grows with its load, CPU time much less);
- pages of the document (a spreadsheet's page is a sheet holding data).

Documents: corpus/ renditions, and ../shared/archive (skipped with a line saying so when ../shared is
absent). Formats with no file there are made at bench time from one that is (`.odt` and `.xlsx` by
LibreOffice from the `.doc` and `.xls`, `.jpg` by Pillow from the `.png`), outside the timing.
Unicode text and the born-digital PDF are measured too, as the yardstick the other formats are read against.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing.forkserver
import os
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from extract.pipeline import extract_record
from extract.read.office import convert
from extract.write import write_document

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
ARCHIVE = ROOT.parent / "shared" / "archive"

log = logging.getLogger(__name__)

# (format shown, where its documents are): a glob in corpus/ or ../shared/archive, or a rendition made from one
SOURCES: tuple[tuple[str, str, str], ...] = (
    ("txt (Unicode, yardstick)", "corpus", "seed.txt"),
    ("pdf born-digital (yardstick)", "corpus", "seed.pdf"),
    ("txt TCVN3 / VNI", "corpus", "seed_*.txt"),
    ("pdf, TCVN3 text layer", "archive", "*_tcvn3.pdf"),
    ("doc", "corpus", "*.doc"),
    ("doc", "archive", "*.doc"),
    ("rtf", "corpus", "*.rtf"),
    ("odt (from the .doc)", "made", "odt"),
    ("xls", "corpus", "*.xls"),
    ("xls", "archive", "*.xls"),
    ("xlsx (from the .xls)", "made", "xlsx"),
    ("png", "archive", "*.png"),
    ("jpg (from the .png)", "made", "jpg"),
    ("tif, multi-page", "corpus", "*.tif"),
)


@dataclass
class Run:
    """One document's cost: CPU seconds (this process and its children), wall seconds, pages."""

    cpu: float
    wall: float
    pages: int


def _cpu_now() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _stop_forkserver() -> None:
    """End the OCR workers' forkserver and wait for it, so their CPU time is counted among our children's.

    `_stop` is the standard library's own (used by its tests); absent elsewhere, OCR CPU time is undercounted.
    """
    server = multiprocessing.forkserver._forkserver  # type: ignore[attr-defined]
    stop: Optional[Callable[[], None]] = getattr(server, "_stop", None)
    if stop is not None:
        stop()


def measure(path: Path, out: Path) -> Run:
    """One document through the pipeline and the writing of its outputs."""
    cpu, wall = _cpu_now(), time.monotonic()
    record, doc = extract_record(path, path.stem, str(path))
    write_document(out, record, doc.text)
    _stop_forkserver()
    return Run(_cpu_now() - cpu, time.monotonic() - wall, record.pages)


def _made(kind: str, work: Path) -> list[Path]:
    """Renditions in `kind` made from the corpus and archive files of its family (not timed)."""
    if kind == "jpg":
        from PIL import Image

        made = []
        for png in sorted(ARCHIVE.glob("*.png")):
            target = work / f"{png.stem}.jpg"
            with Image.open(png) as image:
                image.convert("RGB").save(target, quality=90)
            made.append(target)
        return made
    origin = {"odt": ("*.doc", "doc"), "xlsx": ("*.xls", "xls")}[kind]
    made = []
    for folder in (CORPUS, ARCHIVE):
        for source in sorted(folder.glob(origin[0])):
            scratch = Path(tempfile.mkdtemp(dir=work))
            converted = convert(source, origin[1], kind, scratch)
            made.append(converted.rename(work / f"{source.stem}.{kind}"))
    return made


def documents(work: Path) -> list[tuple[str, Path]]:
    """(format shown, path) of every document to time, in SOURCES order."""
    found = []
    for shown, where, pattern in SOURCES:
        if where == "made":
            found += [(shown, path) for path in _made(pattern, work)]
        elif where == "archive" and not ARCHIVE.is_dir():
            continue
        else:
            folder = CORPUS if where == "corpus" else ARCHIVE
            found += [(shown, path) for path in sorted(folder.glob(pattern))]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs per document (the fastest is kept)")
    args = parser.parse_args()
    if not ARCHIVE.is_dir():
        print(f"{ARCHIVE} is absent: archive documents skipped, corpus renditions only")
    with tempfile.TemporaryDirectory(prefix="baocao-bench-") as folder:
        work, out = Path(folder) / "in", Path(folder) / "out"
        work.mkdir()
        measure(CORPUS / "seed.txt", out)  # loads the language models once, as a batch does
        print(f"load average {os.getloadavg()[0]:.1f}; CPU s include child processes (LibreOffice, OCR)")
        print(f"{'format':<30} {'document':<52} {'pages':>5} {'CPU s':>7} {'wall s':>7} {'CPU s/page':>10}")
        for shown, path in documents(work):
            run = min((measure(path, out) for _ in range(args.repeat)), key=lambda r: r.cpu)
            print(f"{shown:<30} {path.name[:52]:<52} {run.pages:>5} {run.cpu:>7.2f} {run.wall:>7.2f} "
                  f"{run.cpu / max(run.pages, 1):>10.2f}", flush=True)
        print(f"load average after {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
