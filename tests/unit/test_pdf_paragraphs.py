"""Paragraph hints from the layout of PDF lines: a table of (previous line, line) → hint."""

from __future__ import annotations

import pytest

from extract.read.pdf_lines import Segment
from extract.read.pdf_paragraphs import Margins, new_paragraph

MARGINS = Margins(left=85.0, right=510.0, pitch=16.0)


def line(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Segment:
    return Segment(text=text, label=None, x0=x0, x1=x1, top=top, bottom=top + 12, size=12.0, bold=bold)


CASES = [
    # (previous, line, expected hint)
    # a full justified line that does not end a sentence, then a line at the margin: the paragraph goes on
    (line("Thực hiện kế hoạch của tỉnh, các cơ quan đã triển khai đồng bộ nhiều giải", 85, 510, 100),
     line("pháp nhằm nâng cao chất lượng dịch vụ.", 85, 300, 116), False),
    # a first-line indent starts a paragraph
    (line("pháp nhằm nâng cao chất lượng dịch vụ.", 85, 300, 116),
     line("Kết quả đạt được như sau:", 120, 280, 132), True),
    # a centred heading in capitals, then the centred title under it in lower case: two paragraphs
    (line("KẾ HOẠCH", 270, 325, 100, bold=True), line("thực hiện chương trình chuyển đổi số", 190, 405, 116, bold=True), True),
    # two centred lines of one title, both in lower case: the layout does not tell
    (line("thực hiện chương trình chuyển đổi số", 190, 405, 116, bold=True),
     line("giai đoạn 2026 - 2030", 235, 360, 132, bold=True), None),
    # a wide gap above a line starts a paragraph
    (line("pháp nhằm nâng cao chất lượng dịch vụ.", 85, 300, 116), line("Các đơn vị báo cáo", 85, 250, 160), True),
]


@pytest.mark.parametrize("previous, current, expected", CASES)
def test_new_paragraph(previous: Segment, current: Segment, expected) -> None:
    assert new_paragraph(current, previous, same_page=True, margins=MARGINS) is expected
