"""A scanned rendition of a PDF: its pages as noisy, slightly rotated images in an image-only PDF.

Used to make the scanned seed of corpus/ so that the OCR path is tested on a document whose text is
known. The noise imitates an office scanner: grey and uneven paper, a little blur, grain, dust
specks and a page laid slightly askew. Everything is drawn from a seeded random generator and the
PDF carries no date, so that the same input always gives the same bytes.

    python -m tools.render_scan corpus/seed.pdf corpus/seed_scan.pdf [--dpi 200] [--seed 7]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

PAPER_GREY = 236.0  # the scanned white
INK_GREY = 28.0  # the scanned black
MAX_TILT_DEGREES = 1.0
MIN_TILT_DEGREES = 0.5


def _render(page: pdfium.PdfPage, dpi: int) -> Image.Image:
    return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")


def _age(image: Image.Image, rng: np.random.Generator) -> Image.Image:
    """The clean page as a scanner would return it."""
    tilt = rng.uniform(MIN_TILT_DEGREES, MAX_TILT_DEGREES) * rng.choice([-1.0, 1.0])
    image = image.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = image.filter(ImageFilter.GaussianBlur(radius=0.7))
    ink = 1.0 - np.asarray(image, dtype=np.float32) / 255.0  # 1 where black
    height, width = ink.shape
    shade = np.linspace(0.0, rng.uniform(6.0, 14.0), width, dtype=np.float32)[None, :]  # uneven light
    paper = PAPER_GREY - shade
    pixels = paper - ink * (paper - INK_GREY)
    pixels += rng.normal(0.0, 3.0, size=pixels.shape).astype(np.float32)  # grain
    specks = rng.random(size=pixels.shape) < 0.0004  # dust
    pixels[specks] = rng.uniform(40.0, 140.0, size=int(specks.sum()))
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def render_scan(pdf: Path, out_pdf: Path, dpi: int = 200, seed: int = 7) -> int:
    """Write the scanned rendition of `pdf` to `out_pdf`; returns the number of pages."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        pages = [
            _age(_render(document[index], dpi), np.random.default_rng([seed, index]))
            for index in range(len(document))
        ]
    finally:
        document.close()
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(
        out_pdf,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=75,
        title="scan",
        creationDate=None,
        modDate=None,
    )
    return len(pages)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("out_pdf", type=Path)
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    count = render_scan(args.pdf, args.out_pdf, dpi=args.dpi, seed=args.seed)
    print(f"{args.out_pdf}: {count} scanned pages at {args.dpi} dpi")


if __name__ == "__main__":
    main()
