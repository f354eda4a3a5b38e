"""find_amounts: every printed form of an amount, exact whole đồng, and the look-alikes that are not money."""

import pytest

from extract.normalise import from_text, normalise
from extract.parse.money import find_amounts, to_vnd
from extract.read.model import RawDocument, RawLine, RawPage

# input text → [(value_vnd, quoted text)]
CASES = [
    ("tổng kinh phí 13.183,72 triệu đồng", [(13_183_720_000, "13.183,72 triệu đồng")]),
    ("hỗ trợ 1.000 triệu đồng.", [(1_000_000_000, "1.000 triệu đồng")]),
    ("tổng kinh phí thực hiện 103,7 triệu đồng.", [(103_700_000, "103,7 triệu đồng")]),
    ("số kiến nghị là 5.171.344.000.000 đồng", [(5_171_344_000_000, "5.171.344.000.000 đồng")]),
    ("bằng nguồn vốn ngân sách là 332,01 tỷ đồng.", [(332_010_000_000, "332,01 tỷ đồng")]),
    ("dự toán 1,5 tỉ đồng", [(1_500_000_000, "1,5 tỉ đồng")]),
    ("đơn giá 250 nghìn đồng/người", [(250_000, "250 nghìn đồng")]),
    ("đơn giá 250 ngàn đồng", [(250_000, "250 ngàn đồng")]),
    ("mức thu 50.000 VNĐ", [(50_000, "50.000 VNĐ")]),
    ("mức thu 50.000 VND", [(50_000, "50.000 VND")]),
    ("mức thu 50.000vnđ", [(50_000, "50.000vnđ")]),
    ("giá 20.000đ/kg", [(20_000, "20.000đ")]),
    ("tổng vốn 1,2 nghìn tỷ đồng", [(1_200_000_000_000, "1,2 nghìn tỷ đồng")]),
    ("bố trí nguồn vốn đầu tư công (340 tỷ) thực hiện", [(340_000_000_000, "340 tỷ")]),
    ("giải ngân 9.037/17.454 tỷ đồng", [(9_037_000_000_000, "9.037"), (17_454_000_000_000, "17.454 tỷ đồng")]),
    ("OCR: 5 .570 triệu đồng", [(5_570_000_000, "5 .570 triệu đồng")]),
    ("giá trị 1.234,5678 nghìn đồng", [(1_234_568, "1.234,5678 nghìn đồng")]),  # rounded to whole đồng
    # (Bằng chữ: ...) spells the same amount in words: not a second amount
    ("số tiền 500.000.000 đồng (Bằng chữ: Năm trăm triệu đồng chẵn)", [(500_000_000, "500.000.000 đồng")]),
    # generalisation audit: forms of other provinces and ministries
    ("tổng kinh phí 1,5 tỷ đồng", [(1_500_000_000, "1,5 tỷ đồng")]),
    ("mức hỗ trợ 500.000 đồng/người/tháng", [(500_000, "500.000 đồng")]),
    ("kinh phí 2.500 triệu đồng (Hai tỷ năm trăm triệu đồng)", [(2_500_000_000, "2.500 triệu đồng")]),
    ("tổng vốn 15 tỷ VNĐ", [(15_000_000_000, "15 tỷ VNĐ")]),
    ("số tiền: 1.250.000.000 đ", [(1_250_000_000, "1.250.000.000 đ")]),
    ("kinh phí 1.250.000.000đồng", [(1_250_000_000, "1.250.000.000đồng")]),  # no space before the unit
    ("tiền phạt 7,5 triệu đ", [(7_500_000, "7,5 triệu đ")]),
    ("kinh phí 1.000.000₫", [(1_000_000, "1.000.000₫")]),
    ("tổng kinh phí: 350 tr.đồng", [(350_000_000, "350 tr.đồng")]),  # abbreviated triệu đồng
    ("dự toán 120 trđ", [(120_000_000, "120 trđ")]),
    ("dự toán 85,5 Tr.đ", [(85_500_000, "85,5 Tr.đ")]),
    ("tổng kinh phí là 1 tỷ 500 triệu đồng", [(1_500_000_000, "1 tỷ 500 triệu đồng")]),  # compound: one amount
    ("hỗ trợ 2 triệu 500 nghìn đồng/hộ", [(2_500_000, "2 triệu 500 nghìn đồng")]),
    ("kinh phí từ 5 - 10 triệu đồng", [(5_000_000, "5"), (10_000_000, "10 triệu đồng")]),  # a range shares the unit
    ("mức chi từ 3 đến 5 triệu đồng/người", [(3_000_000, "3"), (5_000_000, "5 triệu đồng")]),
    ("mức phạt từ 5.000.000 đồng đến 10.000.000 đồng", [(5_000_000, "5.000.000 đồng"), (10_000_000, "10.000.000 đồng")]),
    ("hỗ trợ 1 triệu/người", [(1_000_000, "1 triệu")]),  # bare scale, money talk, no noun after it
    ("tổng số tiền 10.000 USD", []),
    ("tỉnh Lâm Đồng 5 triệu dân", []),
    ("giai đoạn 2021 - 2025 đồng thời", []),
    ("12 đồng chí và 3 đồng bào", []),
    # look-alikes
    ("Ban chỉ đạo Đề án 06 tỉnh Lâm Đồng", []),
    ("cử 02 đồng chí tham dự", []),
    ("đạt 3 triệu lượt truy cập", []),
    ("với 1,2 triệu người dân", []),
    ("xuất khẩu đạt 2 tỷ USD", []),
    ("đạt tỷ lệ 76,3%", []),
    ("Quyết định số 587/QĐ-UBND ngày 24/9/2021", []),
    ("dân số khoảng 3 triệu.", []),  # a bare scale outside money talk
    ("Covid-19 đồng thời", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_find_amounts(text: str, expected: list[tuple[int, str]]) -> None:
    doc = from_text(text)
    amounts = find_amounts(doc)
    assert [(a.value_vnd, a.text) for a in amounts] == expected
    for amount in amounts:
        assert doc.text[amount.start : amount.end] == amount.text


# input text → (quote, number_text, unit, purpose, funding_source)
CONTEXT = [
    (
        "Tổng kinh phí thực hiện giai đoạn 2021 - 2025: 13.183,72 triệu đồng",
        ("13.183,72 triệu đồng", "13.183,72", "triệu đồng", "Tổng kinh phí thực hiện giai đoạn 2021 - 2025", None),
    ),
    (
        "- Khuyến công quốc gia được giao thực hiện: 5.570 triệu đồng",
        ("5.570 triệu đồng", "5.570", "triệu đồng", "Khuyến công quốc gia được giao thực hiện", "Khuyến công quốc gia"),
    ),
    (
        "Thực hiện 37 đề án, kinh phí khuyến công địa phương hỗ trợ 27 đề án cho 36 cơ sở 3.340 triệu đồng.",
        ("3.340 triệu đồng", "3.340", "triệu đồng", "kinh phí khuyến công địa phương hỗ trợ 27 đề án cho 36 cơ sở",
         "kinh phí khuyến công địa phương"),
    ),
    (
        "Năm 2022, thực hiện 01 đề án với kinh phí hỗ trợ 470 triệu đồng từ nguồn khuyến công quốc gia.",
        ("470 triệu đồng", "470", "triệu đồng", "thực hiện 01 đề án với kinh phí hỗ trợ", "nguồn khuyến công quốc gia"),
    ),
    (
        "Tổng kinh phí chi thường xuyên giao cho khoa học, đổi mới sáng tạo, chuyển đổi số là 398.497 triệu đồng.",
        ("398.497 triệu đồng", "398.497", "triệu đồng",
         "Tổng kinh phí chi thường xuyên giao cho khoa học, đổi mới sáng tạo, chuyển đổi số", None),
    ),
    (
        "Ưu tiên bố trí nguồn vốn đầu tư công (340 tỷ) thực hiện giai đoạn 2026-2030",
        ("340 tỷ", "340", "tỷ", "Ưu tiên bố trí nguồn vốn đầu tư công", "nguồn vốn đầu tư công"),
    ),
    (
        "+ Chi đầu tư phát triển từ ngân sách tỉnh: 3.757 tỷ đồng (không bao gồm vốn ngân sách trung ương)",
        ("3.757 tỷ đồng", "3.757", "tỷ đồng", "Chi đầu tư phát triển từ ngân sách tỉnh", "ngân sách tỉnh"),
    ),
]


@pytest.mark.parametrize("text, expected", CONTEXT)
def test_purpose_and_source(text: str, expected: tuple) -> None:
    [amount] = find_amounts(from_text(text))
    assert (amount.text, amount.number_text, amount.unit, amount.purpose, amount.funding_source) == expected


def _table_doc(before: str, rows: list[list[str]]) -> object:
    lines = [RawLine(text=before, new_paragraph=True)] + [
        RawLine(text=" | ".join(row), kind="table", cells=row, table_id=1) for row in rows
    ]
    return normalise(RawDocument(pages=[RawPage(number=1, lines=lines)], format="docx"))


# (paragraph before the table, rows) → [(value_vnd, quote, purpose)]
TABLES = [
    (
        "Bảng kết quả",
        [["STT", "Nội dung", "Số đề án", "Kinh phí (triệu đồng)"],
         ["1", "Ứng dụng thiết bị", "37", "7.440"],
         ["2", "Thông tin tuyên truyền", "03", "180,5"],
         ["", "Tổng cộng", "40", "7.620,5"]],
        [(7_440_000_000, "7.440", "Ứng dụng thiết bị"), (180_500_000, "180,5", "Thông tin tuyên truyền"),
         (7_620_500_000, "7.620,5", "Tổng cộng")],
    ),
    (
        "ĐVT: tỷ đồng",
        [["TT", "Dự án", "Tổng mức đầu tư", "Diện tích (ha)"],
         ["I", "Cụm công nghiệp A", "1.300", "75"]],
        [(1_300_000_000_000, "1.300", "Cụm công nghiệp A")],
    ),
    (  # generalisation audit: the abbreviated unit in a column header
        "Bảng dự toán",
        [["STT", "Nội dung", "Kinh phí (Tr.đ)"], ["1", "Tập huấn", "120,5"]],
        [(120_500_000, "120,5", "Tập huấn")],
    ),
    (  # no unit anywhere: bare numbers are not money
        "Bảng số liệu",
        [["STT", "Nội dung", "Số lượng"], ["1", "Hồ sơ", "1.000"]],
        [],
    ),
    (  # an amount printed with its unit inside a cell
        "Bảng",
        [["STT", "Nội dung", "Ghi chú"], ["1", "Hỗ trợ cơ sở A", "kinh phí 90 triệu đồng"]],
        [(90_000_000, "90 triệu đồng", "kinh phí")],
    ),
]


@pytest.mark.parametrize("before, rows, expected", TABLES)
def test_table_amounts(before: str, rows: list[list[str]], expected: list) -> None:
    doc = _table_doc(before, rows)
    amounts = find_amounts(doc)
    assert [(a.value_vnd, a.text, a.purpose) for a in amounts] == expected
    assert all(a.in_table for a in amounts)


@pytest.mark.parametrize(
    "number, unit, expected",
    [("13.183,72", "triệu đồng", 13_183_720_000), ("1", "nghìn tỷ đồng", 10**12), ("5.000", "đ", 5_000)],
)
def test_to_vnd(number: str, unit: str, expected: int) -> None:
    assert to_vnd(number, unit) == expected
