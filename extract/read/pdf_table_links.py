"""Table numbering across a PDF's pages, joining a table that a page break split in two.

A table that opens a page continues the one that closed the previous page when both have as
many columns: it keeps that table's id, and the header rows Word repeats on every page are
dropped, so the rows read as the Word file's table would.
"""

from __future__ import annotations

from typing import Optional

from extract.read.model import RawLine, RawPage


def link_tables(pages: list[RawPage]) -> None:
    """Number the tables 1, 2, ... in reading order, joining a table split by a page break.

    The reader numbers each table apart. A table that opens a page (only footnotes before it)
    continues the table that closed the previous page (only footnotes after it) when both have as
    many columns; its leading rows that repeat the table's first rows (Word's repeated header rows)
    are dropped.
    """
    number = 0
    headers: dict[int, list[list[str]]] = {}  # running number -> cells of the table's first rows
    closing: Optional[RawLine] = None  # the row that closed the previous page, if a table's
    for page in pages:
        groups: dict[Optional[int], list[RawLine]] = {}
        for line in page.lines:
            if line.kind == "table":
                groups.setdefault(line.table_id, []).append(line)
        content = [line for line in page.lines if line.kind != "footnote"]
        repeated: set[int] = set()
        for rows in groups.values():
            if rows[0] is content[0] and closing is not None and len(closing.cells or []) == len(rows[0].cells or []):
                table_id = closing.table_id or 0
                repeated.update(id(row) for row in _repeated_header(rows, headers[table_id]))
            else:
                number += 1
                table_id = number
                headers[table_id] = [row.cells or [] for row in rows]
            for row in rows:
                row.table_id = table_id
        page.lines = [line for line in page.lines if id(line) not in repeated]
        content = [line for line in page.lines if line.kind != "footnote"]
        if content:
            closing = content[-1] if content[-1].kind == "table" else None


def _repeated_header(rows: list[RawLine], header: list[list[str]]) -> list[RawLine]:
    """The leading `rows` equal, one for one, to the table's first rows."""
    repeated = []
    for row, first in zip(rows, header):
        if row.cells != first:
            break
        repeated.append(row)
    return repeated
