"""Words of the header and closing of an official document (NĐ 30/2020/NĐ-CP, Điều 8 and Phụ lục III).

All patterns are written in the matching key's spelling (tone on the first vowel of `oa`/`oe`/`uy`:
`ỦY`, `HÒA`), so they are applied to ``doc.key``.
"""

from __future__ import annotations

import regex

# Printed type names (upper case, one line of their own) → the type in words.
TYPE_NAMES = (
    "BÁO CÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "TỜ TRÌNH", "THÔNG BÁO", "NGHỊ QUYẾT", "CHỈ THỊ", "QUY CHẾ",
    "QUY ĐỊNH", "THÔNG CÁO", "HƯỚNG DẪN", "CHƯƠNG TRÌNH", "PHƯƠNG ÁN", "ĐỀ ÁN", "DỰ ÁN", "BIÊN BẢN",
    "HỢP ĐỒNG", "CÔNG ĐIỆN", "BẢN GHI NHỚ", "BẢN THỎA THUẬN", "GIẤY ỦY QUYỀN", "GIẤY MỜI",
    "GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP", "PHIẾU GỬI", "PHIẾU CHUYỂN", "PHIẾU BÁO", "THƯ CÔNG",
    "THUYẾT MINH",  # the explanatory note sent with a draft
    # party documents (Hướng dẫn 36-HD/VPTW) and normative ones
    "KẾT LUẬN", "THÔNG TRI", "NGHỊ ĐỊNH", "THÔNG TƯ", "THÔNG TƯ LIÊN TỊCH", "NGHỊ QUYẾT LIÊN TỊCH",
)
_TYPES = "|".join(sorted(TYPE_NAMES, key=len, reverse=True))
TYPE_LINE = regex.compile(r"^(?P<type>" + _TYPES + r")\s*[:.]?$")
# The type and the title printed on one line in capitals (`QUYẾT ĐỊNH CHẤP THUẬN CHỦ TRƯƠNG ĐẦU TƯ`); not a
# heading citing a document (`QUYẾT ĐỊNH SỐ 587/QĐ-UBND`), nor the type followed by who issues it
# (`QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN ...`); `THÔNG TƯ LIÊN TỊCH` is matched whole first.
TYPE_AND_TITLE = regex.compile(
    r"^(?P<type>" + _TYPES + r")\s+(?!(?:SỐ|CỦA)(?!\p{L}))(?P<title>\p{Lu}[^\p{Ll}]*)$"
)
# The type line naming who issues the document (`QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ`): a type, no title.
TYPE_OF_ISSUER = regex.compile(r"^(?P<type>" + _TYPES + r")\s+CỦA\s+\p{Lu}[^\p{Ll}]*$")

# A heading that opens the body or a part of it: `Phần thứ nhất`, `PHẦN I`, `Chương II`, `Mục 1`, `Điều 1.`; a
# numbered heading (`I. ĐẶC ĐIỂM`, `1. Tình hình`, `1.2. Kết quả`). Not `Phần mềm`, `Chương trình`, `Mục tiêu`,
# `Điều chỉnh` (a numeral must follow), nor a year ending a sentence (`2025. Kết quả`).
STRUCTURAL_HEADING = regex.compile(
    r"^(?:(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+(?:(?:thứ|THỨ)\s+\p{L}+|[IVXLC]{1,6}|\d{1,3})"
    r"(?![\p{L}\d])|(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)\.\s+\p{Lu})"
)

# The line of a form or appendix naming the document it belongs to: `(Kèm theo Quyết định số 38/2005/QĐ-UBND
# ngày ...`, `(Ban hành kèm theo ... số ...`, `(Ban hành theo Quyết định số: ...`.
ANNEXED = regex.compile(
    r"\(?\s*(?:(?:Ban\s+hành\s+)?kèm\s+theo|Ban\s+hành\s+theo)(?!\p{L}).*?(?<!\p{L})số(?!\p{L})", regex.IGNORECASE
)

# Type codes of the symbol (Phụ lục III) → the type in words; a Công văn has none.
TYPE_CODES = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế", "QyĐ": "Quy định",
    "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch",
    "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
    "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo", "KL": "Kết luận", "NĐ": "Nghị định",
    "TTLT": "Thông tư liên tịch", "NQLT": "Nghị quyết liên tịch",
}
CONG_VAN = "Công văn"

# National and party mottos printed at the top right: never part of the issuer.
MOTTO = regex.compile(
    r"CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐỘC\s+LẬP\s*[-–—]\s*TỰ\s+DO\s*[-–—]\s*HẠNH\s+PHÚC"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM",
    regex.IGNORECASE,
)

