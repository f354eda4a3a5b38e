"""The inputs of a batch: which files, in what order, under which doc_id and source name."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from extract.read import SUPPORTED_SUFFIXES

_UNSAFE = re.compile(r"[^\w.-]+")


def find_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files given, and supported files below folders given (recursively), in a stable order."""
    found: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


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
