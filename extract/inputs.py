"""The inputs of a batch: which files, in what order, under which doc_id and source name.

No file found is passed over in silence: each is a document to read, or a `Skipped` row (written to
skipped.csv) that says why not: empty, an Office lock file, not a document type we read, the same
content as another input. A file is a document when its suffix is one we read (its bytes then decide
the reader, and a failure to read it is that document's error), or, whatever its name, when its
bytes carry the signature of a binary format we read (a scan saved without a suffix).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Optional

from extract.errors import DocumentError
from extract.read import SUPPORTED_SUFFIXES, sniff_format

_UNSAFE = re.compile(r"[^\w.-]+")
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
    """The documents among the files given and the files below folders given (recursively)."""
    return scan_inputs(inputs).documents


def scan_inputs(inputs: Iterable[Path]) -> Inputs:
    """Every file given or found below a folder given, as a document or a skipped file with its reason."""
    found: list[Path] = []
    for path in inputs:
        found.extend(sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path])
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
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
        if path.stat().st_size == 0:
            return "empty file"
    except OSError:
        return None  # the reader reports what is wrong with it
    if path.name.startswith(_LOCK_PREFIX):
        return "Office lock file (left beside an open document), not a document"
    if path.suffix.lower() in SUPPORTED_SUFFIXES:
        return None
    try:
        fmt = sniff_format(path)
    except (DocumentError, OSError):
        fmt = None
    if fmt is not None and fmt not in _NEEDS_SUFFIX:
        return None  # a binary format we read, under a name that does not say so
    return f"not a document type we read ({path.suffix.lower() or 'no suffix'})"


def _content_digest(path: Path) -> Optional[str]:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def doc_ids(paths: list[Path]) -> Iterator[str]:
    """A file-name-safe id per path, from its name and extension (`seed.pdf` → `seed_pdf`), unique in the run."""
    seen: dict[str, int] = {}
    for path in paths:
        base = _UNSAFE.sub("_", f"{path.stem}_{path.suffix.lstrip('.').lower()}").strip("._") or "document"
        seen[base] = seen.get(base, 0) + 1
        yield base if seen[base] == 1 else f"{base}-{seen[base]}"


def source_name(path: Path) -> str:
    """The path as the user gave it, relative to the working folder where possible, with / separators."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
