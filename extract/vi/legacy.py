"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI) to Unicode, and back.

Old documents were typed in 8-bit fonts (`.VnTime`, `VNI-Times`): their text, read as Windows-1252,
is byte soup (`B¸o c¸o`, `Baùo caùo`). Python has no codec for these; the tables are in
`legacy_tables`. Three entry points, one per way legacy text reaches us:

- `decode_bytes`: a .txt file that is not UTF-8, kept as its byte view (see `legacy_tables`);
- `decode_run`: a Word run whose font says which table applies;
- `detect_and_decode`: a whole text (txt file, PDF text layer) of unknown encoding. Detection
  compares how many words are valid Vietnamese syllables before and after conversion; a text
  in Unicode Vietnamese without any legacy mark next to a letter returns untouched at the cost
  of two regex scans.

TCVN3 capitals with a tone have two spellings: the VN1 codes of the full standard, and (ABC
practice) the lower-case code set in an upper-case font. Plain text loses the font, so a word
whose other letters are capitals is put back in capitals. The VN1 capitals at 0x80–0x9F share
their bytes with Windows-1252 symbols (`…` is also `Ặ`): a capital only where it completes a
valid syllable; so is `¹`, which is also how readers write a footnote marker.
"""

from __future__ import annotations

import re
import string
import unicodedata
from typing import Callable, Optional

import regex

from extract.vi import legacy_tables as tables
from extract.vi.superscripts import SUPERSCRIPT_DIGITS
from extract.vi.syllables import is_syllable

ENCODINGS = ("tcvn3", "vni")

_TCVN3_SINGLE = str.maketrans(tables.TCVN3_DECODE)
_VNI_UNITS = regex.compile("|".join(regex.escape(code) for code in sorted(tables.VNI_DECODE, key=len, reverse=True)))
_AMBIGUOUS = "".join(tables.TCVN3_AMBIGUOUS)
# A word holding a context code: tried at word starts only, letters matched possessively.
_AMBIGUOUS_WORD = regex.compile(
    r"(?<![\p{{L}}\p{{M}}{amb}])[[\p{{L}}\p{{M}}]--[{amb}]]*+[{amb}][\p{{L}}\p{{M}}{amb}]*".format(amb=regex.escape(_AMBIGUOUS)),
    flags=regex.V1,
)
# Legacy marks: a code character no Unicode Vietnamese word holds, next to a letter. Plain `re`
# and a one-class search first: this scan is what every Unicode document pays.
_SIGNATURE_CHARS = re.escape(tables.TCVN3_SIGNATURE_CHARS + tables.VNI_SIGNATURE_CHARS)
_SIGNATURE_CHAR = re.compile(f"[{_SIGNATURE_CHARS}]")
_SIGNATURE = re.compile(f"[A-Za-z][{_SIGNATURE_CHARS}]|[{_SIGNATURE_CHARS}][A-Za-z]")
_UNICODE_VIETNAMESE = re.compile("[\u1ea0-\u1ef9\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0]")
# A character no legacy byte view holds: its line was written in Unicode. Superscript digits do
# not count: readers write footnote markers with them (`¹` itself is in the byte view).
_BEYOND_BYTES = regex.compile(f"[^{regex.escape(tables.BYTE_VIEW + SUPERSCRIPT_DIGITS)}]")
_BEYOND_BYTES_WORD = regex.compile(f"\\S*{_BEYOND_BYTES.pattern}\\S*")
_DIGIT = re.compile(r"\d")
_EDGE = string.punctuation + string.digits + "“”‘’…–—•"
# Non-ASCII characters each encoding uses for letters: text holding them cannot be encoded.
_CODE_CHARS = {
    "tcvn3": frozenset(tables.TCVN3_DECODE),
    "vni": frozenset(ch for code in tables.VNI_DECODE for ch in code if not ch.isascii()),
}
_MIN_GAIN = 0.1  # share of words that must turn valid for a text to be taken as legacy
_MIN_VALID = 0.5  # share of valid words the converted text must reach
_SAMPLE_CHARS = 200_000  # detection reads at most this much of a text
_MAX_EDGE_SYMBOLS = 2  # symbols (quotes, ellipsis) tried at each end of an ambiguous word


def decode_bytes(data: bytes) -> str:
    """Text of a file that is not UTF-8, as its byte view: Windows-1252, undefined bytes kept.

    The tables are defined on that view, so `detect_and_decode` can convert the result; a
    Windows-1252 file that is not legacy Vietnamese reads correctly as it is.
    """
    return "".join(tables.BYTE_VIEW[byte] for byte in data)


def decode_run(text: str, font_name: Optional[str]) -> str:
    """A Word run's text converted when its font is a legacy one (.VnTime, .VnTimeH, VNI-Times).

    Word stores a legacy-font run as the characters of its bytes (Windows-1252 for 0x80–0x9F,
    sometimes their latin-1 controls): both are read. `.Vn…H` fonts show every letter as a
    capital, so their text is upper-cased.
    """
    encoding = font_encoding(font_name)
    if encoding == "tcvn3":
        decoded = _decode_tcvn3(text.translate(tables.TO_VIEW), recase=False)
        return decoded.upper() if capitals_font(font_name) else decoded
    if encoding == "vni":
        return _decode_vni(text.translate(tables.TO_VIEW))
    return text


_FONT_PREFIXES = ((".vn", "tcvn3"), ("vni", "vni"))


def font_encoding(font_name: Optional[str]) -> Optional[str]:
    """'tcvn3' for the ABC fonts (`.VnTime`, `.VnArialH`), 'vni' for `VNI-Times` and kin, else None."""
    lowered = (font_name or "").strip().lower()
    return next((encoding for prefix, encoding in _FONT_PREFIXES if lowered.startswith(prefix)), None)


_PDF_FONT_SUBSET = regex.compile(r"^[A-Z]{6}\+")
_PDF_FONT_STYLE = regex.compile(r"[,-](?:Bold|Italic|BoldItalic|Regular)$", regex.IGNORECASE)


def capitals_font(font_name: Optional[str]) -> bool:
    """Whether a font shows every letter as a capital: the TCVN3 `.Vn…H` faces (`.VnTimeH`, `.VnArialH`), also
    as a PDF names them (`CCBODP+.VnTimeH,Bold`: subset prefix and style suffix aside). Their text is stored
    in lower-case codes, so a reader that sees only the codes would read `Báo cáo` where the page prints
    `BÁO CÁO`."""
    name = _PDF_FONT_STYLE.sub("", _PDF_FONT_SUBSET.sub("", (font_name or "").strip()))
    return font_encoding(name) == "tcvn3" and name.endswith("H")


def detect_encoding(text: str) -> Optional[str]:
    """'tcvn3' / 'vni' when `text` is legacy byte soup, else None (Unicode text, plain ASCII)."""
    return _detect(text)[0]


def _detect(text: str) -> tuple[Optional[str], Optional[str]]:
    """(encoding, the converted text when the whole text was the sample).

    Unicode Vietnamese without any legacy mark returns at once; other texts are scored.
    """
    if text.isascii():
        return None, None
    marked = _SIGNATURE_CHAR.search(text) and _SIGNATURE.search(text)
    if not marked and _UNICODE_VIETNAMESE.search(text):
        return None, None
    sample = text[:_SAMPLE_CHARS]
    before = _valid_share(sample.translate(tables.TO_VIEW))
    decoded = {encoding: decode_text(sample, encoding) for encoding in ENCODINGS}
    scores = {encoding: _valid_share(converted) for encoding, converted in decoded.items()}
    best = max(ENCODINGS, key=lambda encoding: scores[encoding])
    if scores[best] >= _MIN_VALID and scores[best] - before >= _MIN_GAIN:
        return best, decoded[best] if len(sample) == len(text) else None
    return None, None


def decode_text(text: str, encoding: str) -> str:
    """`text` converted from `encoding`, line by line; what is already in Unicode is left alone.

    A line is kept when it has no legacy mark and converting it leaves fewer valid Vietnamese words
    (a Unicode line inside a legacy PDF layer). A line that mixes fonts (a PDF's Unicode CID font
    beside its TCVN3 simple font: `Nguồn: Vô kinh tÕ`) keeps its words holding a character no byte
    view has, and each stretch between them is converted where it carries a legacy mark.
    """
    decoder = _DECODERS[encoding]
    lines = text.split("\n")
    for index, line in enumerate(lines):
        view = line.translate(tables.TO_VIEW)
        unicode_words = [match.span() for match in _BEYOND_BYTES_WORD.finditer(view)]
        if not unicode_words:
            lines[index] = _decoded_stretch(line, view, decoder, strict=False)
            continue
        pieces, position = [], 0
        for start, end in unicode_words:
            pieces += [_decoded_stretch(line[position:start], view[position:start], decoder), line[start:end]]
            position = end
        lines[index] = "".join(pieces) + _decoded_stretch(line[position:], view[position:], decoder)
    return "\n".join(lines)


def _decoded_stretch(original: str, view: str, decoder: Callable[[str], str], strict: bool = True) -> str:
    """A stretch of a line converted, or left as it was: with a legacy mark it is converted; without
    one (and not `strict`) only when converting does not lose valid words."""
    if not view.strip():
        return original
    converted = decoder(view)
    if converted != original and (_SIGNATURE.search(view) or not strict and _valid_count(converted) >= _valid_count(original)):
        return converted
    return original


def detect_and_decode(text: str) -> tuple[str, Optional[str]]:
    """(unicode text, encoding name or None) for a whole text that may be legacy byte soup."""
    encoding, converted = _detect(text)
    if encoding is None:
        return text, None
    return (converted if converted is not None else decode_text(text, encoding)), encoding


def encode_text(text: str, encoding: str) -> str:
    """`text` in `encoding`, as its byte view (what Word stores for a legacy-font run).

    Raises ValueError for a character the encoding cannot hold without being read back as
    something else (a character outside Windows-1252, or one whose byte is a letter code).
    """
    table = tables.TCVN3_ENCODE if encoding == "tcvn3" else tables.VNI_ENCODE
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char in table:
            out.append(table[char])
        elif char in tables.VIEW_TO_BYTE and char not in _CODE_CHARS[encoding]:
            out.append(char)
        else:
            raise ValueError(f"{char!r} (U+{ord(char):04X}) has no unambiguous {encoding} code")
    return "".join(out)


def encode_bytes(text: str, encoding: str) -> bytes:
    """`text` as the bytes of a file written in `encoding`."""
    return bytes(tables.VIEW_TO_BYTE[char] for char in encode_text(text, encoding))


def _decode_tcvn3(view: str, recase: bool = True) -> str:
    """A TCVN3 byte view in Unicode; `recase` restores capitals typed in an upper-case font.

    Byte 0xAD is `ư`; Word's optional hyphen reaches us as the same character (U+00AD), so of two
    side by side (`ưư` is no Vietnamese spelling) one is the hyphen and is dropped.
    """
    view = view.replace("\u00ad\u00ad", "\u00ad")
    text = _AMBIGUOUS_WORD.sub(_resolve_ambiguous, view.translate(_TCVN3_SINGLE))
    return "\n".join(_recase_line(line) for line in text.split("\n")) if recase else text


def _decode_vni(view: str) -> str:
    return _VNI_UNITS.sub(lambda match: tables.VNI_DECODE[match.group()], view)


_DECODERS: dict[str, Callable[[str], str]] = {"tcvn3": _decode_tcvn3, "vni": _decode_vni}


def _resolve_ambiguous(match: regex.Match) -> str:
    """A word holding context codes: their letters where that gives a syllable, else symbols.

    Symbols are tried first at the word's ends (`“Ủy`, `đề…`), at most two on each side.
    """
    word = match.group()
    if not word.strip(_AMBIGUOUS):
        # No other letter: a lone punctuation mark or digit-like sign (`–`, `…`, `2024¹`) stays;
        # a lone capital word stands on a code whose symbol is not punctuation (`™` = `Ở`).
        letter = tables.TCVN3_AMBIGUOUS[word[0]]
        alone = len(word) == 1 and unicodedata.category(word)[0] not in "PN" and is_syllable(letter)
        return letter if alone else word
    leading = len(word) - len(word.lstrip(_AMBIGUOUS))
    trailing = len(word) - len(word.rstrip(_AMBIGUOUS))
    for strip_start in range(min(leading, _MAX_EDGE_SYMBOLS) + 1):
        for strip_end in range(min(trailing, _MAX_EDGE_SYMBOLS) + 1):
            core = word[strip_start : len(word) - strip_end]
            capitals = "".join(tables.TCVN3_AMBIGUOUS.get(ch, ch) for ch in core)
            if core and is_syllable(capitals.lower()):  # case is restored later (`§¹I`)
                return word[:strip_start] + capitals + word[len(word) - strip_end :]
    return word


def _recase_line(line: str) -> str:
    """Words typed in an upper-case font, put back in capitals.

    A word with two capitals and no lower-case ASCII letter is a capitals word (`B¸O` → `BÁO`);
    a word with one capital (`§Ò` = `Đề` or `ĐỀ`, `Vµ` = `Và` or `VÀ`) only in a line of capitals: no
    word in lower case and at least as many capitals words as such words (`TH¸NG ®ÇU N¨M`, `NGHIÖP
    TH¸NG 02 Vµ 2`). `Uû ban` stays `Uỷ ban`, so does `Hµ Néi` (no capitals word).
    """
    words = line.split(" ")
    shapes = [_case_shape(word) for word in words]
    singles = shapes.count("single")
    capitals_line = "lower" not in shapes and 0 < singles <= shapes.count("caps") + shapes.count("upper")
    for index, (word, shape) in enumerate(zip(words, shapes)):
        if shape == "caps" or (shape == "single" and capitals_line):
            words[index] = word.upper()
    return " ".join(words)


def _case_shape(word: str) -> str:
    """'caps' (ABC capitals word), 'single' (one capital, rest non-ASCII lower case), 'upper',
    'none' (no letters) or 'lower'."""
    if word.islower():
        return "lower"
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return "none"
    capitals = sum(1 for ch in letters if ch.isupper())
    lower = [ch for ch in letters if ch.islower()]
    if not lower:
        return "upper"
    if any(ch.isascii() for ch in lower) or capitals == 0:
        return "lower"
    return "caps" if capitals >= 2 else "single"


def _words(text: str) -> list[str]:
    """Word tokens for scoring: white-space separated, end punctuation off, no digits."""
    words = (token.strip(_EDGE) for token in text.split())
    return [word for word in words if word and not _DIGIT.search(word)]


def _valid_count(text: str) -> int:
    return sum(map(is_syllable, _words(text)))


def _valid_share(text: str) -> float:
    words = _words(text)
    return sum(map(is_syllable, words)) / len(words) if words else 0.0
