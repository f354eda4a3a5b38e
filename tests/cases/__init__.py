"""Parser case tables, one YAML file per parser (as Duckling and LexNLP keep theirs): input → expected.

Each file maps a table name to its cases; each case has `in` (the input: a text, or named inputs),
`out` (the expected output, in plain YAML: lists for tuples, ISO strings for dates), and optionally
`note` (why the case is there), `section` (a heading for the cases from here on) and `limit: true`
(a known limit: the expected output is what the document says, which the parser does not give yet;
run as a strict xfail). `tests/unit/test_case_tables.py` runs every table with its parser.

Adding a case is one entry in a file; adding a parser is one file here and one runner there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CASES_DIR = Path(__file__).parent


@dataclass(frozen=True)
class Case:
    """One row of a case table."""

    parser: str  # the file's name: `money`
    table: str  # the table in it: `find_amounts`
    index: int
    given: Any
    expected: Any
    note: str = ""
    limit: bool = False

    @property
    def id(self) -> str:
        return f"{self.parser}.{self.table}[{self.index}]"


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    """Every case of every table of every parser file in `directory`, in file order."""
    cases = []
    for path in sorted(directory.glob("*.yaml")):
        for table, entry in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            for index, case in enumerate(entry["cases"]):
                cases.append(
                    Case(path.stem, table, index, case["in"], case.get("out"), case.get("note", ""), case.get("limit", False))
                )
    return cases
