"""A batch: find the input files, give each a doc_id, run each through the pipeline, write the outputs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

from tqdm import tqdm

from extract.inputs import doc_ids, find_inputs, source_name
from extract.pipeline import process
from extract.write import write_document, write_tables
from schemas.models import Record


def run_batch(inputs: list[Path], out_dir: Path, formats: Sequence[str] = ("csv",)) -> list[Record]:
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
    write_tables(out_dir, records, formats)
    return records
