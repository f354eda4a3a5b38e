"""One bad file never stops a batch: each is a failed row with a one-line error; good ones are written in full."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from tests.contract import assert_contract, read_table

GOOD_TEXT = (
    "BÁO CÁO\nKết quả thực hiện kế hoạch năm\nThực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 "
    "của Ủy ban nhân dân tỉnh, đã hỗ trợ 03 cơ sở với tổng kinh phí 150 triệu đồng.\n"
)


def _pdf(path: Path, encrypt: str | None = None) -> None:
    page = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    page.drawString(72, 720, "Report 2024")
    page.save()


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "notepad.txt").write_text(GOOD_TEXT, encoding="utf-16")  # Windows "Unicode": UTF-16 with a mark
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "random.docx").write_bytes(os.urandom(4096))
    _pdf(folder / "whole.pdf")
    data = (folder / "whole.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 2])
    (folder / "whole.pdf").unlink()
    _pdf(folder / "locked.pdf", encrypt="secret")
    with zipfile.ZipFile(folder / "mislabelled.pdf", "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "saved").mkdir()
    (folder / "saved" / "good again.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (folder / "notes.md").write_text("# not a report\n", encoding="utf-8")
    (folder / "~$good.doc").write_bytes(b"\x05user " + b"\x00" * 150)
    return folder


def test_bad_files_fail_alone(batch: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = _run("run", str(batch), "--out", str(out), cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    documents = assert_contract(out).set_index("doc_id")
    assert documents.loc["good_txt", "status"] == "ok"
    assert documents.loc["notepad_txt", "status"] == "ok"
    failed = documents[documents.status == "failed"]
    assert set(failed.index) == {"random_docx", "truncated_pdf", "locked_pdf", "mislabelled_pdf", "binary_txt"}
    for doc_id, error in failed.error.items():
        assert error and "\n" not in error, doc_id
    skipped = read_table(out, "skipped")
    reasons = {Path(source).name: reason for source, reason in zip(skipped.source, skipped.reason)}
    assert set(reasons) == {"empty.pdf", "good again.txt", "notes.md", "~$good.doc"}, reasons
    assert reasons["empty.pdf"] == "empty file"
    assert reasons["good again.txt"].startswith("same content as ") and reasons["good again.txt"].endswith("good.txt")
    assert reasons["notes.md"] == "not a document type we read (.md)"
    assert "lock file" in reasons["~$good.doc"]
    assert "5 failed, 4 files not read" in result.stderr, result.stderr
    assert "mislabelled" in failed.loc["mislabelled_pdf", "error"]
    assert "encrypt" in failed.loc["locked_pdf", "error"].lower() or "password" in failed.loc["locked_pdf", "error"].lower()
    references = read_table(out, "references")
    assert list(references.canonical) == ["12/QĐ-UBND", "12/QĐ-UBND"]
    amounts = read_table(out, "amounts")
    assert list(amounts.value_vnd) == ["150000000", "150000000"]
    assert (out / "text" / "good_txt.txt").is_file()
    assert not list(out.rglob("*.part")), "no half-written file is left behind"


@pytest.mark.parametrize(
    "args, message",
    [
        (["run", "no/such/file.pdf", "--out", "out"], "input not found"),
        (["run", "--out", "out"], "required"),
        (["run", ".", "--bogus", "--out", "out"], "unrecognized"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str):
    result = _run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr
