"""Page images (`.png`, `.jpg`, `.tif`; a multi-page TIFF is a multi-page document) through the OCR
path of scanned PDFs: each image is wrapped losslessly (img2pdf) as one page of a PDF whose page size
gives the scan's resolution, and that PDF is read by the PDF reader, whose image pages go to OCR
(deskew, upscaling, seal removal, pages in parallel: see ocr.py). One OCR path, not two.

The page size: an image's stated resolution when it gives a plausible sheet (an A5 to A3 width);
otherwise (phone photos say 72 dpi, many scans nothing) the image's shorter side is taken as the
width of an A4 sheet, so that the OCR path resamples it to its working resolution.
"""

from __future__ import annotations

import logging
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageSequence

from extract.errors import DocumentError
from extract.read.model import RawDocument
from extract.read.pdf import read_pdf

log = logging.getLogger(__name__)

_POINTS_PER_INCH = 72.0
_A4_SHORT_SIDE = 8.27  # inches
_SHEET_WIDTHS = (5.0, 12.5)  # inches: an A5 to an A3 sheet's shorter side, with margins
_FORMATS = {"PNG": "png", "JPEG": "jpeg", "MPO": "jpeg", "TIFF": "tiff"}


def read_image(path: Path) -> RawDocument:
    """The OCR'd pages of a page image, one page per frame."""
    import img2pdf

    frames = _frame_count(path)
    try:
        pdf = img2pdf.convert(str(path), layout_fun=_page_layout, rotation=img2pdf.Rotation.ifvalid)
    except (img2pdf.ImageOpenError, img2pdf.AlphaChannelError, ValueError, OSError) as error:
        log.info("img2pdf cannot wrap %s as it is (%s): frames re-encoded losslessly", path, error)
        pdf = img2pdf.convert(_flattened_frames(path), layout_fun=_page_layout, rotation=img2pdf.Rotation.ifvalid)
    with tempfile.NamedTemporaryFile(prefix="baocao-image-", suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        raw = read_pdf(Path(handle.name))
    if len(raw.pages) != frames:
        log.warning("%s: %d frames, %d pages read", path, frames, len(raw.pages))
    raw.format = _format_of(path)
    raw.metadata = {}  # the wrapper PDF's, not the image's
    return raw


def _page_layout(width_px: int, height_px: int, dpi: tuple[float, float]) -> tuple[float, float, float, float]:
    """img2pdf layout: (page width, page height, image width, image height) in points."""
    stated = dpi[0] if dpi and dpi[0] else 0.0
    short_inches = min(width_px, height_px) / stated if stated else 0.0
    if not _SHEET_WIDTHS[0] <= short_inches <= _SHEET_WIDTHS[1]:
        stated = min(width_px, height_px) / _A4_SHORT_SIDE
    width, height = width_px / stated * _POINTS_PER_INCH, height_px / stated * _POINTS_PER_INCH
    return width, height, width, height


def _frame_count(path: Path) -> int:
    try:
        with Image.open(path) as image:
            return getattr(image, "n_frames", 1)
    except (OSError, Image.DecompressionBombError) as error:
        raise DocumentError(f"unreadable image: {error}") from error


def _flattened_frames(path: Path) -> list[bytes]:
    """Every frame as a PNG without transparency (on white) and at 8 bits, which img2pdf takes."""
    frames = []
    with Image.open(path) as image:
        for frame in ImageSequence.Iterator(image):
            frame = frame.convert("RGBA")
            flat = Image.new("RGB", frame.size, "white")
            flat.paste(frame, mask=frame.getchannel("A"))
            buffer = BytesIO()
            flat.save(buffer, format="PNG", **({"dpi": image.info["dpi"]} if image.info.get("dpi") else {}))
            frames.append(buffer.getvalue())
    return frames


def _format_of(path: Path) -> str:
    with Image.open(path) as image:
        return _FORMATS.get(image.format or "", "png")
