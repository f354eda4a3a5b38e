"""Footnotes and endnotes of a .docx: their displayed labels and their parts.

python-docx does not expose the notes, so they are read from word/footnotes.xml and
word/endnotes.xml. Word numbers footnotes in the order of their references in the document
(1, 2, 3, ...); a reference with `w:customMarkFollows` shows the mark typed in the run after it
instead and takes no number. Endnotes are numbered on after the footnotes (Word shows them as
i, ii, ...; one sequence keeps every label unique in the normalised text). The separator notes
(`w:type` set, or ids -1 and 0) are layout, not notes.
"""

from __future__ import annotations

from typing import Optional

import regex
from lxml import etree

from extract.read.docx_package import MC, W

NoteKey = tuple[str, str]  # ("footnote" | "endnote", id)
NOTE_KINDS = ("footnote", "endnote")
SELF_MARK = "\ue000"  # stands where a note shows its own number (w:footnoteRef) until stripped
_LEADING_SELF_MARK = regex.compile(r"^\s*[(\[]?\s*\ue000\s*[)\]]?\s*")


def note_labels(document: etree._Element) -> dict[NoteKey, str]:
    """The displayed label of every note referenced in the document body."""
    labels: dict[NoteKey, str] = {}
    number = 0
    for kind in NOTE_KINDS:
        for reference in document.iter(W + kind + "Reference"):
            key = (kind, reference.get(W + "id", ""))
            if key in labels or _in_fallback(reference):
                continue
            custom = _custom_mark(reference)
            if custom is None:
                number += 1
            labels[key] = custom if custom is not None else str(number)
    return labels


def is_custom_mark(reference: etree._Element) -> bool:
    """Whether the reference shows a mark typed after it rather than a number."""
    flag = reference.get(W + "customMarkFollows")
    return flag is not None and flag.lower() in ("1", "true", "on")


def _custom_mark(reference: etree._Element) -> Optional[str]:
    """The typed mark after a `customMarkFollows` reference (the text of the next run)."""
    if not is_custom_mark(reference):
        return None
    run = reference.getparent()
    following = run.getnext() if run is not None else None
    text = "".join(t.text or "" for t in following.iter(W + "t")) if following is not None else ""
    return text.strip() or "*"


def _in_fallback(element: etree._Element) -> bool:
    """Inside the mc:Fallback copy of a text box (the mc:Choice copy is the one read)."""
    return any(ancestor.tag == MC + "Fallback" for ancestor in element.iterancestors())


def note_bodies(part: Optional[etree._Element], kind: str) -> dict[str, etree._Element]:
    """The real notes of a footnotes/endnotes part by id, separators left out."""
    if part is None:
        return {}
    bodies = {}
    for note in part.iter(W + kind):
        note_id = note.get(W + "id", "")
        if note.get(W + "type") not in (None, "normal") or note_id in ("-1", "0"):
            continue
        bodies[note_id] = note
    return bodies


def strip_self_mark(text: str) -> str:
    """A note paragraph's text without its own number (and brackets printed around it: `(1)`)."""
    return _LEADING_SELF_MARK.sub("", text).replace(SELF_MARK, "")
