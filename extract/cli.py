"""Command line: `baocao run INPUT... --out DIR` (CONTRACT.md).

Exit status: 0 every document processed, 1 at least one failed (the others are written in full),
2 usage error (bad flag, missing input path).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Optional, Sequence

from extract.batch import run_batch
from extract.inputs import find_inputs
from extract.read.registry import suffix_list
from extract.write import FORMATS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="baocao", description="Structured data from Vietnamese official reports.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help=f"extract every {suffix_list()} file given (folders searched recursively)")
    run.add_argument("inputs", nargs="+", type=Path, metavar="INPUT", help="files or folders")
    run.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the outputs")
    run.add_argument(
        "--format",
        type=formats_option,
        default=("csv",),
        metavar="csv,parquet,sqlite",
        help="output formats, any combination (default csv); parquet/<table>.parquet, baocao.sqlite",
    )
    return parser


def formats_option(value: str) -> tuple[str, ...]:
    """`csv,parquet` → ('csv', 'parquet'); an unknown name is a usage error."""
    names = tuple(dict.fromkeys(name.strip().lower() for name in value.split(",") if name.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(unknown) or value!r}: choose from {', '.join(FORMATS)}")
    return names


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.inputs if not path.exists()]
    if missing:
        parser.error(f"input not found: {', '.join(missing)}")
    if not find_inputs(args.inputs):
        parser.error(f"no {suffix_list()} files in the inputs given")
    records = run_batch(args.inputs, args.out, args.format)
    failed = [r for r in records if r.status == "failed"]
    print(f"{len(records)} documents, {len(records) - len(failed)} ok, {len(failed)} failed → {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
