"""Legacy Vietnamese 8-bit encodings (TCVN3/ABC, VNI) to Unicode. Placeholder until implemented."""

from __future__ import annotations

from typing import Optional


def decode_run(text: str, font_name: Optional[str]) -> str:
    """Text of a Word run, converted to Unicode when its font is a legacy one (.VnTime, VNI-Times)."""
    return text


def detect_and_decode(text: str) -> tuple[str, Optional[str]]:
    """(unicode text, encoding name or None) for a whole text that may be legacy byte soup."""
    return text, None


def decode_bytes(data: bytes) -> str:
    """Text of a file that is not UTF-8: each byte kept as the code point a legacy table expects."""
    return data.decode("latin-1")
