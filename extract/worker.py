"""Documents run in worker processes under limits: a document over its time or memory limit, or whose
worker dies, fails alone and its worker is replaced; nothing it does reaches another document.

A worker is a fresh interpreter (`python -m extract.worker`, not a fork: a fork would copy the caller's
threads and heap, and multiprocessing's spawn would re-import the caller's main module) that loads the
pipeline once and runs documents one at a time, jobs and Results pickled over a socket pair. The caller watches it: wall time
since the document was handed over, and the resident memory of the worker with its children (OCR
processes, Tesseract) every POLL_S seconds; over either limit the whole tree is killed. The worker's
address space is capped at the memory limit as well (RLIMIT_AS), so an allocation too fast for the
watch fails inside the worker as a MemoryError. A worker that dies on its own (killed, a crash in a
native library) gets its document once more in a fresh worker; a second death fails the document.
Workers ask the kernel to kill them when their parent dies, so none outlives a killed batch.

`run_one_limited` runs one document this way and keeps its worker for the next call (a server, a
Dask task); `WorkerPool.run` runs many side by side.
"""

from __future__ import annotations

import ctypes
import logging
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Iterable, Iterator, Optional

import psutil

from extract.errors import OUT_OF_MEMORY
from extract.limits import Job, Limits, failed_result
from extract.pipeline import Result, process

LOG = logging.getLogger(__name__)

POLL_S = 0.2
OCR_WORKERS_VARIABLE = "BAOCAO_OCR_WORKERS"
_PR_SET_PDEATHSIG = 1


def _serve(connection: Connection, limits: Limits) -> None:
    """The worker's loop: receive a job, run the pipeline on it, send the Result back; exit on EOF."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the caller's cleanup still stops the worker
        pass
    os.environ[OCR_WORKERS_VARIABLE] = str(limits.processes)
    resource.setrlimit(resource.RLIMIT_AS, (limits.max_memory_bytes, limits.max_memory_bytes))
    while True:
        try:
            job: Job = connection.recv()
        except (EOFError, OSError):
            return
        result = process(job.path, job.doc_id, job.source)
        out_of_memory = (result.record.error or "").startswith(OUT_OF_MEMORY)
        if out_of_memory:
            result = failed_result(job, limits.memory_message(), result.traceback)
        connection.send(result)
        if out_of_memory:
            return  # a heap that hit its cap is not trusted with the next document


def _worker_environment() -> dict[str, str]:
    """The caller's environment, with this package importable wherever the caller was started from."""
    root = str(Path(__file__).resolve().parents[1])
    environment = dict(os.environ)
    environment["PYTHONPATH"] = os.pathsep.join(filter(None, [root, environment.get("PYTHONPATH")]))
    return environment


@dataclass
class _Outcome:
    """How a job ended: its Result, or the worker stopped for a limit, or the worker died on its own."""

    job: Job
    result: Optional[Result] = None
    died: Optional[str] = None


