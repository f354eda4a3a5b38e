"""Hostile files beside good ones (issue 15): every good document complete, each hostile one done or failed
alone with a one-line reason within the limits, the whole batch's memory within what the limits promise,
and nothing from an external entity in any output. The files are built here."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path

import docx
import psutil
import pytest
from reportlab.pdfgen import canvas

from tests.conftest import PROJECT
from tests.contract import assert_contract, read_table
from tests.e2e.test_batch_failures import GOOD_TEXT
from tests.unit.test_read_docx_hostile import LAUGHS

pytestmark = pytest.mark.slow

SECRET = "BI-MAT-KHONG-DUOC-LO-8f3a"
TIMEOUT_S, MAX_MEMORY_MB, JOBS = 45, 1500, 2
PARENT_MB = 400  # the batch process itself: the pipeline is never loaded there


def _docx(path: Path, doctype: str = "", entity: str = "") -> None:
    document = docx.Document()
    for line in GOOD_TEXT.splitlines():
        document.add_paragraph(line)
    document.add_paragraph(f"Ghi chú {entity} hết.")
    document.save(path)
    if not doctype:
        return
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode().replace(f"Ghi chú {entity.replace('&', '&amp;')} hết.", f"Ghi chú {entity} hết.")
    end = xml.index("?>") + 2
    parts["word/document.xml"] = (xml[:end] + f"<!DOCTYPE w:document [{doctype}]>" + xml[end:]).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _zip_bomb(path: Path) -> None:
    """A .docx whose document part inflates from a few hundred KB to 150 MB."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
            for _ in range(150):
                part.write(b" " * 2**20)
            part.write(b"</w:body></w:document>")


def _pdf(path: Path, pages: int, size: tuple[float, float] = (595, 842), text: bool = True) -> None:
    document = canvas.Canvas(str(path), pagesize=size)
    for number in range(pages):
        if text:
            document.drawString(72, 720, f"Bao cao so {number + 1}: ho tro 03 co so voi kinh phi 150 trieu dong.")
        document.showPage()
    document.save()


def _huge_text(path: Path, megabytes: int) -> None:
    line = ("Ủy ban nhân dân tỉnh đã hỗ trợ 37 đề án với tổng kinh phí 13.183,72 triệu đồng. " * 20 + "\n").encode()
    with path.open("wb") as stream:
        for _ in range(megabytes * 2**20 // len(line)):
            stream.write(line)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / "secret.txt").write_text(SECRET, encoding="utf-8")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    _docx(inputs / "good.docx")
    _pdf(inputs / "good.pdf", 1)
    _docx(inputs / "xxe.docx", f'<!ENTITY xxe SYSTEM "file://{root / "secret.txt"}">', "&xxe;")
    _docx(inputs / "laughs.docx", '<!ENTITY l0 "ha">' + LAUGHS, "&l9;")
    _zip_bomb(inputs / "zipbomb.docx")
    _pdf(inputs / "thousands.pdf", 3000)
    _pdf(inputs / "giant.pdf", 1, size=(14400, 14400), text=False)  # the largest page PDF allows, to be OCR'd
    _huge_text(inputs / "huge.txt", 300)
    (inputs / "slashes.txt").write_text("Số " + "1/" * 6000 + " và " + "(" * 5000 + "\n", encoding="utf-8")
    return inputs


def _peak_memory(process: subprocess.Popen, peak: list[int]) -> None:
    """Poll the resident memory of the batch and every process under it until it ends."""
    root = psutil.Process(process.pid)
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)


def test_hostile_files_fail_alone_within_the_limits(folder: Path, tmp_path: Path):
    out = tmp_path / "out"
    command = [sys.executable, "-m", "extract", "run", str(folder), "--out", str(out), "--jobs", str(JOBS),
               "--timeout", str(TIMEOUT_S), "--max-memory", str(MAX_MEMORY_MB)]
    started = time.monotonic()
    batch = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    watcher = threading.Thread(target=_peak_memory, args=(batch, peak), daemon=True)
    watcher.start()
    _, stderr = batch.communicate(timeout=900)
    watcher.join(5)
    elapsed = time.monotonic() - started
    assert batch.returncode == 1, stderr
    assert "Traceback" not in stderr

    documents = assert_contract(out).set_index("doc_id")
    assert len(documents) == 10
    for good in ("good_txt", "good_docx", "good_pdf"):
        assert documents.loc[good, "status"] == "ok", documents.loc[good, "error"]
    amounts = read_table(out, "amounts")
    assert set(amounts.doc_id) >= {"good_txt", "good_docx"}
    for doc_id, row in documents.iterrows():
        if row.status == "failed":
            assert row.error and "\n" not in row.error and len(row.error) <= 300, doc_id
    assert documents.loc["zipbomb_docx", "status"] == "failed" and "too large" in documents.loc["zipbomb_docx", "error"]
    assert documents.loc["laughs_docx", "status"] == "failed" and "entity" in documents.loc["laughs_docx", "error"]
    assert documents.loc["huge_txt", "status"] == "failed"
    assert "limit" in documents.loc["huge_txt", "error"]

    for path in out.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), f"external entity content in {path}"
    assert documents.loc["xxe_docx", "status"] == "ok"  # read without the entity, the text around it kept
    assert "hết" in (out / "text" / "xxe_docx.txt").read_text(encoding="utf-8")

    assert peak[0] <= (JOBS * MAX_MEMORY_MB + PARENT_MB) * 2**20, f"peak {peak[0] >> 20} MB"
    slow = len(documents) * TIMEOUT_S / JOBS + 120  # every document at most its time limit, two at a time, plus starts
    assert elapsed < slow, f"{elapsed:.0f} s"
    print(f"\nhostile batch: {elapsed:.0f} s, peak {peak[0] >> 20} MB;", documents[["status", "error"]].to_string())
