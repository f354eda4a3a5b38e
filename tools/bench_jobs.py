"""Wall time of one batch with --jobs 1 and with --jobs N on 24 mixed documents, and whether the results are
identical: `python -m tools.bench_jobs [N]` (corpus/ and, where present, ../shared's genuine documents). Prints the load average before each run (other work on the
machine makes any ratio meaningless)."""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"
SHARED = PROJECT.parent / "shared"
DOCUMENTS = 24  # corpus/ (every format we read), then genuine documents from ../shared where present


def _documents() -> list[Path]:
    """24 distinct documents (a same-content copy would be skipped): corpus/ first, then ../shared's real ones."""
    found = sorted(CORPUS.iterdir())
    for folder in ("real", "archive", "signed"):
        found += sorted(p for p in (SHARED / folder).glob("*") if p.is_file() and p.suffix != ".md")
    return found[:DOCUMENTS]


def _outputs(out: Path) -> dict[str, bytes]:
    files = {p.relative_to(out).as_posix(): p for p in out.rglob("*") if p.is_file()}
    return {name: path.read_bytes() for name, path in files.items() if not name.startswith(".baocao/")}


def _batch(inputs: Path, out: Path, jobs: int) -> float:
    """Wall time of one batch; prints the CPU time it used (its workers included), which load does not inflate."""
    started, before = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "extract", "run", str(inputs), "--out", str(out), "--jobs", str(jobs)],
                   cwd=PROJECT, check=False, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"--jobs {jobs}: CPU time {cpu:.1f} s", flush=True)
    return time.monotonic() - started


def main() -> None:
    jobs = int(sys.argv[1]) if len(sys.argv) > 1 else os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as folder:
        inputs = Path(folder) / "in"
        inputs.mkdir()
        for path in _documents():
            shutil.copy(path, inputs / path.name)
        times = {}
        for count in (1, jobs):
            print(f"load average before --jobs {count}: {os.getloadavg()}", flush=True)
            times[count] = _batch(inputs, Path(folder) / f"out{count}", count)
            print(f"--jobs {count}: {times[count]:.1f} s", flush=True)
        same = _outputs(Path(folder) / "out1") == _outputs(Path(folder) / f"out{jobs}")
        print(f"{len(list(inputs.iterdir()))} documents; --jobs {jobs} is {times[1] / times[jobs]:.2f}× faster than "
              f"--jobs 1; results identical: {same}; load average after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
