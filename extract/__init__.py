"""baocao as a library.

    import extract
    record = extract.extract_document("report.pdf")        # a validated schemas.models.Record
    extract.run_batch(["archive/"], "results/", formats=("csv", "sqlite"))

Both take the same inputs as `baocao run`; `run_batch` takes the command line's options as keywords.
Heavy modules (PDF, OCR, language models) load on first use, so `import extract` is cheap.

Every module logs to a logger named after it (`extract.read.pdf`, `extract.pipeline`, ...). As a
library should, the package adds no handler of its own beyond a NullHandler: the command line decides
where records go, so nothing (no traceback) reaches the terminal unless it asks for it.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Union

from extract.errors import DocumentError

if TYPE_CHECKING:
    from schemas.models import Record

PathLike = Union[str, "os.PathLike[str]"]

__all__ = ["DocumentError", "extract_document", "run_batch"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def extract_document(path: PathLike) -> "Record":
    """The validated record of one document, the same as `baocao run` writes to json/<doc_id>.json.

    Raises FileNotFoundError when `path` is not a file, and DocumentError (its message the one line that
    documents.csv would show) when the document cannot be processed: not a format we read, damaged,
    encrypted, no text. The original exception, if any, is chained as `__cause__`.
    """
    from extract.errors import one_line
    from extract.inputs import doc_ids, source_name
    from extract.pipeline import extract_record

    file = Path(path)
    if not file.is_file():
        raise FileNotFoundError(f"no such file: {file}")
    doc_id = next(doc_ids([file]))
    try:
        record, _ = extract_record(file, doc_id, source_name(file))
    except DocumentError:
        raise
    except Exception as error:  # noqa: BLE001 - every failure of a document is reported as one
        raise DocumentError(one_line(error)) from error
    return record


def run_batch(inputs: Iterable[PathLike], out: PathLike, **options: Any) -> list["Record"]:
    """Run a batch as `baocao run INPUTS --out OUT` does, with the command line's options as keywords
    (e.g. `formats=("csv", "parquet")`); returns every document's record, failed ones included.

    Raises FileNotFoundError when an input does not exist; a document that fails does not raise (its
    record has status 'failed' and the one-line error).
    """
    from extract.batch import run_batch as batch

    paths = [Path(p) for p in inputs]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(f"input not found: {', '.join(missing)}")
    return batch(paths, Path(out), **options).records
