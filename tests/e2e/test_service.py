"""The HTTP service gives the record `baocao run` writes; bad uploads fail alone and the service stays up.

The service is started by the test on the loopback address and spoken to with real HTTP requests.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import jsonschema
import pytest

from schemas.export import SCHEMA_PATH
from tests.conftest import PROJECT
from tests.e2e.conftest import SEED, without_source


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _post(url: str, name: str, data: bytes) -> tuple[int, dict]:
    boundary = uuid.uuid4().hex
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode() + data + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(url, data=body, method="POST",
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    try:
        with urllib.request.urlopen(request, timeout=300) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def _get(url: str) -> tuple[int, dict]:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return answer.status, json.loads(answer.read())


@pytest.fixture(scope="module")
def service() -> str:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "extract", "serve", "--host", "127.0.0.1", "--port", str(port), "--max-upload", "1",
         "--timeout", "120"],
        cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if _get(f"{url}/health")[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("the service did not start")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_service_gives_the_record_of_baocao_run(service: str, seed_run_record: dict):
    status, record = _post(f"{service}/documents", "seed.txt", SEED.read_bytes())
    assert status == 200
    jsonschema.validate(record, json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    assert without_source(record) == without_source(seed_run_record)


def test_service_refuses_bad_uploads_and_stays_up(service: str):
    status, answer = _post(f"{service}/documents", "report.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 100)
    assert 400 <= status < 500 and answer["detail"] and "\n" not in answer["detail"]
    status, answer = _post(f"{service}/documents", "empty.txt", b"")
    assert status == 400
    status, answer = _post(f"{service}/documents", "huge.txt", b"a" * (2 << 20))
    assert status == 413
    assert _get(f"{service}/health") == (200, {"status": "ok"})


def test_openapi_describes_the_service(service: str):
    status, spec = _get(f"{service}/openapi.json")
    assert status == 200 and {"/health", "/documents"} <= set(spec["paths"])
