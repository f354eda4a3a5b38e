"""`baocao serve`: the pipeline as an HTTP service (FastAPI on uvicorn).

GET /health, POST /documents (multipart field `file`) answering the record as JSON (the JSON Schema of
schemas/), GET /openapi.json. Each upload is stored in a folder of its own, removed after the answer,
so no request sees another's file; the work runs in worker processes with the batch's time and memory
limits, never in the server's own process, so a hostile upload fails alone and the service stays up.
"""

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, AsyncIterator, Optional

from fastapi import FastAPI, HTTPException, Request, UploadFile
from fastapi.responses import JSONResponse

from extract.inputs import doc_ids
from extract.limits import DEFAULT_MAX_UPLOAD_MB, Job, Limits
from extract.pipeline import sha256_of
from extract.worker import run_one_limited

log = logging.getLogger(__name__)

_CHUNK = 1 << 20


def _safe_name(filename: Optional[str]) -> str:
    """The upload's base name (never a path), for the doc_id and the format's suffix."""
    name = Path(filename or "document").name.strip() or "document"
    return name[-200:]


async def _store(upload: UploadFile, folder: Path, max_bytes: int) -> Path:
    """Write the upload into `folder`, refusing (413) as soon as it passes `max_bytes`."""
    path = folder / _safe_name(upload.filename)
    size = 0
    with path.open("wb") as stream:
        while chunk := await upload.read(_CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise HTTPException(413, f"upload larger than the limit of {max_bytes // (1 << 20)} MB")
            stream.write(chunk)
    if size == 0:
        raise HTTPException(400, "empty upload")
    return path


def create_app(limits: Limits, max_upload_mb: int = DEFAULT_MAX_UPLOAD_MB, workers: int = 1) -> FastAPI:
    """The service; documents run in a pool of `workers` processes under `limits`."""
    # Each thread keeps one limited worker process (run_one_limited): `workers` threads, `workers` processes.
    threads = ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="baocao-document")

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        threads.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(title="baocao", version="1", description="Structured data from Vietnamese official documents.",
                  lifespan=lifespan)
    max_bytes = max_upload_mb << 20

    @app.get("/health")
    def health() -> dict[str, Any]:
        return {"status": "ok"}

    @app.post("/documents")
    async def documents(file: UploadFile, request: Request) -> JSONResponse:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > max_bytes + _CHUNK:
            raise HTTPException(413, f"upload larger than the limit of {max_upload_mb} MB")
        folder = Path(tempfile.mkdtemp(prefix="baocao-upload-"))
        try:
            path = await _store(file, folder, max_bytes)
            job = Job(path, next(doc_ids([path])), path.name, sha256_of(path))
            result = await asyncio.wrap_future(threads.submit(run_one_limited, job, limits))
            record = result.record
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        if record.status != "ok":
            log.info("upload %s failed: %s", path.name, record.error)
            return JSONResponse({"detail": record.error}, status_code=422)
        return JSONResponse(record.model_dump(mode="json"))

    return app


def serve(host: str, port: int, limits: Limits, max_upload_mb: int, workers: int) -> None:
    """Run the service until interrupted."""
    import uvicorn

    uvicorn.run(create_app(limits, max_upload_mb, workers), host=host, port=port, log_level="info")
