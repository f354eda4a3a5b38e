"""A folder as archives hold them: old Word, RTF, spreadsheets, a web page saved as `.xls`, an RTF saved as
`.doc`, broken and unsupported files. Every file is a document or a row of skipped.csv, the broken ones
fail alone with a one-line reason, the exit status is 1 (CONTRACT.md), and nothing else is lost."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import CORPUS, PROJECT
from tests.contract import assert_contract, read_table

WEB_PAGE_SHEET = """<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8"></head><body>
<table><tr><td>STT</td><td>Nội dung</td><td>Kinh phí (triệu đồng)</td></tr>
<tr><td>1</td><td>Hỗ trợ đào tạo nghề</td><td>120</td></tr>
<tr><td>2</td><td>Hội chợ triển lãm</td><td>80</td></tr></table></body></html>"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("archive")
    for name in ("seed_tcvn3.doc", "budget_form.xls"):
        if not (CORPUS / name).is_file():
            pytest.skip(f"corpus/{name} is missing: build the corpus (python -m tools.make_corpus)")
        shutil.copyfile(CORPUS / name, folder / name)
    shutil.copyfile(CORPUS / "seed_tcvn3.rtf", folder / "rtf saved as.doc")  # RTF under a Word name
    (folder / "web page.xls").write_text(WEB_PAGE_SHEET, encoding="utf-8")  # Excel's "Web Page" under .xls
    (folder / "broken.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    with zipfile.ZipFile(folder / "broken.xlsx", "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    (folder / "empty.rtf").write_bytes(b"")
    (folder / "setup.exe").write_bytes(b"MZ\x90\x00" + bytes(200))
    (folder / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    return folder


@pytest.fixture(scope="module")
def run(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[subprocess.CompletedProcess, Path]:
    out = tmp_path_factory.mktemp("out")
    result = subprocess.run([sys.executable, "-m", "extract", "run", str(folder), "--out", str(out)],
                            cwd=PROJECT, capture_output=True, text=True, timeout=900)
    return result, out


def test_every_file_accounted_for(run: tuple[subprocess.CompletedProcess, Path], folder: Path) -> None:
    result, out = run
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    documents = assert_contract(out)
    skipped = read_table(out, "skipped")
    read = {Path(source).name: status for source, status in zip(documents.source, documents.status)}
    reasons = {Path(source).name: reason for source, reason in zip(skipped.source, skipped.reason)}
    assert set(read) | set(reasons) == {path.name for path in folder.iterdir()}
    assert read == {
        "seed_tcvn3.doc": "ok", "budget_form.xls": "ok", "rtf saved as.doc": "ok", "web page.xls": "ok",
        "broken.doc": "failed", "broken.xlsx": "failed",
    }
    assert reasons == {
        "empty.rtf": "empty file",
        "setup.exe": "not a document type we read (.exe)",
        "Thumbs.db": "not a document type we read (.db)",
    }
    assert "2 failed, 3 files not read" in result.stderr, result.stderr


def test_failures_say_why_in_one_line(run: tuple[subprocess.CompletedProcess, Path]) -> None:
    documents = read_table(run[1], "documents")
    errors = dict(zip(documents.source.map(lambda s: Path(s).name), documents.error))
    assert "Word/Excel 97-2003" in errors["broken.doc"] or "neither Word nor Excel" in errors["broken.doc"]
    assert errors["broken.xlsx"] and "\n" not in errors["broken.xlsx"]


def test_what_each_format_says_is_kept(run: tuple[subprocess.CompletedProcess, Path]) -> None:
    out = run[1]
    amounts = read_table(out, "amounts")
    by_doc = amounts.groupby("doc_id").value_vnd.apply(list).to_dict()
    assert by_doc["web_page_xls"] == ["120000000", "80000000"]
    assert len(by_doc["budget_form_xls"]) == 16
    references = read_table(out, "references")
    seed = references[references.doc_id == "seed_tcvn3_doc"]
    assert list(seed.canonical) == list(references[references.doc_id == "rtf_saved_as_doc"].canonical)
    assert "587/QĐ-UBND" in set(seed.canonical)
