"""The inputs of a batch: which files, in what order, under which doc_id and source name.

Archives hold odd names and odd trees: names that are not UTF-8 (old Windows disks), names of 240
bytes, two files differing only by case, folders nested deeper than a path may be long, FIFOs and
devices. None of them may stop a batch: folders are walked without recursion, a folder that cannot
be listed is logged and passed over, and doc_ids are bounded and unique regardless of case.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from pathlib import Path
from typing import Iterable, Iterator

from extract.read import SUPPORTED_SUFFIXES

LOG = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^\w.-]+")
MAX_DOC_ID_BYTES = 120  # leaves room for `.json`/`.html` and any file system's 255-byte name limit


def find_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files given, and supported regular files below folders given (recursively), in a stable order."""
    found: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found.extend(sorted(_supported_files(path)))
        else:
            found.append(path)
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(_identity(path), path)
    return list(unique.values())


def _supported_files(folder: Path) -> Iterator[Path]:
    """Regular files with a supported suffix below `folder`, walked with a stack (any depth, no recursion)."""
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
                elif entry.is_file() and Path(entry.name).suffix.lower() in SUPPORTED_SUFFIXES:
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
