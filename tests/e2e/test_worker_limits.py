"""Limited workers: a document over its time or memory limit fails alone with a line naming the limit; a
worker killed from outside gets its document again once in a fresh worker; the next document runs."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import psutil
import pytest

from extract.limits import Job, Limits
from extract.pipeline import sha256_of
from extract.worker import WorkerPool, run_one_limited
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow


def _job(path: Path) -> Job:
    return Job(path, path.name.replace(".", "_"), path.name, sha256_of(path))


def _kill_workers(times: int) -> threading.Thread:
    """Kill the first `times` workers this process starts, each a moment after it appears."""

    def killer() -> None:
        killed: set[int] = set()
        deadline = time.monotonic() + 120
        while len(killed) < times and time.monotonic() < deadline:
            for child in psutil.Process().children():
                if child.pid not in killed and "extract.worker" in " ".join(child.cmdline()):
                    time.sleep(0.5)
                    child.kill()
                    killed.add(child.pid)
            time.sleep(0.05)

    thread = threading.Thread(target=killer, daemon=True)
    thread.start()
    return thread


def test_a_worker_killed_once_is_replaced_and_its_document_comes_out():
    killer = _kill_workers(1)
    with WorkerPool(Limits(), 1) as pool:
        results = [result for _, result in pool.run([_job(CORPUS / "seed.txt"), _job(CORPUS / "seed_vni.txt")])]
    killer.join(1)
    assert [r.record.status for r in results] == ["ok", "ok"]


def test_a_worker_killed_twice_fails_its_document_alone():
    killer = _kill_workers(2)
    with WorkerPool(Limits(), 1) as pool:
        results = {job.doc_id: result for job, result in pool.run([_job(CORPUS / "seed.txt")])}
    killer.join(1)
    record = results["seed_txt"].record
    assert record.status == "failed" and "died twice" in record.error and "SIGKILL" in record.error
    assert results["seed_txt"].transient


def test_over_the_time_limit_fails_alone_and_the_next_document_runs():
    limits = Limits(timeout_s=3)
    started = time.monotonic()
    first = run_one_limited(_job(CORPUS / "seed_scan.pdf"), limits)  # seven pages of OCR: far over 3 s
    assert time.monotonic() - started < 10
    assert first.record.status == "failed" and first.record.error == limits.time_message()
    assert "--timeout" in first.record.error
    assert run_one_limited(_job(CORPUS / "seed.txt"), Limits(timeout_s=120)).record.status == "ok"


def test_over_the_memory_limit_fails_alone(tmp_path: Path):
    big = tmp_path / "big.txt"
    line = ("Ủy ban nhân dân tỉnh đã hỗ trợ 37 đề án với tổng kinh phí 13.183,72 triệu đồng. " * 20 + "\n").encode()
    with big.open("wb") as stream:
        for _ in range(300 * 2**20 // len(line)):  # 300 MB of Vietnamese text: more than twice that once decoded
            stream.write(line)
    limits = Limits(timeout_s=120, max_memory_mb=1000)
    result = run_one_limited(_job(big), limits)
    assert result.record.status == "failed"
    assert result.record.error == limits.memory_message()
    assert run_one_limited(_job(CORPUS / "seed.txt"), limits).record.status == "ok"


@pytest.fixture(autouse=True)
def _no_worker_left():
    yield
    from extract import worker

    pool = getattr(worker._LOCAL, "pool", None)
    if pool is not None:
        pool.close()
        worker._LOCAL.pool = None
