"""A batch: find the input files, give each a doc_id, run each through the pipeline, write the outputs."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from tqdm import tqdm

from extract.pipeline import process
from extract.read import SUPPORTED_SUFFIXES
from extract.write import write_document, write_tables
from schemas.models import Record

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


def run_batch(inputs: list[Path], out_dir: Path) -> list[Record]:
    """Process every input, writing each document's files as it completes and the tables at the end."""
    paths = find_inputs(inputs)
    records: list[Record] = []
    progress = tqdm(paths, unit="doc", disable=not sys.stderr.isatty() or len(paths) < 2)
    for path, doc_id in zip(progress, doc_ids(paths)):
        progress.set_postfix_str(path.name[:40])
        result = process(path, doc_id, source_name(path))
        write_document(out_dir, result.record, result.text)
        if result.record.status == "failed":
            tqdm.write(f"failed: {path}: {result.record.error}", file=sys.stderr)
        records.append(result.record)
    write_tables(out_dir, records)
    return records
