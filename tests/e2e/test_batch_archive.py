"""What an archive throws at a batch (issue 17): odd names, FIFOs, deep folders, a bad output folder, two
batches into one folder, a failed re-run. Every good document comes out complete and each bad one fails
alone with a one-line reason, or (for the output folder) the batch stops before any work with exit 2."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract.outdir import OutputFolder, OutputFolderError
from tests.contract import assert_contract, read_table
from tests.e2e.test_batch_failures import GOOD_TEXT

LONG_NAME = ("Báo cáo kết quả thực hiện " * 7)[:-11]  # 240 bytes of UTF-8 with its suffix


def _run(*args: str, cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "extract", *args], cwd=cwd, capture_output=True, timeout=timeout)


def _stderr(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode("utf-8", "replace")


def test_odd_names_fifos_and_case_do_not_stop_a_batch(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "c.txt", "Case.txt", "case.TXT", f"{LONG_NAME.strip()}.txt"):
        (folder / name).write_text(GOOD_TEXT, encoding="utf-8")
    (folder / os.fsdecode(b"b\xe1.txt")).write_text(GOOD_TEXT, encoding="utf-8")  # not UTF-8: an old Windows disk
    os.mkfifo(folder / "pipe.txt")  # under a folder: not a regular file, passed over
    os.mkfifo(tmp_path / "given.txt")  # named on the command line: fails alone, never read
    out = tmp_path / "out"
    result = _run("run", "in", "given.txt", "--out", "out", "--jobs", "2", cwd=tmp_path, timeout=240)
    assert result.returncode == 1, _stderr(result)
    assert "Traceback" not in _stderr(result)
    documents = assert_contract(out).set_index("doc_id")
    assert len(documents) == 7
    good = documents[documents.index != "given_txt"]
    assert set(good.status) == {"ok"}, good.error
    assert documents.loc["given_txt", "status"] == "failed"
    assert "not a regular file" in documents.loc["given_txt", "error"]
    assert r"in/b\xe1.txt" in set(documents.source)
    assert len({doc_id.casefold() for doc_id in documents.index}) == len(documents), "unique regardless of case"
    assert max(len(doc_id.encode()) for doc_id in documents.index) <= 120
    assert len(read_table(out, "amounts")) == 6
    for doc_id in good.index:
        assert (out / "text" / f"{doc_id}.txt").stat().st_size > 0
    mode = (out / "documents.csv").stat().st_mode & 0o777
    assert mode == 0o666 & ~_umask(), oct(mode)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_deep_folders_are_walked_or_passed_over_without_a_traceback(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "top.txt").write_text(GOOD_TEXT, encoding="utf-8")
    handle = os.open(folder, os.O_RDONLY)
    for depth in range(500):  # deeper than a path may be long (4096 bytes): built through folder handles
        os.mkdir("nested-folder", dir_fd=handle)
        inner = os.open("nested-folder", os.O_RDONLY, dir_fd=handle)
        os.close(handle)
        handle = inner
        if depth in (3, 499):
            note = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=handle)
            os.write(note, GOOD_TEXT.encode("utf-8"))
            os.close(note)
    os.close(handle)
    result = _run("run", "in", "--out", "out", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 0, _stderr(result)
    assert "Traceback" not in _stderr(result)
    documents = assert_contract(tmp_path / "out")
    assert sorted(documents.doc_id) == ["deep_txt", "top_txt"]  # the one at depth 500 cannot be named by any path
    assert "cannot be listed" in _stderr(result)


@pytest.mark.parametrize("make_out, message", [
    (lambda tmp: (tmp / "file").write_text("x") and tmp / "file", "is a file, not a folder"),
    (lambda tmp: (tmp / "file").write_text("x") and tmp / "file" / "sub", "cannot create the folder"),
])
def test_an_unusable_output_folder_stops_before_any_work(tmp_path: Path, make_out, message: str):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    out = make_out(tmp_path)
    result = _run("run", "a.txt", "--out", str(out), cwd=tmp_path, timeout=60)
    assert result.returncode == 2
    assert _stderr(result).strip().count("\n") == 0 and message in _stderr(result)


def test_a_full_disk_is_found_before_any_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(shutil, "disk_usage", lambda path: shutil._ntuple_diskusage(10**9, 10**9 - 4096, 4096))
    with pytest.raises(OutputFolderError, match="free"):
        OutputFolder(tmp_path / "out")


def test_a_second_batch_into_a_locked_folder_is_refused(tmp_path: Path):
    (tmp_path / "a.txt").write_text(GOOD_TEXT, encoding="utf-8")
    first = OutputFolder(tmp_path / "out")  # a batch running into out/
    try:
        result = _run("run", "a.txt", "--out", "out", cwd=tmp_path, timeout=60)
    finally:
        first.close()
    assert result.returncode == 2
    assert "another batch" in _stderr(result) and str(os.getpid()) in _stderr(result)
    with open(tmp_path / "out" / ".baocao" / "lock", "rb") as lock:  # released: a third batch may go
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)


def test_a_failed_rerun_leaves_no_stale_files_and_the_log_keeps_the_traceback(tmp_path: Path):
    source = tmp_path / "a.txt"
    source.write_text(GOOD_TEXT, encoding="utf-8")
    assert _run("run", "a.txt", "--out", "out", cwd=tmp_path).returncode == 0
    out = tmp_path / "out"
    assert (out / "text" / "a_txt.txt").exists() and (out / "review" / "a_txt.html").exists()
    assert not (out / "failures.log").exists()
    source.write_bytes(bytes(range(256)) * 8)  # the same name, now binary
    result = _run("run", "a.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "0 skipped" in _stderr(result)
    assert read_table(out, "documents").status.tolist() == ["failed"]
    assert not (out / "text" / "a_txt.txt").exists() and not (out / "review" / "a_txt.html").exists()
    log = (out / "failures.log").read_text(encoding="utf-8")
    assert "a_txt" in log and "Traceback (most recent call last)" in log


def test_a_document_whose_outputs_cannot_be_written_is_left_for_the_next_run(tmp_path: Path):
    (tmp_path / "in").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "in" / name).write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "text").write_text("in the way")  # text/ cannot be made: every text write fails
    result = _run("run", "in", "--out", "out", "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in _stderr(result)
    assert _stderr(result).count("cannot be written") == 2 and "2 failed" in _stderr(result)
    (tmp_path / "out" / "text").unlink()
    again = _run("run", "in", "--out", "out", "--jobs", "1", cwd=tmp_path)
    assert again.returncode == 0 and "2 done, 0 skipped" in _stderr(again)
