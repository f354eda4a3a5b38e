"""The checked tables of a review page, drawn as tables: the total cell and the cells it sums marked.

A table is drawn when a check used one of its cells. The stated cell (a total, a group row, a rate)
is outlined in solid red, the cells it is checked against in dashed red on yellow; each marked cell
says which checks used it, links to the first, and is the target of the checks' links.
"""

from __future__ import annotations

import html

from schemas.models import Check, Table

CSS = (
    "table.checked td.stated{outline:2px solid #c0392b;outline-offset:-2px;background:#fde2e2}"
    "table.checked td.part,table.checked td.whole{outline:2px dashed #c0392b;outline-offset:-2px;background:#fff3c4}"
    "table.checked td:target{outline:3px solid #e67e22}"
)
_ROLE_ORDER = ("stated", "whole", "part")


def cell_id(start: int, end: int) -> str:
    return f"cell-{start}-{end}"


def _uses(checks: list[Check]) -> dict[tuple[int, int], list[tuple[int, Check, str]]]:
    """Every figure span used by a check: (check number, check, role)."""
    used: dict[tuple[int, int], list[tuple[int, Check, str]]] = {}
    for n, check in enumerate(checks, 1):
        for figure in check.figures:
            used.setdefault((figure.start, figure.end), []).append((n, check, figure.role))
    return used


def _cell(text: str, uses: list[tuple[int, Check, str]], start: int, end: int) -> str:
    if not uses:
        return f"<td>{html.escape(text)}</td>"
    role = min((role for _, _, role in uses), key=_ROLE_ORDER.index)
    title = "; ".join(f"check {n} ({check.check}, {r}: {check.status})" for n, check, r in uses)
    link = f'<a href="#check-{uses[0][0]}">{html.escape(text)}</a>'
    return f'<td class="{role}" id="{cell_id(start, end)}" title="{html.escape(title)}">{link}</td>'


def checked_tables(tables: list[Table], checks: list[Check]) -> str:
    """The tables some check used a cell of, as HTML ('' when none)."""
    used = _uses(checks)
    drawn = []
    for number, table in enumerate(tables, 1):
        if not any((c.start, c.end) in used for c in table.cells):
            continue
        grid = {(c.row, c.column): c for c in table.cells}
        rows = []
        for r in range(table.rows):
            cells = []
            for col in range(table.columns):
                cell = grid.get((r, col))
                if cell is None:
                    cells.append("<td></td>")
                else:
                    cells.append(_cell(cell.text, used.get((cell.start, cell.end), []), cell.start, cell.end))
            rows.append(f"<tr>{''.join(cells)}</tr>")
        drawn.append(f"<h3>Table {number} (page {table.page})</h3><table class=\"checked\">{''.join(rows)}</table>")
    return "".join(drawn)
