"""A PDF's document information (the Info dictionary: /Title, /Author, /Subject, ...) as stored.

Text is left as the file holds it: a title typed in a TCVN3 or VNI font is stored as the bytes of
that font (`Vô kinh tÕ C«ng nghiÖp`), and deciding whether it is legacy text is the normaliser's job,
as for the page text. One repair only: PDFium gives NUL for a byte PDFDocEncoding leaves undefined,
and the one such byte legacy text uses is 0xAD (TCVN3's `ư`), so a NUL is given back as U+00AD, the
character of that byte, which the decoder reads as `ư` (a NUL is never text of its own). Dates (`D:20070227141249+07'00'`) are read into ISO 8601; a date that is not
well formed is left out rather than guessed.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

import regex

log = logging.getLogger(__name__)

# Info dictionary key → our field name; empty values are left out
_TEXT_KEYS = {
    "Title": "title", "Author": "author", "Subject": "subject", "Keywords": "keywords",
    "Creator": "creator", "Producer": "producer",
}
_UNDEFINED_BYTE = "\u00ad"  # see the module docstring
_DATE_KEYS = {"CreationDate": "created", "ModDate": "modified"}
# PDF 32000-1 §7.9.4: D:YYYYMMDDHHmmSSOHH'mm' — every part after the year optional
_PDF_DATE = regex.compile(
    r"(?:D:)?(?P<year>\d{4})(?P<month>\d{2})?(?P<day>\d{2})?(?P<hour>\d{2})?(?P<minute>\d{2})?(?P<second>\d{2})?"
    r"(?:(?P<zulu>Z)|(?P<sign>[+-])(?P<tz_hour>\d{2})'?(?P<tz_minute>\d{2})?'?)?"
)


def read_metadata(path: Path) -> dict[str, str]:
    """The Info dictionary of the PDF at `path`: text fields as stored, dates in ISO 8601; {} when it has none."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        log.info("%s: no metadata read (%s)", path, error)
        return {}
    try:
        stored = pdf.get_metadata_dict(skip_empty=True)
    finally:
        pdf.close()
    info = {name: stored[key].replace("\0", _UNDEFINED_BYTE).strip()
            for key, name in _TEXT_KEYS.items() if stored.get(key, "").strip("\0 ")}
    for key, name in _DATE_KEYS.items():
        when = pdf_date(stored.get(key, ""))
        if when is not None:
            info[name] = when.isoformat()
    return info


def pdf_date(text: str) -> Optional[datetime]:
    """A PDF date string as a datetime (with its offset when it states one), None when not well formed."""
    match = _PDF_DATE.fullmatch(text.strip())
    if match is None:
        return None
    parts = {name: int(match.group(name) or default) for name, default in
             (("year", 0), ("month", 1), ("day", 1), ("hour", 0), ("minute", 0), ("second", 0))}
    try:
        return datetime(**parts, tzinfo=_zone(match))
    except ValueError:  # a month 13, an offset of a day or more
        return None


def _zone(match: regex.Match) -> Optional[timezone]:
    """The offset a PDF date states (`Z`, `+07'00'`), None when it states none."""
    if match.group("zulu"):
        return timezone.utc
    if not match.group("sign"):
        return None
    offset = timedelta(hours=int(match.group("tz_hour")), minutes=int(match.group("tz_minute") or 0))
    return timezone(-offset if match.group("sign") == "-" else offset)
