"""A batch on a real Dask cluster (a scheduler and two workers on 127.0.0.1, started here) gives exactly the
outputs of a local batch; a scheduler that does not answer is a usage error before any document runs."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

import pytest

from tests.conftest import CORPUS, PROJECT
from tests.e2e.test_batch_resume import _outputs

pytestmark = pytest.mark.slow

DOCUMENTS = ("seed.txt", "seed_vni.txt", "seed_vntime.docx", "seed.pdf")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    dask = [sys.executable, "-m", "dask"]
    quiet = {"cwd": PROJECT, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen([*dask, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                                   "--no-dashboard"], **quiet)]
    try:
        for _ in range(2):
            processes.append(subprocess.Popen([*dask, "worker", address, "--nthreads", "1", "--no-dashboard",
                                               "--memory-limit", "0"], **quiet))
        deadline = time.monotonic() + 120
        with Client(address, timeout=60) as client:
            while len(client.nthreads()) < 2:
                assert time.monotonic() < deadline, "the two Dask workers did not join in time"
                time.sleep(0.5)
        yield address
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cluster-inputs")
    for name in DOCUMENTS:
        shutil.copy(CORPUS / name, folder / name)
    return folder


def _run(inputs: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", "run", str(inputs), "--out", str(out), *extra],
                          cwd=PROJECT, capture_output=True, text=True, timeout=600)


def test_a_batch_on_a_dask_cluster_equals_a_local_batch(cluster: str, inputs: Path, tmp_path: Path):
    local = _run(inputs, tmp_path / "local", "--jobs", "1")
    assert local.returncode == 0, local.stderr
    remote = _run(inputs, tmp_path / "remote", "--cluster", cluster)
    assert remote.returncode == 0, remote.stderr
    assert f"{len(DOCUMENTS)} done, 0 skipped, 0 failed" in remote.stderr
    assert _outputs(tmp_path / "remote") == _outputs(tmp_path / "local")
    again = _run(inputs, tmp_path / "remote", "--cluster", cluster)
    assert f"0 done, {len(DOCUMENTS)} skipped" in again.stderr


def test_no_scheduler_is_a_usage_error(tmp_path: Path):
    (tmp_path / "a.txt").write_text((CORPUS / "seed.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "extract", "run", "a.txt", "--out", "out", "--cluster",
                             f"tcp://127.0.0.1:{_free_port()}"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "no Dask scheduler answers" in result.stderr and "Traceback" not in result.stderr
