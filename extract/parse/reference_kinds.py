"""What kind of document a reference names, and its canonical id.

The kind comes from the word printed before the number (`Quyết định số 587/QĐ-UBND`); where no
such word stands, from the type code of the symbol (Nghị định 30/2020/NĐ-CP, Phụ lục III): `QĐ` →
Quyết định, `QH15` → Luật. A symbol with no type code (`2265/BCT-ATMT`: issuer and drafting unit
only) is a Công văn. A generic word (`Văn bản số 312/GM-VPUBND`) gives way to the type code.

Canonical id: number and symbol as printed, white space removed, separators kept. Two repairs make
the same document print the same way: the look-alike `Ð` (U+00D0) becomes `Đ`, and the ASCII
fallbacks of two type codes that exist in no other sense, `ND` and `QD`, become `NĐ` and `QĐ`
(`45/2012/ND-CP` → `45/2012/NĐ-CP`). Other ASCII forms are ambiguous (`HD` Hướng dẫn / `HĐ` Hợp đồng,
`DA` Dự án / `ĐA` Đề án) and are kept as printed.
"""

from __future__ import annotations

import regex

from extract.parse.reference_marks import strip_lost_marks, tolerant

# Kind words as printed (tone-folded key form), longest first so that `Thông tư liên tịch` wins.
KIND_WORDS = (
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Văn bản hợp nhất", "Chương trình hành động", "Giấy chứng nhận", "Hiến pháp", "Bộ luật",
    "Pháp lệnh", "Nghị định", "Nghị quyết", "Quyết định", "Thông tư", "Chỉ thị", "Kế hoạch", "Kết luận",
    "Công văn", "Văn bản", "Báo cáo", "Tờ trình", "Thông báo", "Thông cáo", "Hướng dẫn", "Giấy mời",
    "Giấy phép", "Chương trình", "Đề án", "Dự án", "Quy định", "Quy chế", "Công điện", "Biên bản",
    "Phương án", "Phiếu chuyển", "Hợp đồng", "Luật",
)
KIND_PATTERN = "|".join(tolerant(regex.escape(word).replace(r"\ ", r"\s+")) for word in KIND_WORDS)
"""Any kind word, white space between its words free, a lost mark on a circumflex allowed (`Quyêt
định`); match with IGNORECASE."""
GENERIC_KINDS = {"Văn bản", "Công văn"}
NO_CODE_KIND = "Công văn"
_KIND_ALIASES = {"Chương trình hành động": "Chương trình"}

TYPE_CODES = {
    "NQ": "Nghị quyết", "NĐ": "Nghị định", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "TC": "Thông cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình",
    "KH": "Kế hoạch", "PA": "Phương án", "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản",
    "TTr": "Tờ trình", "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền", "GM": "Giấy mời", "GGT": "Giấy giới thiệu", "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi", "PC": "Phiếu chuyển", "PB": "Phiếu báo", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "KL": "Kết luận", "GP": "Giấy phép", "CV": "Công văn", "PL": "Pháp lệnh", "L": "Luật",
    "VBHN": "Văn bản hợp nhất", "NQLT": "Nghị quyết liên tịch",
}
_ASCII_CODES = {"ND": "NĐ", "QD": "QĐ"}
_LAW_CODE = regex.compile(r"QH[0-9]+")


def kind_in_words(printed: str) -> str:
    """The kind for a kind word as printed in any case (`QUYẾT ĐỊNH`, OCR's `Quyêt định` → `Quyết định`)."""
    folded = strip_lost_marks(" ".join(printed.split()).lower())
    for word in KIND_WORDS:
        if strip_lost_marks(word.lower()) == folded:
            return _KIND_ALIASES.get(word, word)
    raise KeyError(printed)


def type_code(symbol: str) -> str:
    """The first part of a symbol (`QĐ` of `QĐ-UBND`, `NQ` of `NQ/TU`), as printed."""
    return regex.split(r"[/-]", symbol, maxsplit=1)[0]


def repair_symbol(symbol: str) -> str:
    """The symbol with white space removed, `Ð` → `Đ`, and an ASCII type code `ND`/`QD` → `NĐ`/`QĐ`."""
    text = regex.sub(r"\s+", "", symbol).replace("\u00d0", "Đ")
    code = type_code(text)
    return _ASCII_CODES[code] + text[len(code):] if code in _ASCII_CODES else text


def kind_from_code(symbol: str) -> str:
    """The kind a symbol's type code stands for; Công văn when the symbol carries none."""
    code = type_code(symbol)
    if _LAW_CODE.fullmatch(code):
        return "Luật"
    return TYPE_CODES.get(code, NO_CODE_KIND)


def has_type_code(symbol: str) -> bool:
    code = type_code(symbol)
    return code in TYPE_CODES or _LAW_CODE.fullmatch(code) is not None


def group_key(canonical: str) -> str:
    """Mentions of one document share this key even when one prints `57/NQ/TW` and another `57-NQ/TW`."""
    return regex.sub(r"[^\p{L}0-9]", "", canonical).upper()
