"""The whole pipeline on the genuine documents of ../shared/real: every one ok, contract kept, text readable."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import regex

from extract.vi.syllables import is_syllable
from tests.conftest import PROJECT
from tests.contract import assert_contract, assert_typed_formats_match_csv, read_table

NOT_SCANNED = ("lc02", "lc05", "lc06", "ld01", "ld03")


@pytest.fixture(scope="module")
def real_outputs(real_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("real")
    files = [str(p) for p in sorted(real_dir.iterdir()) if p.name.startswith(NOT_SCANNED)]
    command = [sys.executable, "-m", "extract", "run", *files, "--out", str(out), "--format", "csv,parquet,sqlite"]
    result = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr
    return out


def test_all_ok_and_contract_kept(real_outputs: Path):
    documents = assert_contract(real_outputs)
    assert len(documents) == len(NOT_SCANNED)
    assert set(documents.status) == {"ok"}


def test_typed_formats_hold_the_csv_rows(real_outputs: Path):
    assert_typed_formats_match_csv(real_outputs)


# A consonant cluster standing alone before a word that starts with a vowel: a syllable split by a space
# ("c ông", "ng ười"), the way PDF extraction breaks Vietnamese words.
SPLIT_SYLLABLE = regex.compile(
    r"(?<!\p{L})[bcdđghklmnpqrstvx]{1,3} (?=[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ])"
)


def test_text_is_readable(real_outputs: Path):
    for path in (real_outputs / "text").glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert text == unicodedata.normalize("NFC", text)
        assert "\ufffd" not in text, path.name
        assert not SPLIT_SYLLABLE.findall(text), path.name
        # Words with Vietnamese letters are whole syllables (acronyms such as QĐ, HĐND set aside).
        words = [w for w in regex.findall(r"\p{L}+", text) if not w.isascii() and not w.isupper()]
        broken = [w for w in words if not is_syllable(w)]
        assert len(broken) <= len(words) // 100, (path.name, broken[:20])
        assert "Việt Nam" in text or "VIỆT NAM" in text, path.name


def test_footnotes_are_apart_from_body(real_outputs: Path):
    footnotes = read_table(real_outputs, "footnotes")
    counts = footnotes.groupby("doc_id").size().to_dict()
    assert counts.get("lc02_sct_laocai_bc_tinh_hinh_ccn_2026-06_docx") == 1
    assert counts.get("ld03_bcd_lamdong_bc_de_an_06_thang3_2026_docx") == 8
    assert counts.get("ld01_ubnd_lamdong_bc_cchc_2025_pdf", 0) >= 1
    for row in footnotes.itertuples():
        text = (real_outputs / "text" / f"{row.doc_id}.txt").read_text(encoding="utf-8")
        body_end = text.find("\n\n")
        assert int(row.start) > body_end, "footnote text stands after the body"
