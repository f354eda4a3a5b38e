"""Command line: `baocao run INPUT... --out DIR` (CONTRACT.md).

Exit status: 0 every document processed, 1 at least one failed (the others are written in full),
2 usage error (bad flag, missing input path, an output folder that cannot be used), found before any work.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Callable, Optional, Sequence

from extract.batch import run_batch
from extract.errors import BatchSetupError
from extract.inputs import find_inputs
from extract.limits import DEFAULT_MAX_MEMORY_MB, DEFAULT_MAX_UPLOAD_MB, DEFAULT_TIMEOUT_S, MIN_MEMORY_MB, Limits
from extract.read.registry import suffix_list
from extract.write import FORMATS


def _positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    """An argument type: a number of `kind` above zero."""

    def parse(text: str) -> float:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0: {text}")
        return value

    return parse


def _at_least(minimum: int) -> Callable[[str], int]:
    """An argument type: a whole number no less than `minimum`."""

    def parse(text: str) -> int:
        value = int(text)
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum}: {text}")
        return value

    return parse


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="baocao", description="Structured data from Vietnamese official reports.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help=f"extract every {suffix_list()} file given (folders searched recursively)")
    run.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders")
    run.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the outputs")
    run.add_argument("--jobs", type=_positive(int), default=os.cpu_count() or 1, metavar="N",
                     help="documents processed side by side (default: one per core, %(default)s here)")
    run.add_argument("--timeout", type=_positive(float), default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
                     help="wall time one document may take (default: %(default)g)")
    run.add_argument("--max-memory", type=_at_least(MIN_MEMORY_MB), default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
                     help=f"memory one document may use, with its OCR processes (default: %(default)s, "
                          f"at least {MIN_MEMORY_MB}: the pipeline itself needs about 700 MB of address space)")
    run.add_argument("--force", action="store_true", help="redo every document, even those unchanged since the last run")
    run.add_argument("--fail-fast", action="store_true",
                     help="stop at the first failed document and print its traceback (for development)")
    run.add_argument("--cluster", metavar="tcp://HOST:PORT", help="run the documents on this Dask distributed scheduler")
    run.add_argument(
        "--format",
        type=formats_option,
        default=("csv",),
        metavar="csv,parquet,sqlite",
        help="output formats, any combination (default csv); parquet/<table>.parquet, baocao.sqlite",
    )
    serve = commands.add_parser("serve", help="HTTP service: GET /health, POST /documents (field `file`), /openapi.json")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument("--workers", type=_positive(int), default=1, metavar="N",
                       help="documents processed side by side, each in its own worker process (default 1)")
    serve.add_argument("--timeout", type=_positive(float), default=DEFAULT_TIMEOUT_S, metavar="SECONDS",
                       help="wall time one document may take (default: %(default)g)")
    serve.add_argument("--max-memory", type=_at_least(MIN_MEMORY_MB), default=DEFAULT_MAX_MEMORY_MB, metavar="MB",
                       help="memory one document may use (default: %(default)s)")
    serve.add_argument("--max-upload", type=_positive(int), default=DEFAULT_MAX_UPLOAD_MB, metavar="MB",
                       help="largest upload accepted (default: %(default)s)")
    return parser


def formats_option(value: str) -> tuple[str, ...]:
    """`csv,parquet` → ('csv', 'parquet'); an unknown name is a usage error."""
    names = tuple(dict.fromkeys(name.strip().lower() for name in value.split(",") if name.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or value!r}: choose from {', '.join(FORMATS)}")
    return names


def main(argv: Optional[Sequence[str]] = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "serve":
        from extract.service import serve  # FastAPI and uvicorn load only for the service

        serve(args.host, args.port, Limits(timeout_s=args.timeout, max_memory_mb=args.max_memory), args.max_upload,
              args.workers)
        return 0
    missing = [str(path) for path in args.inputs if not os.path.lexists(path)]
    if missing:
        parser.error(f"input not found: {', '.join(missing)}")
    if not find_inputs(args.inputs):
        parser.error(f"no {suffix_list()} files in the inputs given")
    limits = Limits(timeout_s=args.timeout, max_memory_mb=args.max_memory)
    try:
        report = run_batch(args.inputs, args.out, jobs=args.jobs, limits=limits, force=args.force,
                           fail_fast=args.fail_fast, cluster=args.cluster, formats=args.format)
    except BatchSetupError as error:
        print(f"baocao: error: {error}", file=sys.stderr)
        return 2
    if args.fail_fast and report.first_failure is not None:
        print(report.first_failure.traceback or report.first_failure.record.error, file=sys.stderr)
    print(report.summary(args.out), file=sys.stderr)
    return 1 if report.any_failed else 0


if __name__ == "__main__":
    sys.exit(main())
