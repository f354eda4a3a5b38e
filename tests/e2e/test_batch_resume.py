"""A batch is the same whatever the number of workers, and survives `kill -9`: run again into the same
folder it redoes only the documents not finished and ends identical to an uninterrupted batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PROJECT

pytestmark = pytest.mark.slow

DOCUMENTS = 10


def _outputs(out: Path) -> dict[str, bytes]:
    """Every output file but the batch's own notes and the review index (it carries no per-run state either)."""
    files = {p.relative_to(out).as_posix(): p for p in out.rglob("*") if p.is_file()}
    return {name: path.read_bytes() for name, path in files.items() if not name.startswith(".baocao/")}


def _command(inputs: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "extract", "run", str(inputs), "--out", str(out), *extra]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    """Ten variants of the seed report, each a little different, so that order and content show."""
    folder = tmp_path_factory.mktemp("inputs")
    seed = seed_path.read_text(encoding="utf-8")
    for number in range(DOCUMENTS):
        extra = f"\nHỗ trợ thêm {number + 1:02d} cơ sở với kinh phí {number + 1}0 triệu đồng.\n"
        (folder / f"report-{number:02d}.txt").write_text(seed + extra, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def uninterrupted(inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("whole") / "out"
    result = subprocess.run(_command(inputs, out, "--jobs", "2"), cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"{DOCUMENTS} done, 0 skipped" in result.stderr
    return out


def test_killed_batch_run_again_redoes_only_the_unfinished(inputs: Path, uninterrupted: Path, tmp_path: Path):
    out = tmp_path / "out"
    batch = subprocess.Popen(_command(inputs, out, "--jobs", "1"), cwd=PROJECT, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    notes = out / ".baocao" / "done"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and len(list(notes.glob("*.json")) if notes.is_dir() else []) < DOCUMENTS // 2:
        time.sleep(0.05)
    os.kill(batch.pid, signal.SIGKILL)  # the batch only: its worker must go with it
    batch.wait()
    finished = len(list(notes.glob("*.json")))
    assert DOCUMENTS // 2 <= finished < DOCUMENTS, "killed halfway"
    assert not (out / "documents.csv").exists(), "no tables yet when killed halfway"
    time.sleep(0.5)
    listed = subprocess.run(["ps", "-o", "pid=,stat=", "--sid", str(batch.pid)], capture_output=True, text=True).stdout
    alive = [line for line in listed.splitlines() if not line.split()[1].startswith("Z")]  # Z: dead, not yet reaped
    assert not alive, f"workers outlived the killed batch: {alive}"

    result = subprocess.run(_command(inputs, out, "--jobs", "1"), cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert f"{DOCUMENTS - finished} done, {finished} skipped" in result.stderr
    assert _outputs(out) == _outputs(uninterrupted), "jobs 1 after a kill = jobs 2 uninterrupted"

    again = subprocess.run(_command(inputs, out, "--force"), cwd=PROJECT, capture_output=True, text=True, timeout=600)
    assert f"{DOCUMENTS} done, 0 skipped" in again.stderr
    assert _outputs(out) == _outputs(uninterrupted)