class LimitedWorker:
    """One worker process running one job at a time under `limits`, started again when needed."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.job: Optional[Job] = None
        self._started_at = 0.0
        self._process: Optional[subprocess.Popen] = None
        self._connection: Optional[Connection] = None

    def submit(self, job: Job) -> None:
        """Hand `job` to the worker, starting a fresh one if there is none alive."""
        for attempt in range(2):
            if self._process is None or self._process.poll() is not None:
                self._start()
            assert self._connection is not None
            try:
                self._connection.send(job)
                break
            except OSError:  # the worker was on its way out (it leaves after running out of memory)
                self.stop()
                if attempt:
                    raise
        self.job, self._started_at = job, time.monotonic()

    def waitable(self) -> Connection:
        """What `multiprocessing.connection.wait` can wait on: a result arriving, or the worker ending (EOF)."""
        assert self._connection is not None
        return self._connection

    def poll(self) -> Optional[_Outcome]:
        """The outcome of the job in hand, or None while it is still running within its limits."""
        assert self.job is not None and self._connection is not None and self._process is not None
        job = self.job
        if self._connection.poll():
            try:
                result: Result = self._connection.recv()
            except (EOFError, OSError):
                return self._ended(_Outcome(job, died=self._death()))
            self.job = None
            return _Outcome(job, result=result)
        if self._process.poll() is not None:
            return self._ended(_Outcome(job, died=self._death()))
        if time.monotonic() - self._started_at > self.limits.timeout_s:
            return self._ended(_Outcome(job, result=failed_result(job, self.limits.time_message())))
        if self._resident_bytes() > self.limits.max_memory_bytes:
            return self._ended(_Outcome(job, result=failed_result(job, self.limits.memory_message())))
        return None

    def stop(self) -> None:
        """End the worker and everything it started."""
        if self._connection is not None:
            self._connection.close()
        if self._process is not None:
            self._kill_tree()
            self._process.wait(5)
        self._process = self._connection = None
        self.job = None

    def _start(self) -> None:
        self.stop()
        ours, theirs = socket.socketpair()
        limits = self.limits
        command = [sys.executable, "-m", "extract.worker", str(theirs.fileno()),
                   f"{limits.timeout_s!r}", str(limits.max_memory_mb), str(limits.processes)]
        self._process = subprocess.Popen(command, pass_fds=[theirs.fileno()], env=_worker_environment(),
                                         stdin=subprocess.DEVNULL)
        theirs.close()
        self._connection = Connection(ours.detach())

    def _ended(self, outcome: _Outcome) -> _Outcome:
        self.stop()
        return outcome

    def _death(self) -> str:
        assert self._process is not None
        try:
            code = self._process.wait(1)
        except subprocess.TimeoutExpired:
            code = None
        if code is not None and code < 0:
            return f"killed by {signal.Signals(-code).name}"
        return f"exit status {code}"

    def _tree(self) -> list[psutil.Process]:
        assert self._process is not None
        try:
            root = psutil.Process(self._process.pid)
            return [root, *root.children(recursive=True)]
        except psutil.Error:
            return []

    def _resident_bytes(self) -> int:
        total = 0
        for member in self._tree():
            try:
                total += member.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _kill_tree(self) -> None:
        for member in reversed(self._tree()):
            try:
                member.kill()
            except psutil.Error:
                pass


class WorkerPool:
    """`size` limited workers, kept between runs; `close()` ends them."""

    def __init__(self, limits: Limits, size: int) -> None:
        self.limits = limits
        self.workers = [LimitedWorker(limits) for _ in range(max(1, size))]

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, Result]]:
        """Each job's Result as it finishes (not in job order); a worker that died retries its job once.

        Stopping early (closing the iterator) stops the workers still busy; idle ones are kept.
        """
        queue = deque(jobs)
        retried: set[str] = set()
        try:
            while queue or any(w.job for w in self.workers):
                for worker in self.workers:
                    if worker.job is None and queue:
                        worker.submit(queue.popleft())
                busy = [w for w in self.workers if w.job is not None]
                wait([w.waitable() for w in busy], timeout=POLL_S)
                for worker in busy:
                    outcome = worker.poll()
                    if outcome is None:
                        continue
                    if outcome.result is not None:
                        yield outcome.job, outcome.result
                    elif outcome.job.doc_id not in retried:
                        LOG.warning("%s: worker %s; trying once more in a fresh worker", outcome.job.source, outcome.died)
                        retried.add(outcome.job.doc_id)
                        queue.appendleft(outcome.job)
                    else:
                        error = f"the worker process running it died twice ({outcome.died})"
                        yield outcome.job, failed_result(outcome.job, error)
        finally:
            for worker in self.workers:
                if worker.job is not None:
                    worker.stop()

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_LOCAL = threading.local()


def run_one_limited(job: Job, limits: Limits) -> Result:
    """One document under `limits` in a worker process kept for the calling thread's next document."""
    pool: Optional[WorkerPool] = getattr(_LOCAL, "pool", None)
    if pool is None or pool.limits != limits:
        if pool is not None:
            pool.close()
        pool = _LOCAL.pool = WorkerPool(limits, 1)
    for _, result in pool.run([job]):
        return result
    raise AssertionError("a worker pool returned no result for its one job")


if __name__ == "__main__":
    _serve(Connection(int(sys.argv[1])), Limits(float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])))
