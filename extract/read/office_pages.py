"""The page count an old Word or RTF file declares: what Word counted when it last saved the file.

LibreOffice's `.docx` export of a `.doc` or `.rtf` carries neither rendered page breaks nor a page count, so
without this every item of such a file would be on page 1. The Word reader shares the declared pages out among
the text (extract.read.docx_pages); a count lower than the breaks give (a stale `1`) changes nothing there.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

import regex

log = logging.getLogger(__name__)

_RTF_PAGES = regex.compile(rb"\\nofpages(\d{1,6})")
_RTF_HEAD = 1 << 20  # the \info group comes before the body text


def declared_pages(path: Path, fmt: str) -> Optional[int]:
    """Pages the file says it has: a `.doc`'s summary information, an RTF's `\\nofpages`; None when it says none."""
    if fmt == "doc":
        return _doc_pages(path)
    if fmt == "rtf":
        with open(path, "rb") as handle:
            match = _RTF_PAGES.search(handle.read(_RTF_HEAD))
        return int(match.group(1)) or None if match else None
    return None


def _doc_pages(path: Path) -> Optional[int]:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            pages = ole.get_metadata().num_pages
    except (OSError, ValueError) as error:  # no or damaged summary stream: the layout decides alone
        log.info("%s: no page count in its summary information (%s)", path, error)
        return None
    return pages if isinstance(pages, int) and pages > 0 else None
