"""Build corpus/ from the seed report: the text, a born-digital PDF, a scan of it, a digitally signed PDF
whose number and day are stamped at signing, legacy-encoded copies (TCVN3 and VNI text, a Word file typed
in .VnTime fonts).

`python -m tools.make_corpus [SEED]` (default: ../shared/seed/000_3bfc41f83deee874.txt). Every rendition is
deterministic, so running it again leaves corpus/ unchanged. The renditions exercise every reading path
(text, PDF text layer with footnotes, signature stamps and signatures, OCR, TCVN3) on every `make run`.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.shared import SHARED
from tools.render_docx import render_seed_docx
from tools.render_legacy import render_legacy
from tools.render_pdf import render_seed_pdf
from tools.render_scan import render_scan
from tools.render_signed import render_signed_pdf

PROJECT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT / "corpus"
DEFAULT_SEED = SHARED / "seed" / "000_3bfc41f83deee874.txt"


def make_corpus(seed: Path, corpus: Path = CORPUS) -> None:
    corpus.mkdir(exist_ok=True)
    text = corpus / "seed.txt"
    shutil.copyfile(seed, text)
    render_seed_pdf(text, corpus / "seed.pdf")
    render_scan(corpus / "seed.pdf", corpus / "seed_scan.pdf", dpi=200)
    render_signed_pdf(text, corpus / "seed_signed.pdf")
    render_legacy(text, corpus / "seed_tcvn3.txt", encoding="tcvn3")
    render_legacy(text, corpus / "seed_vni.txt", encoding="vni")
    render_seed_docx(text, corpus / "seed_vntime.docx")


if __name__ == "__main__":
    make_corpus(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SEED)
    print(f"corpus written to {CORPUS}")
