"""A batch: find the input files, name them, run those not already done in limited workers (or on a Dask
cluster), write each document's files as soon as it finishes, then assemble the tables from them.

A batch killed at any moment loses only the documents in flight: run again into the same folder it
skips every document whose content (sha256), name and pipeline version are unchanged (`force` redoes
them all) and rebuilds the tables. Results and their order do not depend on the number of workers.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Iterator, Optional, Sequence

from extract.inputs import doc_ids, find_inputs, is_regular_file, source_name
from extract.limits import Job, Limits, failed_result
from extract.outdir import DocumentNote, OutputFolder
from extract.pipeline import Result, sha256_of
from extract.progress import Progress
from extract.version import pipeline_version
from extract.worker import WorkerPool
from extract.write import read_record, write_document, write_tables
from schemas.models import Record

LOG = logging.getLogger(__name__)


@dataclass
class BatchReport:
    """What a batch did: every record of its tables, in input order, and how many were done, skipped, failed."""

    records: list[Record] = field(default_factory=list)
    done: int = 0
    skipped: int = 0
    failed: int = 0
    first_failure: Optional[Result] = None

    @property
    def any_failed(self) -> bool:
        return self.failed > 0 or any(record.status == "failed" for record in self.records)

    def summary(self, out_dir: Path) -> str:
        return (
            f"{len(self.records)} documents: {self.done} done, {self.skipped} skipped, "
            f"{self.failed} failed → {out_dir}"
        )


def run_batch(
    inputs: Sequence[Path],
    out_dir: Path,
    *,
    jobs: Optional[int] = None,
    limits: Optional[Limits] = None,
    force: bool = False,
    fail_fast: bool = False,
    cluster: Optional[str] = None,
    formats: Sequence[str] = ("csv",),
) -> BatchReport:
    """Run every input not already done into `out_dir` and write the tables in `formats`; OutputFolderError
    before any work when `out_dir` cannot be used (a file, not writable, full, or locked by another batch)."""
    folder = OutputFolder(Path(out_dir))
    try:
        options = _Options(jobs or os.cpu_count() or 1, limits or Limits(), force, fail_fast, cluster, tuple(formats))
        return _run(folder, find_inputs(inputs), options)
    finally:
        folder.close()


@dataclass(frozen=True)
class _Options:
    """How the batch runs: the keyword arguments of `run_batch`, defaults filled in."""

    jobs: int
    limits: Limits
    force: bool
    fail_fast: bool
    cluster: Optional[str]
    formats: tuple[str, ...]


def _run(folder: OutputFolder, paths: list[Path], options: _Options) -> BatchReport:
    version = pipeline_version()
    report = BatchReport()
    every_job: list[Job] = []
    todo: list[Job] = []
    unreadable: list[Result] = []
    for path, doc_id in zip(paths, doc_ids(paths)):
        job, problem = _job(path, doc_id)
        every_job.append(job)
        if problem is not None:
            unreadable.append(failed_result(job, problem))
        elif options.force or not folder.is_current(job, version):
            todo.append(job)
        else:
            report.skipped += 1
    progress = Progress(len(every_job), report.skipped)
    try:
        for result in chain(unreadable, _results(todo, options.jobs, options.limits, options.cluster)):
            written = _finish(folder, result, version)
            progress.finished(result)
            if result.record.status == "failed" or not written:
                report.failed += 1
                report.first_failure = report.first_failure or result
                if options.fail_fast:
                    break
            else:
                report.done += 1
    finally:
        progress.close()
        _assemble(folder, every_job, report, options.formats)
    return report


def _job(path: Path, doc_id: str) -> tuple[Job, Optional[str]]:
    """The job for `path`, and why it cannot be read at all (not a regular file, unreadable), if so."""
    source = source_name(path)
    if not is_regular_file(path):
        kind = "a folder" if path.is_dir() else "not a regular file (a FIFO, device or socket, or missing)"
        return Job(path, doc_id, source, ""), f"{kind}: not read"
    try:
        return Job(path, doc_id, source, sha256_of(path)), None
    except OSError as error:
        return Job(path, doc_id, source, ""), f"cannot be read: {error.strerror or error}"


def _results(todo: list[Job], jobs: int, limits: Limits, cluster: Optional[str]) -> Iterator[Result]:
    """Each job's Result as it finishes, from a local pool of limited workers or from a Dask cluster."""
    if not todo:
        return
    workers = min(jobs, len(todo))
    limits = Limits(limits.timeout_s, limits.max_memory_mb, processes=max(1, jobs // workers))
    if cluster:
        from extract.cluster import run_on_cluster  # dask is loaded only when a cluster is asked for

        yield from (result for _, result in run_on_cluster(cluster, todo, Limits(limits.timeout_s, limits.max_memory_mb)))
        return
    with WorkerPool(limits, workers) as pool:
        run = pool.run(todo)
        try:
            yield from (result for _, result in run)
        finally:
            run.close()


def _finish(folder: OutputFolder, result: Result, version: str) -> bool:
    """Write one finished document's files, then its note (the note last: without it, it is not finished).

    False when they cannot be written (a disk filled up meanwhile): that document alone is left unfinished,
    to be done by the next run; the batch goes on.
    """
    record = result.record
    try:
        folder.forget(record.doc_id)
        write_document(folder.path, record, result.text)
        folder.write_note(DocumentNote(
            doc_id=record.doc_id, source=record.source, sha256=record.sha256, version=version, status=record.status,
            error=record.error, retry=result.transient, traceback=result.traceback,
        ))
    except OSError as error:
        LOG.error("%s: its outputs cannot be written (%s); left for the next run", record.source, error)
        return False
    return True


def _assemble(folder: OutputFolder, jobs: list[Job], report: BatchReport, formats: Sequence[str]) -> None:
    """The tables and the failure log of the batch, from the files of every finished document, in input order."""
    notes = []
    for job in jobs:
        note = folder.read_note(job.doc_id)
        if note is None:
            continue  # not finished (a fail-fast stop): left out of the tables, done by the next run
        report.records.append(read_record(folder.path, job.doc_id))
        notes.append(note)
    write_tables(folder.path, report.records, formats)
    folder.write_failure_log(notes)
