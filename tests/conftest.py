"""Shared fixtures: where the seed and the real documents live, skipping cleanly when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared import PROJECT, SHARED

SEED = SHARED / "seed" / "000_3bfc41f83deee874.txt"
REAL = SHARED / "real"
SIGNED = SHARED / "signed"
ARCHIVE = SHARED / "archive"
CORPUS = PROJECT / "corpus"


@pytest.fixture(scope="session")
def real_dir() -> Path:
    if not REAL.is_dir():
        pytest.skip(f"real documents not available: {REAL} is absent (they live beside the project, not in it)")
    return REAL


@pytest.fixture(scope="session")
def signed_dir() -> Path:
    if not SIGNED.is_dir():
        pytest.skip(f"signed PDFs not available: {SIGNED} is absent (they live beside the project, not in it)")
    return SIGNED


@pytest.fixture(scope="session")
def archive_dir() -> Path:
    if not ARCHIVE.is_dir():
        pytest.skip(f"archive documents not available: {ARCHIVE} is absent (they live beside the project, not in it)")
    return ARCHIVE


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The seed report: the project's own copy in corpus/, else the one in ../shared."""
    for path in (CORPUS / "seed.txt", SEED):
        if path.is_file():
            return path
    pytest.skip(f"seed report not available: neither {CORPUS / 'seed.txt'} nor {SEED} exists")
