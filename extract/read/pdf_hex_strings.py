"""pyHanko's reading of PDF hex strings (`<3082...>`), by blocks instead of one byte at a time.

A signature's `/Contents` is a hex string of tens of thousands of digits (the CMS blob, padded with
zeros). pyHanko (0.38) reads it through a generator that asks the stream for one byte per digit: on
a report with eight signatures that is most of the CPU time of reading its signatures. `install`
swaps pyHanko's function for one with the same result read in blocks; anything unusual inside the
string (a comment, a character that is no hex digit) goes back to pyHanko's own reading from the
string's start, so its results and errors stay exactly pyHanko's.
"""

from __future__ import annotations

import binascii
from typing import Any, Callable

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PDF_WHITESPACE

_BLOCK = 1 << 16
_HEX_DIGITS = b"0123456789abcdefABCDEF"

_pyhanko_reader: Callable[[Any], Any] = generic.read_hex_string_from_stream


def read_hex_string(stream: Any) -> Any:
    """The string object whose `<` the stream is at, the stream left after its `>`, as pyHanko reads it."""
    opening = stream.tell()
    stream.read(1)
    digits = bytearray()
    while True:
        block = stream.read(_BLOCK)
        end = block.find(b">")
        if not block or end >= 0:
            break
        digits += block
    if not block:  # no closing `>`: pyHanko reports the stream's end in its own words
        stream.seek(opening)
        return _pyhanko_reader(stream)
    digits += block[:end]
    stream.seek(opening + 1 + len(digits) + 1)
    digits = digits.translate(None, PDF_WHITESPACE)
    if digits.translate(None, _HEX_DIGITS):  # a comment or a stray character: pyHanko's own reading
        stream.seek(opening)
        return _pyhanko_reader(stream)
    if len(digits) % 2:
        digits += b"0"
    return generic.pdf_string(binascii.unhexlify(digits))


def install() -> None:
    """Make pyHanko's object reader use `read_hex_string` (it looks the function up in its module)."""
    generic.read_hex_string_from_stream = read_hex_string
