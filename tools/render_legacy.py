"""Render the seed report in a legacy 8-bit encoding: a .txt as an old `.VnTime`/`VNI-Times` file.

- `render_legacy(seed, out, "tcvn3" | "vni")`: the seed's bytes in TCVN3 (capitals with a tone on
  their TCVN 5712:1993 VN1 codes, so that plain text keeps them) or VNI-Windows.
- `render_legacy_docx(seed, out)`: a Word file typed the ABC way, one paragraph per line: text in
  `.VnTime`, capitals with a tone (and whole capitals words) on lower-case codes in `.VnTimeH`.

Both check that the pipeline's decoder gives the seed back exactly, and are deterministic.

    python -m tools.render_legacy SEED.txt OUT_DIR
"""

from __future__ import annotations

import io
import sys
import unicodedata
import zipfile
from pathlib import Path

import docx
import regex

from extract.normalise.legacy import decode_bytes, decode_run, detect_and_decode, encode_bytes, encode_text
from extract.normalise.legacy_tables import TONES

TEXT_FONT, CAPITALS_FONT = ".VnTime", ".VnTimeH"
_TOKEN = regex.compile(r"\s+|\S+")
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


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


def _needs_capitals_font(char: str) -> bool:
    """A capital the `.VnTime` (VN3) code page lacks: a capital vowel with a tone."""
    return char.isupper() and any(mark in TONES for mark in unicodedata.normalize("NFD", char))


def _runs(line: str) -> list[tuple[str, str]]:
    """(font, unicode text) runs of one line, typed the ABC way; neighbours of one font merged."""
    runs: list[tuple[str, str]] = []
    for token in _TOKEN.findall(line):
        letters = [ch for ch in token if ch.isalpha()]
        capitals_word = len(letters) > 1 and all(ch.isupper() for ch in letters) and any(map(_needs_capitals_font, letters))
        for char in token:
            font = CAPITALS_FONT if (capitals_word and char.isalpha()) or _needs_capitals_font(char) else TEXT_FONT
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
    return runs


def render_legacy_docx(seed_txt: Path, out: Path) -> Path:
    """Write `seed_txt` as a .docx in `.VnTime` / `.VnTimeH` runs; ValueError if it would not read back."""
    document = docx.Document()  # the template's fixed core properties (dates included) are kept
    for line in _seed_text(seed_txt).split("\n"):
        paragraph = document.add_paragraph()
        for font, text in _runs(line):
            run = paragraph.add_run(encode_text(text.lower() if font == CAPITALS_FONT else text, "tcvn3"))
            run.font.name = font
        if "".join(decode_run(run.text, run.font.name) for run in paragraph.runs) != line:
            raise ValueError(f"line does not survive the .VnTime round trip: {line!r}")
    _save_deterministic(document, out)
    return out


def _save_deterministic(document: docx.document.Document, out: Path) -> None:
    """Save with fixed zip entry dates (python-docx stamps the clock time), for identical bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=_ZIP_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, source.read(item.filename))


def main(argv: list[str]) -> None:
    seed, out_dir = Path(argv[0]), Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    for encoding in ("tcvn3", "vni"):
        print(render_legacy(seed, out_dir / f"{seed.stem}_{encoding}.txt", encoding))
    print(render_legacy_docx(seed, out_dir / f"{seed.stem}_tcvn3.docx"))


if __name__ == "__main__":
    main(sys.argv[1:])
