"""Character error rate of the OCR'd scanned seed against the seed text.

The seed text is read by the text reader (body lines, footnotes), the scanned seed by the OCR
path (with the normaliser's OCR repairs); body and footnotes are compared apart, because the
scanned layout puts footnotes at the foot of other pages than the text export did. Both sides are
whitespace-normalised; CER = edit distance / length of the reference.

    python -m tools.ocr_cer [corpus/seed_scan.pdf] [SEED.txt]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from extract.read.model import RawPage
from extract.read.ocr import ocr_pages
from extract.read.ocr_fixes import fix_ocr_text
from extract.read.text import read_text
from extract.vi.superscripts import superscript

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_SCAN = PROJECT / "corpus" / "seed_scan.pdf"
DEFAULT_SEED = PROJECT.parent / "shared" / "seed" / "000_3bfc41f83deee874.txt"


def levenshtein(a: str, b: str) -> int:
    """Edit distance (insert, delete, substitute: cost 1), one DP row at a time in numpy."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    codes_b = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    columns = np.arange(len(b) + 1, dtype=np.int64)
    row = columns.copy()
    for i, char in enumerate(a, start=1):
        substitute = row[:-1] + (codes_b != ord(char))
        new = np.empty_like(row)
        new[0] = i
        new[1:] = np.minimum(row[1:] + 1, substitute)
        # insertions along the row: new[j] = min over k <= j of new[k] + (j - k)
        row = np.minimum.accumulate(new - columns) + columns
    return int(row[-1])


def _parts(pages: list[RawPage], repair: bool) -> tuple[str, str]:
    """(body text, footnote text) of pages, footnotes with their labels as superscripts."""
    body: list[str] = []
    notes: list[str] = []
    for page in pages:
        for line in page.lines:
            text = fix_ocr_text(line.text) if repair else line.text
            if line.kind == "footnote":
                notes.append(f"{superscript(line.footnote_label)} {text}" if line.footnote_label else text)
            else:
                body.append(text)
    return " ".join(body), " ".join(notes)


def measure(scan: Path, seed: Path) -> dict[str, float]:
    """CER of body, footnotes and all, OCR seconds and page count."""
    with pdfium.PdfDocument(str(scan)) as document:
        count = len(document)
    started = time.perf_counter()
    pages = ocr_pages(scan, list(range(1, count + 1)))
    seconds = time.perf_counter() - started
    ocr_body, ocr_notes = _parts([pages[n] for n in sorted(pages)], repair=True)
    ref_body, ref_notes = _parts(read_text(seed).pages, repair=False)
    body_errors = levenshtein(" ".join(ocr_body.split()), " ".join(ref_body.split()))
    note_errors = levenshtein(" ".join(ocr_notes.split()), " ".join(ref_notes.split()))
    body_length, note_length = len(" ".join(ref_body.split())), len(" ".join(ref_notes.split()))
    return {
        "pages": count,
        "seconds": seconds,
        "cer_body": body_errors / max(1, body_length),
        "cer_footnotes": note_errors / max(1, note_length),
        "cer": (body_errors + note_errors) / max(1, body_length + note_length),
        "confidence": float(np.mean([p.ocr_confidence for p in pages.values() if p.ocr_confidence is not None])),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scan", type=Path, nargs="?", default=DEFAULT_SCAN)
    parser.add_argument("seed", type=Path, nargs="?", default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    result = measure(args.scan, args.seed)
    print(f"OCR of {args.scan.name}: {result['pages']} pages in {result['seconds']:.1f} s, "
          f"mean word confidence {result['confidence']:.1f}")
    print(f"character error rate: body {result['cer_body']:.2%}, footnotes {result['cer_footnotes']:.2%}, "
          f"all {result['cer']:.2%}")


if __name__ == "__main__":
    main()
