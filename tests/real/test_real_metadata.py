"""The metadata of genuine PDFs (../shared): legacy TCVN3 titles in the Info dictionary decoded.

Hand-checked from the files' bytes (the Info dictionary read by eye): vc02's /Title is `Vô kinh tÕ C«ng nghiÖp`
(TCVN3 for "Vụ kinh tế Công nghiệp", the issuer's name, not the report's title printed on page 1:
"BÁO CÁO VỀ TÌNH HÌNH SẢN XUẤT KINH DOANH NGÀNH CÔNG NGHIỆP ..."), sg02's `uû ban nh©n d©n tØnh`
(TCVN3, "uỷ ban nhân dân tỉnh", again the first line Word proposed), sg03's a Unicode `UBND TỈNH LÀO CAI`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.normalise.metadata import decoded_metadata
from extract.read.pdf_metadata import read_metadata


@pytest.mark.parametrize("name, title, encoding", [
    # hand-checked: the Info dictionaries' bytes read by eye (TCVN3: Vô = Vụ, tÕ = tế, C«ng = Công, uû = uỷ)
    ("archive/vc02_mpi_vkcn_bc_sxkd_cn_thang02-2007_tcvn3.pdf", "Vụ kinh tế Công nghiệp", "tcvn3"),
    ("signed/sg02_ubnd_laocai_cv_7432_trien_khai_qd_1074_2026-07.pdf", "uỷ ban nhân dân tỉnh", "tcvn3"),
    ("signed/sg03_sct_laocai_cv_1629_kho_vlncn_2026-03.pdf", "UBND TỈNH LÀO CAI", None),
])
def test_real_metadata_titles(archive_dir: Path, name: str, title: str, encoding: str | None) -> None:
    metadata = decoded_metadata(read_metadata(archive_dir.parent / name))
    assert metadata is not None and metadata.fields["title"] == title
    assert metadata.decoded_from.get("title") == encoding


def test_real_metadata_dates(archive_dir: Path) -> None:
    info = read_metadata(archive_dir / "vc02_mpi_vkcn_bc_sxkd_cn_thang02-2007_tcvn3.pdf")
    assert (info["created"], info["modified"]) == ("2007-02-27T14:12:49+07:00", "2007-02-27T14:12:59+07:00")
