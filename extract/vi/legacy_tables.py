"""Character tables of the legacy Vietnamese 8-bit encodings TCVN3 (ABC) and VNI-Windows.

Written for this project from the published descriptions (no table copied):
- TCVN 5712:1993 (VN1 = all 134 letters; VN3 = the "ABC" subset used by the `.VnTime` fonts:
  lower case, plus Ă Â Ê Ô Ơ Ư Đ), as implemented by glibc `iconvdata/tcvn5712-1.c` and XFree86
  `lcUniConv/tcvn.h`. ABC practice, as in UniKey's converter (`vnconv/data.cpp`): capitals with a
  tone are typed on the lower-case code in an upper-case font (`.VnTimeH`), and bytes 0x80–0x9F keep
  their Windows-1252 symbols (… “ ” – —). VN1 puts 32 capitals there too: `legacy.py` tells them
  apart by context.
- VNI-Windows (`VNI-Times` fonts): a base letter followed by an accent character, two code units
  per toned letter (`caùc` = `các`), with single units for đ ơ ư and the toned i / ỵ; as listed
  by UniKey and the `vietnamese-conversion` package (duydev).

Legacy text is handled as its "byte view": each byte as its Windows-1252 character, the five bytes
Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) as the latin-1 control of the same value.
That is what Word stores in a `.docx` for a legacy-font run, and what `decode_bytes` returns.
"""

from __future__ import annotations

import unicodedata

from extract.vi.tones import TONES


