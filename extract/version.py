"""The pipeline version a finished document is recorded under: a batch run again redoes a document
whose content or pipeline version changed, and skips the rest."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import metadata
from pathlib import Path

_PACKAGES = ("extract", "schemas")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """`<package version>+<digest of the pipeline's own code>`: any change to the code is a new version."""
    try:
        release = metadata.version("baocao")
    except metadata.PackageNotFoundError:
        release = "0"
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for package in _PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.relative_to(root).as_posix().encode("utf-8"))
            digest.update(path.read_bytes())
    return f"{release}+{digest.hexdigest()[:12]}"
