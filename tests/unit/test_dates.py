"""Dates, day first, as Vietnamese documents print them; look-alikes that are no date."""

from datetime import date

import pytest

from extract.parse.dates import find_dates, parse_date

PARSE_CASES = [
    # (printed text, expected date or None)
    ("ngày 24/9/2021", date(2021, 9, 24)),
    ("24-9-2021", date(2021, 9, 24)),
    ("24.9.2021", date(2021, 9, 24)),
    ("ngày 01/4/2026", date(2026, 4, 1)),
    ("ngày 16 tháng 6 năm 2025", date(2025, 6, 16)),
    ("Tuyên Quang, ngày 05 tháng 3 năm 2025", date(2025, 3, 5)),
    ("Ngày 25/9/2025, UBND tỉnh đã ban hành", date(2025, 9, 25)),
    ("ngày 18 tháng 6 năm 2026 của phòng", date(2026, 6, 18)),
    ("ngày 21/03/2026", date(2026, 3, 21)),
    ("ngày 24 / 9 / 2021", date(2021, 9, 24)),
    ("12/11/2025 đến ngày 25/12/2025", date(2025, 11, 12)),  # the first of two
    # day first: 03/04 is the 3rd of April
    ("03/04/2025", date(2025, 4, 3)),
    # generalisation audit
    ("ngày 05 tháng 3 năm 2025", date(2025, 3, 5)),
    ("ngày 5/3/2025", date(2025, 3, 5)),
    ("ngày 05-3-2025", date(2025, 3, 5)),
    ("ngày 05 - 3 - 2025", date(2025, 3, 5)),
    ("ngày 5 tháng 3, năm 2025", date(2025, 3, 5)),
    ("NGÀY 05 THÁNG 3 NĂM 2025", date(2025, 3, 5)),  # heading in capitals
    ("ngày 05tháng 3năm 2025", date(2025, 3, 5)),  # spaces lost in a PDF's text layer
    ("ngày 5 tháng\n3 năm 2025", date(2025, 3, 5)),  # wrapped line
    ("ngày mùng 5 tháng 3 năm 2025", date(2025, 3, 5)),
    ("ngày 29/02/2024", date(2024, 2, 29)),  # leap day
    ("vào lúc 14h00 ngày 5/3/2025", date(2025, 3, 5)),
    # not dates
    ("ngày 29/02/2025", None),  # no leap day that year
    ("trong 12 tháng 3 năm qua", None),  # durations
    ("ngày    tháng 6 năm 2026", None),  # day left blank for signing
    ("ngày … tháng 6 năm 2026", None),
    ("31/02/2025", None),  # no such day
    ("24/13/2021", None),  # no such month
    ("24/9/21", None),  # two-digit year
    ("24/9-2021", None),  # mixed separators
    ("tháng 3/2026", None),  # month and year only
    ("12/63", None),  # ratio
    ("26.770/47.826", None),
    ("13.183,72 triệu đồng", None),
    ("06/03/2026/HCNM", None),  # part of a document number
    ("quý I/2026", None),
    ("Covid-19", None),
    ("", None),
]


@pytest.mark.parametrize("text, expected", PARSE_CASES)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


FIND_CASES = [
    # (text, [(printed date, value)])
    (
        "Quyết định số 587/QĐ-UBND ngày 24/9/2021 và Thông tư ngày 16 tháng 6 năm 2025",
        [("24/9/2021", date(2021, 9, 24)), ("16 tháng 6 năm 2025", date(2025, 6, 16))],
    ),
    ("từ 06/3/2026 đến thời điểm kiểm tra; 31/02/2026 không có", [("06/3/2026", date(2026, 3, 6))]),
    ("giai đoạn 2021 - 2025, tỷ lệ 12/63", []),
]


@pytest.mark.parametrize("text, expected", FIND_CASES)
def test_find_dates(text, expected):
    found = [(text[span.start : span.end], span.value) for span in find_dates(text)]
    assert found == expected
