"""Links between documents of one batch, and the typed formats (Parquet, SQLite) holding the CSV rows.

The three documents are written by the test: a decision of one province, a report of that province citing
it, and a decision of another province with the same number and symbol, which must not be linked.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tests.contract import assert_contract, assert_typed_formats_match_csv, read_table

HEADER = """ỦY BAN NHÂN DÂN
TỈNH {PROVINCE}
Số: 214/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{Place}, ngày {day} tháng {month} năm 2025

QUYẾT ĐỊNH
Về việc phê duyệt kế hoạch phát triển vùng chè đặc sản năm 2025

Căn cứ Nghị định số 45/2012/NĐ-CP ngày 21/5/2012 của Chính phủ về khuyến công;

QUYẾT ĐỊNH:
Điều 1. Phê duyệt kế hoạch với tổng kinh phí 1.250 triệu đồng.

Nơi nhận:
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trịnh Vĩnh Khang
"""
REPORT = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
TỈNH HẠNH LÂM
Số: 31/BC-SNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hạnh Lâm, ngày 20 tháng 11 năm 2025

BÁO CÁO
Kết quả thực hiện kế hoạch phát triển vùng chè đặc sản năm 2025

Thực hiện Quyết định số 214/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh Hạnh Lâm, Sở báo cáo như sau:
Đã giải ngân 1.100 triệu đồng cho 12 hợp tác xã.

Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC

Phạm Thu Hà
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    inputs = tmp_path_factory.mktemp("inputs")
    (inputs / "decision.txt").write_text(HEADER.format(PROVINCE="HẠNH LÂM", Place="Hạnh Lâm", day="05", month="3"),
                                         encoding="utf-8")
    (inputs / "other_decision.txt").write_text(HEADER.format(PROVINCE="BÌNH SA", Place="Bình Sa", day="12", month="8"),
                                               encoding="utf-8")
    (inputs / "report.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = subprocess.run(
        [sys.executable, "-m", "extract", "run", str(inputs), "--out", str(out), "--format", "csv,parquet,sqlite"],
        cwd=PROJECT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return out


def test_report_links_to_the_decision_it_cites_and_not_to_its_namesake(batch: Path):
    links = read_table(batch, "links")
    assert links[["doc_id", "canonical", "cited_doc_id"]].values.tolist() == [
        ["report_txt", "214/QĐ-UBND", "decision_txt"]
    ]
    text = (batch / "text" / "report_txt.txt").read_text(encoding="utf-8")
    row = links.iloc[0]
    assert text[int(row.start) : int(row.end)] == row.text


def test_review_index_shows_what_cites_what(batch: Path):
    index = (batch / "review" / "index.html").read_text(encoding="utf-8")
    report_row = next(r for r in index.split("<tr>") if ">report_txt<" in r)
    decision_row = next(r for r in index.split("<tr>") if ">decision_txt<" in r)
    assert "decision_txt.html" in report_row and "report_txt.html" in decision_row


def test_parquet_and_sqlite_hold_the_csv_rows_typed(batch: Path):
    assert_contract(batch)
    assert_typed_formats_match_csv(batch)


def test_sqlite_keys_and_indexes(batch: Path):
    database = sqlite3.connect(batch / "baocao.sqlite")
    keys = database.execute("SELECT \"table\", \"from\" FROM pragma_foreign_key_list('links')").fetchall()
    assert ("documents", "doc_id") in keys and ("documents", "cited_doc_id") in keys
    indexes = {row[0] for row in database.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"references_canonical", "amounts_doc_id", "links_cited_doc_id"} <= indexes
    assert database.execute("PRAGMA foreign_key_check").fetchall() == []


def test_readme_query_runs_as_written(batch: Path):
    readme = (PROJECT / "README.md").read_text(encoding="utf-8")
    query = re.search(r"```sql\n(.*?)```", readme, re.S).group(1)
    rows = sqlite3.connect(batch / "baocao.sqlite").execute(query).fetchall()
    assert ("report_txt", "214/QĐ-UBND", "decision_txt", "2025-03-05") in rows
