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
    ("Đơn vị tính: 1.000 đồng", []),  # the unit of a table's figures (thousands of đồng), not an amount
    ("ĐVT: 1.000đ", []),
    ("phí cấp bản sao 1.000 đồng/bản", [(1_000, "1.000 đồng")]),  # the same figure as a price is money
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
    # a programme funded at a level, named after `nguồn`/`kinh phí`, or opening a `label: amount` line
    (
        "Hỗ trợ 200 triệu đồng từ nguồn chương trình mục tiêu quốc gia xây dựng nông thôn mới.",
        ("200 triệu đồng", "200", "triệu đồng", "Hỗ trợ", "nguồn chương trình mục tiêu quốc gia"),
    ),
    (
        "- Khuyến nông địa phương: 300 triệu đồng",
        ("300 triệu đồng", "300", "triệu đồng", "Khuyến nông địa phương", "Khuyến nông địa phương"),
    ),
    (
        "Sở Tài chính địa phương cấp 50 triệu đồng cho 02 lớp tập huấn.",  # an office, not a source
        ("50 triệu đồng", "50", "triệu đồng", "Sở Tài chính địa phương cấp", None),
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
    # --- the unit in its own column, per row (statistics forms: `Đơn vị tính | Số liệu`) ---
    (  # merged `Kết quả thống kê` over `Đơn vị tính | Số liệu`; rows in %, Đơn vị, Hồ sơ are not money
        "Biểu mẫu 6",
        [["STT", "Chỉ tiêu thống kê", "Kết quả thống kê", "", "Ghi chú"],
         ["", "", "Đơn vị tính", "Số liệu", ""],
         ["1.", "Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công", "%", "51,8", ""],
         ["1.1.", "Kế hoạch được giao", "Triệu đồng", "17.454.000", ""],
         ["1.2.", "Đã thực hiện", "Triệu đồng", "9.037.000", ""],
         ["2.", "Tổng số đơn vị sự nghiệp", "Đơn vị", "271", "Cấp tỉnh: 271"],
         ["3.", "Số hồ sơ đã giải quyết", "Hồ sơ", "1.000", ""],
         ["3.2", "Số xã đã kiểm tra", "", "38", ""]],
        [(17_454_000_000_000, "17.454.000", "Kế hoạch được giao"), (9_037_000_000_000, "9.037.000", "Đã thực hiện")],
    ),
    (  # `ĐVT` column, two value columns (the column is named in the purpose), a comparison column
        "Bảng 2. Kết quả thu chi",
        [["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2025", "Thực hiện", "So sánh (%)"],
         ["1", "Thu ngân sách", "Tỷ đồng", "1.200", "1.350,5", "112,5"],
         ["2", "Dân số", "Người", "1.250.000", "1.260.000", "100,8"],
         ["3", "Vốn hỗ trợ", "VNĐ", "500.000.000", "450.000.000", "90"]],
        [(1_200_000_000_000, "1.200", "Thu ngân sách — Kế hoạch 2025"),
         (1_350_500_000_000, "1.350,5", "Thu ngân sách — Thực hiện"),
         (500_000_000, "500.000.000", "Vốn hỗ trợ — Kế hoạch 2025"),
         (450_000_000, "450.000.000", "Vốn hỗ trợ — Thực hiện")],
    ),
    (  # `Đơn vị` column with abbreviated and thousand units
        "Bảng 3",
        [["STT", "Nội dung", "Đơn vị", "Số liệu"],
         ["1", "Kinh phí tập huấn", "Tr.đ", "85,5"],
         ["2", "Mức hỗ trợ học viên", "Nghìn đồng", "250"],
         ["3", "Học viên", "Người", "120"]],
        [(85_500_000, "85,5", "Kinh phí tập huấn"), (250_000, "250", "Mức hỗ trợ học viên")],
    ),
    (  # a unit per something; a row whose label cell is empty takes no label from its unit cell
        "Bảng 3b",
        [["STT", "Chỉ tiêu", "ĐVT", "Mức chi"],
         ["1", "Hỗ trợ học viên", "Đồng/người/ngày", "150.000"],
         ["2", "", "Triệu đồng", "70"]],
        [(150_000, "150.000", "Hỗ trợ học viên"), (70_000_000, "70", "Mức chi")],  # no label: the column
    ),
    (  # `Đơn vị` naming the agency, not a unit: its figures are counts
        "Bảng 4",
        [["STT", "Đơn vị", "Số hồ sơ tiếp nhận"], ["1", "Sở Tài chính", "120"], ["2", "UBND xã A", "1.000"]],
        [],
    ),
    (  # quantities table: the row's unit (Ngày) is the quantity's; price columns take the table note
        "Đơn vị tính: đồng",
        [["STT", "Nội dung", "ĐVT", "Số lượng", "Đơn giá", "Thành tiền"],
         ["1", "Thuê hội trường", "Ngày", "2", "3.000.000", "6.000.000"]],
        [(3_000_000, "3.000.000", "Thuê hội trường — Đơn giá"), (6_000_000, "6.000.000", "Thuê hội trường — Thành tiền")],
    ),
    # --- the unit in a merged header row above the value columns ---
    (
        "Bảng 5",
        [["STT", "Nội dung", "Kinh phí (triệu đồng)", "", "", "Ghi chú"],
         ["", "", "Kế hoạch 2025", "Thực hiện", "Tỷ lệ (%)", ""],
         ["1", "Tập huấn", "120", "115,5", "96,3", ""],
         ["2", "Hội thảo", "80", "80", "100", "2025"]],
        [(120_000_000, "120", "Tập huấn — Kế hoạch 2025"), (115_500_000, "115,5", "Tập huấn — Thực hiện"),
         (80_000_000, "80", "Hội thảo — Kế hoạch 2025"), (80_000_000, "80", "Hội thảo — Thực hiện")],
    ),
    (  # the note fills the first header row; a numbering row (A, B, 1, 2) under the header is not data
        "Bảng 6",
        [["ĐVT: triệu đồng", "", "", ""],
         ["TT", "Nguồn vốn", "Kế hoạch", "Lũy kế giải ngân"],
         ["A", "B", "1", "2"],
         ["1", "Ngân sách trung ương", "5.000", "2.500,5"]],
        [(5_000_000_000, "5.000", "Ngân sách trung ương — Kế hoạch"),
         (2_500_500_000, "2.500,5", "Ngân sách trung ương — Lũy kế giải ngân")],
    ),
    (  # a money column of small figures is data, not a numbering row; a numbering row repeated lower is not
        "Bảng 6b",
        [["STT", "Nội dung", "Kinh phí (triệu đồng)"], ["1", "Tập huấn", "2"], ["(1)", "(2)", "(3)"], ["2", "3", "4"]],
        [(2_000_000, "2", "Tập huấn"), (4_000_000, "4", "Kinh phí")],  # no label: the column's name
    ),
    (  # the note above the table; year, count and rate columns are not money
        "Bảng 7. Danh mục dự án (ĐVT: tỷ đồng)",
        [["TT", "Dự án", "Năm hoàn thành", "Số lượng hạng mục", "Tổng mức đầu tư", "Tỷ lệ giải ngân"],
         ["1", "Cụm công nghiệp A", "2025", "12", "1.300", "45,5"]],
        [(1_300_000_000_000, "1.300", "Cụm công nghiệp A")],
    ),
    (  # years as column names: the header row is not data
        "ĐVT: triệu đồng",
        [["TT", "Nội dung", "2024", "2025"], ["1", "Chi thường xuyên", "1.200", "1.500"]],
        [(1_200_000_000, "1.200", "Chi thường xuyên — 2024"), (1_500_000_000, "1.500", "Chi thường xuyên — 2025")],
    ),
    (  # `1.000 đồng` as the unit: the figures count thousands of đồng
        "Đơn vị tính: 1.000 đồng",
        [["STT", "Nội dung", "Dự toán", "Kinh phí (1.000đ)"], ["1", "Tập huấn", "85.500", "90.000"]],
        [(85_500_000, "85.500", "Tập huấn — Dự toán"), (90_000_000, "90.000", "Tập huấn — Kinh phí")],
    ),
    (  # an empty template: `…` and blank cells are not amounts
        "Biểu 02",
        [["TT", "Dự án", "Tổng mức đầu tư được duyệt (Tỷ VNĐ)", "Tỷ lệ giải ngân / Kế hoạch năm (%)"],
         ["…", "…", "…", "…"], ["", "", "", ""]],
        [],
    ),
    (  # `đơn vị` in a sentence above the table is no unit note
        "Các đơn vị đồng loạt triển khai, kết quả như sau",
        [["TT", "Nội dung", "Kế hoạch", "Thực hiện"], ["1", "Tuyên truyền", "20", "25"]],
        [],
    ),
]


@pytest.mark.parametrize("before, rows, expected", TABLES)
def test_table_amounts(before: str, rows: list[list[str]], expected: list) -> None:
    doc = _table_doc(before, rows)
    amounts = find_amounts(doc)
    assert [(a.value_vnd, a.text, a.purpose) for a in amounts] == expected
    assert all(a.in_table and doc.text[a.start : a.end] == a.text for a in amounts)


@pytest.mark.parametrize(
    "number, unit, expected",
    [("13.183,72", "triệu đồng", 13_183_720_000), ("1", "nghìn tỷ đồng", 10**12), ("5.000", "đ", 5_000),
     ("85.500", "1.000 đồng", 85_500_000), ("2", "1.000.000đ", 2_000_000)],
)
def test_to_vnd(number: str, unit: str, expected: int) -> None:
    assert to_vnd(number, unit) == expected
