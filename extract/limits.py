"""What one document may cost, and the unit of work a worker runs: a job.

The defaults leave an ordinary document far from either limit (a 300-page scan OCR'd on one core takes
about 15 minutes and under 1.5 GB) while a hostile one cannot take a machine down: with the default
`--jobs` (one per core) a 2-core machine's batch stays under 2 × 4 GB plus the parent's few hundred MB.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from extract.pipeline import Result
from schemas.models import Record

DEFAULT_TIMEOUT_S = 3600.0
DEFAULT_MAX_MEMORY_MB = 4096
DEFAULT_MAX_UPLOAD_MB = 100  # the HTTP service's largest upload
MIN_MEMORY_MB = 1000  # the pipeline's own address space (Python, spaCy, pyvi) is about 700 MB


@dataclass(frozen=True)
class Limits:
    """Per-document limits: wall time, memory of the worker and its children, processes it may use."""

    timeout_s: float = DEFAULT_TIMEOUT_S
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB
    processes: int = 1  # a scan's pages OCR'd side by side within the document

    @property
    def max_memory_bytes(self) -> int:
        return self.max_memory_mb * 2**20

    def time_message(self) -> str:
        return f"over the time limit of {self.timeout_s:g} s (--timeout); stopped"

    def memory_message(self) -> str:
        return f"over the memory limit of {self.max_memory_mb} MB (--max-memory); stopped"


@dataclass(frozen=True)
class Job:
    """One document to run: where it is, the names it is written under, and its content's sha256."""

    path: Path
    doc_id: str
    source: str
    sha256: str


def failed_result(job: Job, error: str, traceback: Optional[str] = None, transient: bool = True) -> Result:
    """A failed document that the pipeline itself could not report (stopped by a limit, its worker died,
    not a file): transient unless said otherwise, so a batch run again tries it once more."""
    record = Record(doc_id=job.doc_id, source=job.source, sha256=job.sha256, status="failed", error=error)
    return Result(record, None, traceback, transient)
