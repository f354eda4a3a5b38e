"""The block reader of PDF hex strings gives pyHanko's own result, stream position and errors."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils.misc import PdfStreamError

from extract.read import pdf_hex_strings

CASES = [
    b"<48656C6C6F> rest",  # the usual string
    b"<48 65\n6c\r\n6C\t6f> rest",  # whitespace between digits
    b"<486> rest",  # an odd number of digits: a final 0 is implied
    b"<> rest",  # empty
    b"<FEFF0054006F> rest",  # UTF-16 text with its byte-order mark
    b"<48 % a comment > with a bracket\n65> rest",  # a comment: pyHanko's own reading
    b"<30" + b"82" * 40000 + b"0" * 30000 + b"> rest",  # a signature's /Contents, longer than one block
]


def _read(reader, data: bytes) -> tuple[object, int]:
    stream = io.BytesIO(b"xx" + data)
    stream.seek(2)
    return reader(stream), stream.tell()


@pytest.mark.parametrize("data", CASES)
def test_same_as_pyhanko(data: bytes) -> None:
    assert _read(pdf_hex_strings.read_hex_string, data) == _read(pdf_hex_strings._pyhanko_reader, data)


@pytest.mark.parametrize("data", [b"<48G5>", b"<4865"])
def test_same_errors_as_pyhanko(data: bytes) -> None:
    with pytest.raises(PdfStreamError):
        _read(pdf_hex_strings._pyhanko_reader, data)
    with pytest.raises(PdfStreamError):
        _read(pdf_hex_strings.read_hex_string, data)
