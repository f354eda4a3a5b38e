"""Plain-text reader: tables of small synthetic texts → the lines, kinds, labels and hints it reads.

Snippets imitate a PDF text export: one printed line per line, a blank line between lines, a line
of spaces as the footnote rule, a page's first line starting with a space right after the last
line of the previous page (no blank line between).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.read.text import _rewrite_markers, read_text
from extract.vi.legacy import decode_bytes

RULE = " " * 40
BODY = [
    "Ban chỉ đạo tỉnh đã triển khai các nhiệm vụ trọng tâm trong năm qua,",
    "phối hợp chặt chẽ với các sở, ngành và địa phương để hoàn thành kế",
    "hoạch đề ra, bảo đảm tiến độ và chất lượng của các công trình, dự án",
    "trọng điểm; đồng thời tăng cường kiểm tra, giám sát việc thực hiện.",
    "Công tác tuyên truyền được đẩy mạnh trên các phương tiện thông tin,",
]
NOTE = "Gồm các xã: Hòa Bình, Tân Lập, Phú Thịnh, Đông Sơn, Minh Khai, Thanh Xuân, Yên Hòa, Quang Trung, Đồng Tâm;"


def export(*pages: list[str]) -> str:
    """Pages of printed lines as a PDF text export writes them: pages run together."""
    return "\n".join("\n\n".join(lines) + "\n" for lines in pages).replace("\n\n\n", "\n\n")


def page_break(*pages: list[str]) -> str:
    """Like `export`, but each later page's first line follows directly, starting with a space."""
    parts = ["\n\n".join(pages[0])]
    for lines in pages[1:]:
        parts.append(" " + "\n\n".join(lines))
    return "\n".join(parts) + "\n"


def read(tmp_path: Path, text: str | bytes) -> list[tuple]:
    path = tmp_path / "doc.txt"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return [(line.kind, line.footnote_label, line.new_paragraph, line.text) for p in read_text(path).pages for line in p.lines]


STRUCTURE_CASES = [
    (
        "footnote zone after the rule; body resumes at the next page, continuing the sentence",
        page_break(
            BODY + ["của các cơ sở(1), trong đó nhiều cơ sở đã ứng dụng công nghệ", RULE, "(1) " + NOTE],
            ["- thiết bị mới vào sản xuất, nâng cao năng suất lao động.", "Kết quả cụ thể như sau:"],
        ),
        [("body", None, None, t) for t in BODY]
        + [
            ("body", None, None, "của các cơ sở¹, trong đó nhiều cơ sở đã ứng dụng công nghệ"),
            ("footnote", "1", None, NOTE),
            ("body", None, False, "- thiết bị mới vào sản xuất, nâng cao năng suất lao động."),
            ("body", None, None, "Kết quả cụ thể như sau:"),
        ],
    ),
    (
        "a page-start line after a finished sentence is left to the normaliser",
        page_break(BODY[:4], ["- Hoàn thành 12 công trình;", "- Khởi công 5 dự án."]),
        [("body", None, None, t) for t in BODY[:4]]
        + [("body", None, None, "- Hoàn thành 12 công trình;"), ("body", None, None, "- Khởi công 5 dự án.")],
    ),
    (
        "a page-start line after a full, unfinished line continues it",
        page_break(BODY, ["đại chúng và mạng xã hội."]),
        [("body", None, None, t) for t in BODY] + [("body", None, False, "đại chúng và mạng xã hội.")],
    ),
    (
        "two footnotes, labels with inner spaces, a continuation line, a detached marker",
        page_break(
            BODY + ["đạt 45 sản phẩm(1) và 12 sản phẩm cấp khu vực năm 2024 (2).", RULE]
            + ["(1) " + NOTE[:-1] + ", Hòa An, Tân Hòa, Phú Lâm, Trung Hòa, Mỹ Lâm,", "Kim Phú;"]
            + ["(2 ) " + NOTE],
            ["Đánh giá chung:"],
        ),
        [("body", None, None, t) for t in BODY]
        + [
            ("body", None, None, "đạt 45 sản phẩm¹ và 12 sản phẩm cấp khu vực năm 2024²."),
            ("footnote", "1", None, NOTE[:-1] + ", Hòa An, Tân Hòa, Phú Lâm, Trung Hòa, Mỹ Lâm,"),
            ("footnote", None, None, "Kim Phú;"),
            ("footnote", "2", None, NOTE),
            ("body", None, None, "Đánh giá chung:"),
        ],
    ),
    (
        "a footnote line that fits the body width but follows an unfinished line stays a footnote",
        page_break(
            BODY + ["tổng cộng 30 đơn vị(1).", RULE, "(1) " + NOTE[:-1] + ", Hòa An, Tân Hòa, Phú Lâm,", "Trung Hòa và Mỹ Lâm."],
            ["Tiếp theo là phần đánh giá."],
        ),
        [("body", None, None, t) for t in BODY]
        + [
            ("body", None, None, "tổng cộng 30 đơn vị¹."),
            ("footnote", "1", None, NOTE[:-1] + ", Hòa An, Tân Hòa, Phú Lâm,"),
            ("footnote", None, None, "Trung Hòa và Mỹ Lâm."),
            ("body", None, None, "Tiếp theo là phần đánh giá."),
        ],
    ),
    (
        "a line of spaces without a label after it is not a footnote rule",
        export(BODY + [RULE, "(viết tắt là Kế hoạch)."]),
        [("body", None, None, t) for t in BODY + ["(viết tắt là Kế hoạch)."]],
    ),
    (
        "a printed empty line (one space) starts a paragraph",
        export(["BÁO CÁO", " ", "Kính gửi: Ủy ban nhân dân tỉnh."] + BODY[:2]),
        [("body", None, None, "BÁO CÁO"), ("body", None, True, "Kính gửi: Ủy ban nhân dân tỉnh.")]
        + [("body", None, None, t) for t in BODY[:2]],
    ),
    (
        "ordinary text: a blank line starts a paragraph, lines in between are left to the normaliser",
        "Dòng một của đoạn thứ nhất\ndòng hai của đoạn thứ nhất.\n\nĐoạn thứ hai.\n",
        [
            ("body", None, None, "Dòng một của đoạn thứ nhất"),
            ("body", None, None, "dòng hai của đoạn thứ nhất."),
            ("body", None, True, "Đoạn thứ hai."),
        ],
    ),
    (
        "ordinary text with a footnote rule of underscores",
        "Tổng số 12 xã(1).\n__________\n(1) Gồm các xã A, B.\n",
        [("body", None, None, "Tổng số 12 xã¹."), ("footnote", "1", None, "Gồm các xã A, B.")],
    ),
    (
        "a body list item (1) at the start of a line is not a marker",
        "Nội dung gồm:\n(1) Rà soát văn bản;\n(2) Kiểm tra thực hiện.\n",
        [
            ("body", None, None, "Nội dung gồm:"),
            ("body", None, None, "(1) Rà soát văn bản;"),
            ("body", None, None, "(2) Kiểm tra thực hiện."),
        ],
    ),
]