# Words that begin the name of an issuing body: a header line starting with one is a new body,
# any other upper-case line continues the body above it (`ỦY BAN NHÂN DÂN` / `TỈNH LÂM ĐỒNG`).
_ORG_HEADS = (
    "ỦY BAN NHÂN DÂN", "ỦY BAN", "UBND", "HỘI ĐỒNG NHÂN DÂN", "HĐND", "HỘI ĐỒNG", "SỞ", "BỘ", "BAN",
    "CỤC", "CHI CỤC", "TỔNG CỤC", "VỤ", "VĂN PHÒNG", "THANH TRA", "ĐOÀN", "TỔ", "PHÒNG", "TRUNG TÂM",
    "TRƯỜNG", "ĐẠI HỌC", "HỌC VIỆN", "VIỆN", "BỆNH VIỆN", "CÔNG AN", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY",
    "ĐẢNG ỦY", "ĐẢNG BỘ", "MẶT TRẬN", "LIÊN ĐOÀN", "CÔNG TY", "TỔNG CÔNG TY", "KHO BẠC", "NGÂN HÀNG",
    "CHÍNH PHỦ", "QUỐC HỘI", "TÒA ÁN", "VIỆN KIỂM SÁT", "CHI NHÁNH", "BAN QUẢN LÝ", "ĐÀI", "HỘI",
    "BQL", "BCĐ",  # Ban quản lý, Ban chỉ đạo, abbreviated as UBND is
)
ORG_HEAD = regex.compile(r"^(?:" + "|".join(sorted(_ORG_HEADS, key=len, reverse=True)) + r")(?!\S)")

# The line naming who issues a Quyết định / Nghị quyết, printed between its title and `Căn cứ`:
# a post and its body (`CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...`, `BỘ TRƯỞNG BỘ NỘI VỤ`) or a collective body.
POSTS = (
    "CHỦ TỊCH", "BỘ TRƯỞNG", "THỦ TƯỚNG", "GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG",
    "CHI CỤC TRƯỞNG", "VỤ TRƯỞNG", "VIỆN TRƯỞNG", "HIỆU TRƯỞNG", "TRƯỞNG BAN", "TRƯỞNG PHÒNG",
    "CHÁNH VĂN PHÒNG", "CHÁNH THANH TRA", "BÍ THƯ", "TỔNG KIỂM TOÁN", "THỐNG ĐỐC",
)
_COLLECTIVES = (
    "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "QUỐC HỘI", "CHÍNH PHỦ",
    "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BỘ CHÍNH TRỊ", "BAN BÍ THƯ", "THƯỜNG TRỰC",
)
ISSUING_AUTHORITY = regex.compile(
    r"^(?:(?:PHÓ\s+)?(?:" + "|".join(POSTS) + r")\s+\p{Lu}|(?:" + "|".join(_COLLECTIVES) + r")(?!\S))"
)

# Signature block: authority prefix (signing for the head, for a collective, acting, by order...);
# party documents write it with a slash and often no dot (`T/M BAN THƯỜNG VỤ`, `K/T BÍ THƯ`).
AUTHORITY = regex.compile(
    r"^(?:(?P<prefix>KT|TM|Q|TL|TUQ)\s*\.|(?P<prefix>K/T|T/M|T/L|T/UQ)\s*\.?)\s*(?P<whom>\p{Lu}.*)$"
)
SIGNER_TITLE_WORD = regex.compile(
    r"(?<!\S)(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|BÍ THƯ|CHỦ NHIỆM|CHÁNH|THỦ TƯỚNG|THƯ KÝ|TƯ LỆNH|CHỈ HUY|ỦY VIÊN|PHÓ)(?!\S)"
)
# A rank or degree printed before the signer's name (`Thiếu tướng`, `Đại tá`, `TS.`, `PGS.TS.`, `ThS.`):
# military and police ranks (cấp tướng, tá, úy; naval đô đốc), academic titles and degrees.
RANK = regex.compile(
    r"^(?P<rank>(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:Phó\s+)?Đô\s+đốc|Chuẩn\s+đô\s+đốc"
    r"|(?:(?:P?GS|TS|TSKH|ThS|BS|BSCK\s*I{1,2}|DS|KS|KTS|CN|LS)\s*\.\s*)+)\s*(?=\p{Lu})",
    regex.IGNORECASE,
)
# A personal name: 2 to 5 capitalised syllables and nothing else, or the same in capitals
# (`NGUYỄN VĂN AN`) when no word of a post, a body or a signing note is among them.
PERSON_NAME = regex.compile(
    r"\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4}$"
    r"|(?!.*(?<!\S)(?:ĐÃ|KÝ|DẤU|TỈNH|UBND|SỞ|BAN|PHÓ|TRƯỞNG|CHỦ|GIÁM|THƯ|VIÊN|ỦY)(?!\S))\p{Lu}+(?:\s+\p{Lu}+){1,4}$"
)


def type_name(printed: str) -> str:
    """`BÁO CÁO` → `Báo cáo`: the type in words, as the output columns write it."""
    return " ".join(printed.split()).capitalize()


def is_upper_text(text: str) -> bool:
    """Whether `text` has letters and all of them are capitals (a header line of a body's name)."""
    return any(c.isalpha() for c in text) and text == text.upper()
