"""Where the genuine documents live: `shared/` beside the project, or beside a folder above it (a git
worktree kept a level deeper than the main checkout sees the same one). Never inside the project."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    """$BAOCAO_SHARED where set, else the nearest `shared` folder beside the project or one of its parents
    (../shared when none exists)."""
    if os.environ.get("BAOCAO_SHARED"):
        return Path(os.environ["BAOCAO_SHARED"])
    for folder in PROJECT.parents:
        if (folder / "shared").is_dir():
            return folder / "shared"
    return PROJECT.parent / "shared"


SHARED = shared_dir()


def find_document(name: str, folders: tuple[str, ...] = ("real", "signed", "archive")) -> Path | None:
    """The genuine document called `name` in one of the shared folders, None where it is absent."""
    for folder in folders:
        path = SHARED / folder / name
        if path.is_file():
            return path
    return None
