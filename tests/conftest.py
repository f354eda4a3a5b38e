"""Shared fixtures: where the seed and the real documents live, skipping cleanly when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
SEED = SHARED / "seed" / "000_3bfc41f83deee874.txt"
REAL = SHARED / "real"
CORPUS = PROJECT / "corpus"


@pytest.fixture(scope="session")
def real_dir() -> Path:
    if not REAL.is_dir():
        pytest.skip(f"real documents not available: {REAL} is absent (they live beside the project, not in it)")
    return REAL


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip(f"seed report not available: {SEED} is absent")
    return SEED
