"""OCR worker processes: as many as the cores and the memory allow, each fresh, none outliving the batch.

Workers come from a forkserver (a fresh interpreter that has loaded only the page reader), not
forked from the caller: a fork would give every worker a copy-on-write share of whatever the caller
has loaded (spaCy, pyvi's model), and under a container's memory limit the kernel kills a worker.
Each worker asks to die with its parent (Linux PR_SET_PDEATHSIG), so none outlives a killed batch.
Workers are started with the caller's main script hidden: multiprocessing would otherwise run that
script again in every worker (to find functions defined there), and the page reader is in a package.

A page whose recognition raises is a page with no text (logged); a page whose worker died (killed
for memory, a crash in Tesseract) is tried once more alone in a fresh worker, then given up the
same way. A page that cannot be read never loses the document's other pages.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Callable, Iterator, Optional, TypeVar

LOG = logging.getLogger(__name__)

WORKERS_VARIABLE = "BAOCAO_OCR_WORKERS"
WORKER_MODULE = "extract.read.ocr_page"
WORKER_BYTES = 800 * 2**20  # measured on a 300-dpi A4 scan: 0.4 GB the worker at its peak, 0.4 GB its Tesseract
_PR_SET_PDEATHSIG = 1

Item = TypeVar("Item")
Result = TypeVar("Result")


def available_memory() -> Optional[int]:
    """Bytes the batch may still use: the smaller of the system's available memory and what the
    container's memory limit (cgroup v2 or v1) leaves; None when neither can be read."""
    limits = []
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    limits.append(int(line.split()[1]) * 1024)
    except OSError:
        pass
    for limit_file, usage_file in (
        ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"),
        ("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory/memory.usage_in_bytes"),
    ):
        try:
            with open(limit_file, encoding="ascii") as limit, open(usage_file, encoding="ascii") as usage:
                limit_text, usage_text = limit.read().strip(), usage.read().strip()
        except OSError:
            continue
        if limit_text.isdigit() and int(limit_text) < 2**60:
            limits.append(max(0, int(limit_text) - int(usage_text)))
        break
    return min(limits) if limits else None


def worker_count(pages: int) -> int:
    """Workers for `pages` pages: BAOCAO_OCR_WORKERS, else one per core and per WORKER_BYTES of
    available memory (at least one), never more than pages."""
    wanted = os.environ.get(WORKERS_VARIABLE)
    if wanted:
        count = int(wanted)
    else:
        count = os.cpu_count() or 1
        memory = available_memory()
        if memory is not None:
            count = min(count, memory // WORKER_BYTES)
    return max(1, min(count, pages))


def _start_worker() -> None:
    """Worker initialiser: die with the parent; Tesseract (a child process) gets one OpenMP thread,
    its own threads being slower than parallel pages on a small machine."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):  # not Linux: the pool's own shutdown still ends the workers
        pass


def _context() -> multiprocessing.context.BaseContext:
    """The forkserver context with the page reader preloaded, where the platform has one."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([WORKER_MODULE])
    return context


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=_start_worker)


@contextmanager
def _main_hidden() -> Iterator[None]:
    """While workers start, the caller's `__main__` shows no file or module to run again."""
    main = sys.modules["__main__"]
    saved = {name: main.__dict__[name] for name in ("__file__", "__spec__") if name in main.__dict__}
    main.__dict__.pop("__file__", None)
    main.__spec__ = None
    try:
        yield
    finally:
        main.__dict__.pop("__spec__", None)
        main.__dict__.update(saved)


def map_pages(task: Callable[[Item], Result], items: list[Item], what: Callable[[Item], str]) -> list[Optional[Result]]:
    """`task` on each item in worker processes, in order; None for an item that could not be done
    (its failure logged with `what(item)`)."""
    results: list[Optional[Result]] = [None] * len(items)
    retry: list[int] = []
    with _pool(worker_count(len(items))) as pool:
        with _main_hidden():  # workers start as tasks are submitted
            futures = [pool.submit(task, item) for item in items]
        for index, future in enumerate(futures):
            if _collect(future, index, results, what(items[index])):
                retry.append(index)
    for index in retry:
        LOG.warning("%s: OCR worker died, trying again in a fresh worker", what(items[index]))
        with _pool(1) as pool:
            with _main_hidden():
                future = pool.submit(task, items[index])
            if _collect(future, index, results, what(items[index])):
                LOG.warning("%s: OCR worker died again; the page is left without text", what(items[index]))
    return results


def _collect(future: Future, index: int, results: list, label: str) -> bool:
    """Store the future's result at `index`; True when its worker died (worth a retry)."""
    try:
        results[index] = future.result()
    except BrokenProcessPool:
        return True
    except Exception as error:  # any failure of one page's recognition: that page has no text
        LOG.warning("%s: page could not be read (%s: %s); it is left without text", label, type(error).__name__, error)
    return False
