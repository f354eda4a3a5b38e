"""Render the seed report in a legacy 8-bit encoding: a .txt as an old `.VnTime`/`VNI-Times` file.

`render_legacy(seed, out, "tcvn3" | "vni")` writes the seed's bytes in TCVN3 (capitals with a tone
on their TCVN 5712:1993 VN1 codes, so that plain text keeps them) or VNI-Windows. It checks that
the pipeline's decoder gives the seed back exactly, and is deterministic. The Word rendition typed
in `.VnTime` fonts is tools/render_docx.

    python -m tools.render_legacy SEED.txt OUT_DIR
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from extract.vi.legacy import decode_bytes, detect_and_decode, encode_bytes


def _seed_text(seed_txt: Path) -> str:
    return unicodedata.normalize("NFC", seed_txt.read_text(encoding="utf-8"))


def render_legacy(seed_txt: Path, out: Path, encoding: str = "tcvn3") -> Path:
    """Write `seed_txt` (UTF-8) to `out` as `encoding` bytes; ValueError if it would not read back."""
    text = _seed_text(seed_txt)
    data = encode_bytes(text, encoding)
    if detect_and_decode(decode_bytes(data)) != (text, encoding):
        raise ValueError(f"{seed_txt} does not survive a {encoding} round trip")
    out.write_bytes(data)
    return out


def main(argv: list[str]) -> None:
    seed, out_dir = Path(argv[0]), Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for encoding in ("tcvn3", "vni"):
        print(render_legacy(seed, out_dir / f"{seed.stem}_{encoding}.txt", encoding))


if __name__ == "__main__":
    main(sys.argv[1:])