def _byte_char(value: int) -> str:
    try:
        return bytes([value]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(value)


BYTE_VIEW = "".join(_byte_char(value) for value in range(256))
VIEW_TO_BYTE = {char: value for value, char in enumerate(BYTE_VIEW)}
# Text read as latin-1 holds U+0080–U+009F where the byte view has Windows-1252 symbols.
C1_TO_VIEW = {0x80 + i: BYTE_VIEW[0x80 + i] for i in range(32)}


def _with_tone(base: str, tone_index: int) -> str:
    """`base` (one letter) carrying tone `tone_index` (-1: none), precomposed."""
    return base if tone_index < 0 else unicodedata.normalize("NFC", base + TONES[tone_index])


def _letter_rows(rows: dict[str, tuple]) -> dict[str, int]:
    """{letter: byte} from rows `vowel: (code of the toneless vowel or None, 5 toned codes)`."""
    table: dict[str, int] = {}
    for vowel, (plain, *toned) in rows.items():
        if plain is not None:
            table[vowel] = plain
        for tone_index, code in enumerate(toned):
            table[_with_tone(vowel, tone_index)] = code
    return table


# TCVN 5712:1993 lower case (VN3 = VN1 here): toneless form, then grave hook tilde acute dot.
_TCVN3_LOWER_ROWS = {
    "a": (None, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (None, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": (None, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (None, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (None, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": (None, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
# Upper case: the toneless Ă Â Ê Ô Ơ Ư are in VN3; the toned capitals are VN1 only, spread over
# 0x80–0x9F, the gaps of the lower-case area and the control codes 0x01–0x17.
_TCVN3_UPPER_ROWS = {
    "A": (None, 0x80, 0x81, 0x82, 0x83, 0x84),
    "Ă": (0xA1, 0xAF, 0xBA, 0xBF, 0xC0, 0x85),
    "Â": (0xA2, 0xC1, 0xC2, 0xC3, 0xC4, 0x86),
    "E": (None, 0x87, 0x88, 0x89, 0x8A, 0x8B),
    "Ê": (0xA3, 0xC5, 0xCD, 0xD9, 0xDA, 0x8C),
    "I": (None, 0x8D, 0x8E, 0x8F, 0x90, 0x91),
    "O": (None, 0x92, 0x93, 0x94, 0x95, 0x96),
    "Ô": (0xA4, 0xDB, 0xE0, 0xF0, 0xFF, 0x97),
    "Ơ": (0xA5, 0x98, 0x99, 0x9A, 0x9B, 0x9C),
    "U": (None, 0x9D, 0x9E, 0x9F, 0x01, 0x02),
    "Ư": (0xA6, 0x04, 0x05, 0x06, 0x11, 0x12),
    "Y": (None, 0x13, 0x14, 0x15, 0x16, 0x17),
}
_TCVN3_BYTES = {
    **_letter_rows(_TCVN3_LOWER_ROWS),
    **_letter_rows(_TCVN3_UPPER_ROWS),
    "đ": 0xAE,
    "Đ": 0xA7,
}

# Unicode letter → byte-view character (the encode direction; all 134 letters).
TCVN3_ENCODE = {letter: BYTE_VIEW[code] for letter, code in _TCVN3_BYTES.items()}
# Codes decoded by context (a letter where it completes a syllable, else the symbol): the
# Windows-1252 symbols at 0x80–0x9F that VN1 also uses for capitals, and `¹` (ạ), which is also
# how readers write a footnote marker (`tØnh¹` = `tỉnh¹`, `h¹` = `hạ`).
TCVN3_AMBIGUOUS = {
    view: letter
    for letter, view in TCVN3_ENCODE.items()
    if (0x80 <= VIEW_TO_BYTE[view] <= 0x9F and view != chr(VIEW_TO_BYTE[view])) or view == "¹"
}
# Every other code decodes to one letter whatever stands around it.
TCVN3_DECODE = {view: letter for letter, view in TCVN3_ENCODE.items() if view not in TCVN3_AMBIGUOUS}

# VNI-Windows. Tone accents after a vowel (lower / upper case form of the accent character).
_VNI_TONES = ("øØ", "ûÛ", "õÕ", "ùÙ", "ïÏ")
# Accents that also carry the circumflex (â ê ô) or the breve (ă): toneless, then the five tones.
_VNI_CIRCUMFLEX = ("âÂ", "àÀ", "åÅ", "ãÃ", "áÁ", "äÄ")
_VNI_BREVE = ("êÊ", "èÈ", "úÚ", "üÜ", "éÉ", "ëË")
# Letters written as one code unit: đ ơ ư, and i / ỵ whose toned forms have glyphs of their own.
_VNI_SINGLE_LOWER = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "í": "í", "ị": "ò", "ỵ": "î"}


def _vni_table() -> dict[str, str]:
    """{Unicode letter: VNI code units} for the 134 letters (plus toneless ă â ê ô, two units)."""
    lower: dict[str, str] = dict(_VNI_SINGLE_LOWER)
    for vowel in "aeouy":
        for tone_index, accent in enumerate(_VNI_TONES):
            lower.setdefault(_with_tone(vowel, tone_index), vowel + accent[0])
    for base, marked, accents in (("a", "â", _VNI_CIRCUMFLEX), ("e", "ê", _VNI_CIRCUMFLEX), ("o", "ô", _VNI_CIRCUMFLEX), ("a", "ă", _VNI_BREVE)):
        for tone_index, accent in enumerate(accents, start=-1):
            lower[_with_tone(marked, tone_index)] = base + accent[0]
    for vowel, code in (("ơ", "ô"), ("ư", "ö")):
        for tone_index, accent in enumerate(_VNI_TONES):
            lower[_with_tone(vowel, tone_index)] = code + accent[0]
    upper_accent = {pair[0]: pair[1] for pair in _VNI_TONES + _VNI_CIRCUMFLEX + _VNI_BREVE}
    table = dict(lower)
    for letter, code in lower.items():
        capital = letter.upper()
        if len(code) == 1:
            table[capital] = code.upper()
        else:
            table[capital] = code[0].upper() + upper_accent[code[1]]
    return table


VNI_ENCODE = _vni_table()
VNI_DECODE = {code: letter for letter, code in VNI_ENCODE.items()}
# Word and PDF text also show a capital base with the lower-case accent (and the reverse).
VNI_DECODE.update({code[0] + code[1].swapcase(): letter for code, letter in list(VNI_DECODE.items()) if len(code) == 2})

# Letters of Vietnamese written in Unicode (the 134 plus the plain Latin ones).
VIETNAMESE_LETTERS = frozenset(TCVN3_ENCODE) | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _signature_chars(codes: set[str]) -> str:
    """Code characters that never stand in Unicode Vietnamese words: the marks of legacy text."""
    return "".join(sorted(c for c in codes if c not in VIETNAMESE_LETTERS and c not in TCVN3_AMBIGUOUS and not c.isspace()))


TCVN3_SIGNATURE_CHARS = _signature_chars(set(TCVN3_DECODE))
VNI_SIGNATURE_CHARS = _signature_chars({ch for code in VNI_DECODE for ch in code})
