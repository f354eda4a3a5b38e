"""One document in a worker process of its own, under a wall-time and a memory limit.

The worker is forked from a fork server that has the pipeline's modules imported, so a start is cheap;
it gets an address-space limit (RLIMIT_AS) and is killed when the time runs out. Whatever happens to
it — a limit, a crash — the caller gets a failed record with a one-line reason, never an exception.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Optional

from schemas.models import Record

_OUT_OF_MEMORY = "out of memory"
DEFAULT_MAX_UPLOAD_MB = 100  # the service's largest upload


@dataclass(frozen=True)
class Limits:
    """Per-document limits: wall time in seconds and memory in MB (None: no limit)."""

    timeout_s: Optional[float] = 600.0
    max_memory_mb: Optional[int] = 4096


def _work(path: str, doc_id: str, source: str, max_memory_mb: Optional[int], pipe: Connection) -> None:
    if max_memory_mb:
        limit = max_memory_mb << 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from extract.pipeline import process

    try:
        result = process(Path(path), doc_id, source)
        pipe.send(result.record.model_dump_json())
    except MemoryError:
        pipe.send(_OUT_OF_MEMORY)
    finally:
        pipe.close()


def _failed(path: Path, doc_id: str, source: str, error: str) -> Record:
    return Record(doc_id=doc_id, source=source, sha256="", status="failed", error=error)


class LimitedRunner:
    """Runs documents one per worker process, at most `workers` at a time."""

    def __init__(self, limits: Limits, workers: int = 1) -> None:
        self.limits = limits
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["extract.pipeline"])
        self._slots = threading.BoundedSemaphore(max(1, workers))
        self._children: set[multiprocessing.process.BaseProcess] = set()

    def run(self, path: Path, doc_id: str, source: str) -> Record:
        """The record of the document at `path`; a failed record when it breaks a limit or its worker dies."""
        with self._slots:
            receiver, sender = self._context.Pipe(duplex=False)
            child = self._context.Process(
                target=_work, args=(str(path), doc_id, source, self.limits.max_memory_mb, sender), daemon=True
            )
            child.start()
            sender.close()
            self._children.add(child)
            try:
                if receiver.poll(self.limits.timeout_s):
                    try:
                        answer = receiver.recv()
                    except EOFError:
                        child.join(5)
                        return _failed(path, doc_id, source, f"worker died (exit code {child.exitcode})")
                    child.join(5)
                    if answer == _OUT_OF_MEMORY:
                        return _failed(path, doc_id, source, f"over the memory limit of {self.limits.max_memory_mb} MB")
                    return Record.model_validate_json(answer)
                child.kill()
                child.join()
                return _failed(path, doc_id, source, f"over the time limit of {self.limits.timeout_s:g} s")
            finally:
                receiver.close()
                if child.is_alive():
                    child.kill()
                    child.join()
                self._children.discard(child)

    def close(self) -> None:
        """Kill any worker still running."""
        for child in list(self._children):
            child.kill()
