"""A file's own metadata (title, author, ...) decoded like its text: legacy TCVN3/VNI fields to Unicode, NFC.

Each text field is detected on its own (a Unicode title may sit beside a `.VnTime` author), by the same
detection as the page text (`extract.vi.legacy`); dates pass unchanged.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from extract.vi.legacy import detect_and_decode

TEXT_FIELDS = ("title", "author", "subject", "keywords", "creator", "producer")


@dataclass
class Metadata:
    """Decoded fields; for each field that was legacy text, its encoding (`decoded_from`) and its text as stored."""

    fields: dict[str, str] = field(default_factory=dict)
    decoded_from: dict[str, str] = field(default_factory=dict)
    stored: dict[str, str] = field(default_factory=dict)


def decoded_metadata(stored: dict[str, str]) -> Optional[Metadata]:
    """The metadata a reader found, its text fields decoded; None when the file said nothing about itself."""
    if not stored:
        return None
    metadata = Metadata()
    for name, value in stored.items():
        if name not in TEXT_FIELDS:
            metadata.fields[name] = value
            continue
        decoded, encoding = detect_and_decode(value)
        metadata.fields[name] = unicodedata.normalize("NFC", decoded)
        if encoding:
            metadata.decoded_from[name] = encoding
            metadata.stored[name] = value
    return metadata