@pytest.mark.parametrize("name, text, expected", STRUCTURE_CASES, ids=[c[0] for c in STRUCTURE_CASES])
def test_structure(tmp_path: Path, name: str, text: str, expected: list[tuple]) -> None:
    assert read(tmp_path, text) == expected


MARKER_CASES = [
    ("cấp tỉnh(1), trong đó", {"1"}, "cấp tỉnh¹, trong đó"),
    ("năm 2024 (2).", {"2"}, "năm 2024²."),
    ("năm 2024 (2)", {"2"}, "năm 2024²"),
    ("các ngành(12);", {"12"}, "các ngành¹²;"),
    ("đơn vị( 3 ) khác", {"3"}, "đơn vị³ khác"),
    # look-alikes that stay as printed
    ("cấp tỉnh(4), trong đó", {"1"}, "cấp tỉnh(4), trong đó"),  # no footnote 4
    ("gồm (1) rà soát và (2) kiểm tra", {"1", "2"}, "gồm (1) rà soát và (2) kiểm tra"),  # enumeration
    ("(1) Rà soát văn bản", {"1"}, "(1) Rà soát văn bản"),  # list item at line start
    ("Điều 3 (sửa đổi)", {"3"}, "Điều 3 (sửa đổi)"),
    ("khoản (2) Điều 5", {"2"}, "khoản (2) Điều 5"),
]


@pytest.mark.parametrize("text, labels, expected", MARKER_CASES)
def test_markers(text: str, labels: set[str], expected: str) -> None:
    assert _rewrite_markers(text, labels) == expected


def test_form_feed_splits_pages(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Trang một.\fTrang hai.\n", encoding="utf-8")
    raw = read_text(path)
    assert [[line.text for line in p.lines] for p in raw.pages] == [["Trang một."], ["Trang hai."]]
    assert [p.number for p in raw.pages] == [1, 2] and raw.format == "txt"


def test_one_paragraph_per_line_when_lines_are_too_long_to_be_printed_lines(tmp_path: Path) -> None:
    paragraphs = [" ".join([NOTE] * 2), " ".join([NOTE] * 3), "Ngắn."]
    assert [(k, np) for k, _, np, _ in read(tmp_path, "\n".join(paragraphs))] == [("body", True)] * 3


ENCODING_CASES = [
    ("utf-8 with a byte-order mark", "\ufeffBáo cáo".encode("utf-8"), "Báo cáo"),
    ("utf-8", "Ủy ban nhân dân".encode("utf-8"), "Ủy ban nhân dân"),
    ("utf-16 little-endian with its mark", "\ufeffQuyết định".encode("utf-16-le"), "Quyết định"),
    ("utf-16 big-endian with its mark", "\ufeffQuyết định".encode("utf-16-be"), "Quyết định"),
    ("not utf-8: legacy bytes decoded by the legacy module", b"B\xb8o c\xb8o", decode_bytes(b"B\xb8o c\xb8o")),
]


@pytest.mark.parametrize("name, data, expected", ENCODING_CASES, ids=[c[0] for c in ENCODING_CASES])
def test_encodings(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    assert [t for *_, t in read(tmp_path, data)] == [expected]
