"""Read stage: any supported file → RawDocument. The format is told by the bytes, not the name.

Readers are registered by format in `registry.py`; `sniff.py` tells the format from the bytes. A file
whose content is not what its extension says is refused with a clear error rather than guessed at:
archivists need to know which of their files are mislabelled.
"""

from __future__ import annotations

import logging
from pathlib import Path

from extract.errors import DocumentError
from extract.read.model import RawDocument
from extract.read.registry import READERS, SUPPORTED_SUFFIXES, spec_for_format, spec_for_suffix
from extract.read.sniff import sniff_format

log = logging.getLogger(__name__)

__all__ = ["READERS", "SUPPORTED_SUFFIXES", "read_document", "sniff_format"]


def read_document(path: Path) -> RawDocument:
    """The page-aware document for `path`; DocumentError when it is not what its name says."""
    fmt = sniff_format(path)
    promised = spec_for_suffix(path.suffix)
    if promised is not None and promised.format != fmt:
        raise DocumentError(f"file named {path.suffix.lower()} holds {fmt.upper()} content (mislabelled)")
    log.debug("%s: %s content", path.name, fmt)
    return spec_for_format(fmt).load()(path)
