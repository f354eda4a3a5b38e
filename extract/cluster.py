"""Documents run on an existing Dask distributed cluster, with the same limits, retries and Results as a
local batch: each task runs its document through `run_one_limited` on the Dask worker, in a limited
worker process of its own that the Dask worker keeps from one document to the next.

The documents travel as bytes (scattered to the cluster), so the Dask workers need no access to the
caller's files, only the same version of this package. The caller keeps at most two documents per Dask
worker thread in flight, so its memory does not grow with the batch; it writes every output itself.
"""

from __future__ import annotations

import logging
import tempfile
from collections import deque
from pathlib import Path
from typing import Iterator, Sequence

from distributed import Client, as_completed

from extract.errors import BatchSetupError, one_line
from extract.limits import Job, Limits, failed_result
from extract.pipeline import Result
from extract.worker import run_one_limited

LOG = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10
IN_FLIGHT_PER_THREAD = 2


class ClusterError(BatchSetupError):
    """The cluster cannot be used (no scheduler at the address, no workers); str(error) is one line."""


def run_remote(data: bytes, job: Job, limits: Limits) -> Result:
    """On a Dask worker: the document `data` (named as `job.path`) under `limits`, as a local batch runs it."""
    with tempfile.TemporaryDirectory(prefix="baocao-") as folder:
        path = Path(folder) / job.path.name
        path.write_bytes(data)
        return run_one_limited(Job(path, job.doc_id, job.source, job.sha256), limits)


def run_on_cluster(address: str, jobs: Sequence[Job], limits: Limits) -> Iterator[tuple[Job, Result]]:
    """Each job's Result as it finishes on the cluster at `address`; a task lost with its Dask workers
    (Dask retries it elsewhere first) fails only its document."""
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"--cluster {address}: no Dask scheduler answers ({one_line(error)})") from error
    with client:
        threads = sum(client.nthreads().values())
        if not threads:
            raise ClusterError(f"--cluster {address}: the scheduler has no workers")
        pending = deque(jobs)
        running = as_completed()
        held: dict[str, Job] = {}

        def submit(job: Job) -> None:
            data = client.scatter(job.path.read_bytes(), hash=False)
            future = client.submit(run_remote, data, job, limits, pure=False)
            held[future.key] = job
            running.add(future)

        for _ in range(min(len(pending), threads * IN_FLIGHT_PER_THREAD)):
            submit(pending.popleft())
        for future in running:
            job = held.pop(future.key)
            try:
                result = future.result()
            except Exception as error:  # noqa: BLE001 - a lost task fails its document, never the batch
                LOG.warning("%s: the cluster lost its task: %s", job.source, one_line(error))
                result = failed_result(job, f"the cluster could not run it ({one_line(error)})")
            future.release()
            yield job, result
            if pending:
                submit(pending.popleft())
