"""The inputs of a batch: which files, in what order, under which doc_id and source name.

Archives hold odd names and odd trees: names that are not UTF-8 (old Windows disks), names of 240
bytes, two files differing only by case, folders nested deeper than a path may be long, FIFOs and
devices. None of them may stop a batch: folders are walked without recursion, a folder that cannot
be listed is logged and passed over, and doc_ids are bounded and unique regardless of case.

No file found is passed over in silence: each is a document to read, or a `Skipped` row (written to
skipped.csv) that says why not: empty, an Office lock file, not a document type we read, the same
content as another input. A file is a document when its suffix is one we read (its bytes then decide
the reader, and a failure to read it is that document's error), or, whatever its name, when its
bytes carry the signature of a binary format we read (a scan saved without a suffix).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from extract.errors import DocumentError
from extract.read import SUPPORTED_SUFFIXES, sniff_format

LOG = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^\w.-]+")
MAX_DOC_ID_BYTES = 120  # leaves room for `.json`/`.html` and any file system's 255-byte name limit


_NEEDS_SUFFIX = ("txt", "html")  # text of any kind is a document only under a name we read
_LOCK_PREFIX = "~$"  # Word and Excel's owner file beside an open document


@dataclass
class Skipped:
    """A file found among the inputs but not read, and why."""

    path: Path
    reason: str


@dataclass
class Inputs:
    """The documents of a batch in a stable order, and the files found but not read."""

    documents: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def find_inputs(inputs: Iterable[Path]) -> list[Path]:
    """The documents among the files given and the regular files below folders given (recursively)."""
    return scan_inputs(inputs).documents


def scan_inputs(inputs: Iterable[Path]) -> Inputs:
    """Every file given or found below a folder given, as a document or a skipped file with its reason."""
    found: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found.extend(sorted(_regular_files(path)))
        else:
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(_identity(path), path)
    scanned = Inputs()
    first_with: dict[str, Path] = {}
    for path in unique.values():
        reason = skip_reason(path)
        if reason is None:
            digest = _content_digest(path)
            earlier = first_with.setdefault(digest, path) if digest else path
            if earlier is not path:
                reason = f"same content as {source_name(earlier)}"
        if reason is None:
            scanned.documents.append(path)
        else:
            scanned.skipped.append(Skipped(path, reason))
    return scanned


def skip_reason(path: Path) -> Optional[str]:
    """Why the file at `path` is not a document to read, or None when it is one."""
    try:
        if is_regular_file(path) and path.stat().st_size == 0:
            return "empty file"
    except OSError:
        return None  # the reader reports what is wrong with it
    if path.name.startswith(_LOCK_PREFIX):
        return "Office lock file (left beside an open document), not a document"
    if path.suffix.lower() in SUPPORTED_SUFFIXES or not is_regular_file(path):
        return None
    try:
        fmt = sniff_format(path)
    except (DocumentError, OSError):
        fmt = None
    if fmt is not None and fmt not in _NEEDS_SUFFIX:
        return None  # a binary format we read, under a name that does not say so
    return f"not a document type we read ({path.suffix.lower() or 'no suffix'})"


def _content_digest(path: Path) -> Optional[str]:
    if not is_regular_file(path):
        return None
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _regular_files(folder: Path) -> Iterator[Path]:
    """The regular files below `folder`, walked with a stack (any depth, no recursion)."""
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                listed = list(entries)
        except OSError as error:
            LOG.warning("folder passed over, it cannot be listed: %s", error)
            continue
        for entry in listed:
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(Path(entry.path))
                elif entry.is_file():
                    yield Path(entry.path)
            except OSError as error:
                LOG.warning("entry passed over, it cannot be examined: %s", error)


def _identity(path: Path) -> str:
    """The same file given twice (through a folder and by name) counts once."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(path)


def is_regular_file(path: Path) -> bool:
    """Whether `path` is a regular file (not a FIFO, device or socket, which reading would block on)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def doc_ids(paths: list[Path]) -> Iterator[str]:
    """A file-name-safe id per path, from its name and extension (`seed.pdf` → `seed_pdf`), unique in the run.

    Bounded to MAX_DOC_ID_BYTES (a long name keeps its start and a short hash of the whole), and unique
    without regard to case, so that two outputs never collide on a case-insensitive disk.
    """
    seen: dict[str, int] = {}
    for path in paths:
        base = _bounded(_UNSAFE.sub("_", f"{path.stem}_{path.suffix.lstrip('.').lower()}").strip("._") or "document")
        key = base.casefold()
        seen[key] = seen.get(key, 0) + 1
        yield base if seen[key] == 1 else f"{base}-{seen[key]}"


def _bounded(name: str) -> str:
    """`name` itself when short enough, else its start and 8 hex digits of its hash, within MAX_DOC_ID_BYTES."""
    if len(name.encode("utf-8")) <= MAX_DOC_ID_BYTES - 8:  # room for a `-N` duplicate suffix
        return name
    digest = hashlib.sha1(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    start = name.encode("utf-8")[: MAX_DOC_ID_BYTES - 18].decode("utf-8", "ignore")
    return f"{start}-{digest}"


def source_name(path: Path) -> str:
    """The path as the user gave it, relative to the working folder where possible, with / separators.

    A name that is not valid UTF-8 keeps its undecodable bytes visible as `\\xNN`, so it can be written.
    """
    try:
        name = path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        name = path.as_posix()
    return os.fsencode(name).decode("utf-8", "backslashreplace")
