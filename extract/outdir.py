"""The output folder of a batch: checked before any work, locked against a second batch, and a note per
finished document so that a batch run again skips what is unchanged.

`.baocao/` inside the folder holds the lock and one small JSON note per finished document (its sha256,
the pipeline version, how it ended, the full traceback of a failure). A note is written after the
document's own files, so a document whose note is missing was not finished and is done again.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from extract.errors import BatchSetupError
from extract.limits import Job
from extract.write.atomic import TEMPORARY_PREFIX, TEMPORARY_SUFFIX, write_text_atomic

STATE_FOLDER = ".baocao"
FAILURE_LOG = "failures.log"
MIN_FREE_BYTES = 64 * 2**20


class OutputFolderError(BatchSetupError):
    """The output folder cannot be used; str(error) is one line for the user."""


@dataclass
class DocumentNote:
    """What a finished document leaves in `.baocao/done/<doc_id>.json`."""

    doc_id: str
    source: str
    sha256: str
    version: str
    status: str
    error: Optional[str] = None
    retry: bool = False  # stopped by a limit or a dying worker: worth trying again on the next run
    traceback: Optional[str] = None


class OutputFolder:
    """An output folder, locked for this batch while the object lives (`close()` releases it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock_handle: Optional[int] = None
        _check_usable(path)
        self._lock()
        self._remove_half_written()

    def note_path(self, doc_id: str) -> Path:
        return self.path / STATE_FOLDER / "done" / f"{doc_id}.json"

    def read_note(self, doc_id: str) -> Optional[DocumentNote]:
        try:
            return DocumentNote(**json.loads(self.note_path(doc_id).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError):
            return None

    def write_note(self, note: DocumentNote) -> None:
        write_text_atomic(self.note_path(note.doc_id), json.dumps(asdict(note), ensure_ascii=False, indent=1))

    def forget(self, doc_id: str) -> None:
        """The document is being done again: until its new note is written it counts as unfinished."""
        self.note_path(doc_id).unlink(missing_ok=True)

    def is_current(self, job: Job, version: str) -> bool:
        """Whether `job` finished before with the same content, name and pipeline version (and may be skipped)."""
        note = self.read_note(job.doc_id)
        return (
            note is not None
            and not note.retry
            and (note.sha256, note.source, note.version) == (job.sha256, job.source, version)
            and (self.path / "json" / f"{job.doc_id}.json").is_file()
        )

    def write_failure_log(self, notes: list[DocumentNote]) -> None:
        """failures.log: every failed document of the batch with its full traceback (none: no file)."""
        path = self.path / FAILURE_LOG
        failed = [note for note in notes if note.status == "failed"]
        if not failed:
            path.unlink(missing_ok=True)
            return
        blocks = [
            f"== {note.doc_id} ({note.source})\n{note.error}\n{(note.traceback or '').rstrip() or '(no traceback: stopped by the batch)'}\n"
            for note in failed
        ]
        write_text_atomic(path, "\n".join(blocks))

    def _remove_half_written(self) -> None:
        """Temporary files a killed batch left (safe: the lock says no other batch writes here)."""
        for part in self.path.rglob(f"{TEMPORARY_PREFIX}*{TEMPORARY_SUFFIX}"):
            part.unlink(missing_ok=True)

    def close(self) -> None:
        if self._lock_handle is not None:
            os.close(self._lock_handle)
            self._lock_handle = None

    def _lock(self) -> None:
        state = self.path / STATE_FOLDER
        try:
            state.mkdir(exist_ok=True)
            handle = os.open(state / "lock", os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as error:
            raise OutputFolderError(f"--out {self.path}: cannot write there ({error.strerror})") from error
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(handle, 32).decode("ascii", "replace").strip()
            os.close(handle)
            raise OutputFolderError(
                f"--out {self.path}: another batch (process {holder or '?'}) is writing there; "
                "wait for it to finish or choose another folder"
            ) from None
        os.ftruncate(handle, 0)
        os.write(handle, str(os.getpid()).encode("ascii"))
        self._lock_handle = handle


def _check_usable(path: Path) -> None:
    """Raise OutputFolderError unless `path` is (or can be made) a writable folder with some free space."""
    if path.exists() and not path.is_dir():
        raise OutputFolderError(f"--out {path}: is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputFolderError(f"--out {path}: cannot create the folder ({error.strerror})") from error
    if not os.access(path, os.W_OK | os.X_OK):
        raise OutputFolderError(f"--out {path}: not writable")
    free = shutil.disk_usage(path).free
    if free < MIN_FREE_BYTES:
        raise OutputFolderError(f"--out {path}: only {free // 2**20} MB free on its disk (at least {MIN_FREE_BYTES // 2**20} MB needed)")
