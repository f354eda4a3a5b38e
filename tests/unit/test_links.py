"""Case table: when a reference names a document of the batch (links.csv), look-alikes included."""

from __future__ import annotations

from datetime import date
from typing import Optional

import pytest

from extract.write.links import Citable, canonical_key, cites, same_issuer
from schemas.models import Reference

DECISION = Citable("qd", canonical_key("214/QĐ-UBND"), "ỦY BAN NHÂN DÂN TỈNH HẠNH LÂM", date(2025, 3, 5))
NO_ISSUER = Citable("qd", canonical_key("214/QĐ-UBND"), None, date(2025, 3, 5))


def _reference(canonical: str = "214/QĐ-UBND", issuer: Optional[str] = None, issued_on: Optional[date] = None,
               year: Optional[int] = None) -> Reference:
    text = f"Quyết định số {canonical}"
    number, _, symbol = canonical.partition("/")
    return Reference(page=1, start=0, end=len(text), text=text, kind="Quyết định", canonical=canonical,
                     number=number, symbol=symbol, issuer=issuer, issued_on=issued_on, year=year)


@pytest.mark.parametrize("reference, document, linked", [
    (_reference(issuer="Ủy ban nhân dân tỉnh Hạnh Lâm", issued_on=date(2025, 3, 5)), DECISION, True),
    (_reference(issuer="UBND tỉnh Hạnh Lâm"), DECISION, True),                       # abbreviation, no date
    (_reference(issuer="Uỷ ban nhân dân tỉnh Hạnh Lâm", year=2025), DECISION, True),  # other tone placement
    (_reference(issued_on=date(2025, 3, 5)), DECISION, True),                       # no issuer: the full date
    (_reference("214/QĐ-UBND".lower()), DECISION, False),                          # number and symbol alone
    (_reference(issuer="Ủy ban nhân dân tỉnh Bình Sa", issued_on=date(2025, 3, 5)), DECISION, False),
    (_reference(issuer="Ủy ban nhân dân tỉnh Hạnh Lâm", issued_on=date(2024, 3, 5)), DECISION, False),
    (_reference(issuer="Ủy ban nhân dân tỉnh Hạnh Lâm", year=2024), DECISION, False),
    (_reference("215/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Hạnh Lâm"), DECISION, False),
    (_reference("214/QĐ-SCT", issuer="Ủy ban nhân dân tỉnh Hạnh Lâm"), DECISION, False),
    (_reference(issuer="Ủy ban nhân dân tỉnh Hạnh Lâm"), NO_ISSUER, False),       # nothing but the symbol agrees
])
def test_cites(reference: Reference, document: Citable, linked: bool):
    assert cites(reference, document) is linked


@pytest.mark.parametrize("first, second, same", [
    ("Sở Công Thương", "SỞ CÔNG THƯƠNG", True),
    ("Sở Công Thương", "Sở Công Thương tỉnh Hạnh Lâm", True),
    ("HĐND tỉnh Hạnh Lâm", "Hội đồng nhân dân tỉnh Hạnh Lâm", True),
    ("Sở Công Thương", "Sở Tài chính", False),
    ("Ủy ban nhân dân tỉnh Hạnh Lâm", "Ủy ban nhân dân tỉnh Hạnh", False),            # a word, not a prefix
    ("", "Chính phủ", False),
])
def test_same_issuer(first: str, second: str, same: bool):
    assert same_issuer(first, second) is same
