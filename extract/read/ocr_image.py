"""The image Tesseract is given for a scanned page: about 300 dpi, red ink and dust gone, level.

Scans in real archives are often about 100-150 dpi; Tesseract reads small x-heights badly, so a
page is rendered at its scan's own resolution when that is near the target and resampled to the
target otherwise (upscaling low-resolution scans). Seals and stamps are red: the red channel
shows them as paper while black and blue ink stay dark. Dust specks (dark dots smaller than any
printed mark, even the dot of an `i` in 8 pt type) are turned to paper: upscaled, Tesseract reads
them as commas, dashes or diacritics and loses the words beside them. A page laid askew on the
scanner is turned level: the angle is the one that makes the dark pixels' row profile sharpest.
A page is never rendered larger than MAX_PIXELS (an A3 sheet at 400 dpi): a small PDF can declare
a page metres wide, whose image at 300 dpi would need gigabytes; such a page is read at the
resolution that fits. A blank page (all paper, or all ink) has nothing dark to find.
"""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image
from scipy import ndimage

TARGET_DPI = 300.0
NATIVE_RANGE = (225.0, 400.0)  # scan resolutions used as they are, without resampling
_DOMINANT_SHARE = 0.5  # an image covering this share of the page is the page's scan
MAX_PIXELS = 36_000_000
_MAX_SKEW = 5.0
_MIN_SKEW = 0.1  # smaller angles are left alone: rotating costs sharpness
_PROFILE_WIDTH = 1000  # pixels across the downscaled image the angle is estimated on
_SPECK_POINTS = 0.6  # a speck fits in a square this many points wide (an 8 pt `i` dot is about 0.8)
_SPECK_AREA_POINTS = 0.35  # ... and holds less dark area than this many square points


def scan_dpi(page: pdfium.PdfPage) -> float | None:
    """Resolution of the image covering most of the page, None when no image covers half of it."""
    page_width, page_height = page.get_size()
    best: tuple[float, float] | None = None
    for image in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        left, bottom, right, top = image.get_bounds()
        area = (right - left) * (top - bottom)
        if right <= left or area < _DOMINANT_SHARE * page_width * page_height:
            continue
        pixels_wide, _ = image.get_px_size()
        dpi = pixels_wide / ((right - left) / 72.0)
        if best is None or area > best[0]:
            best = (area, dpi)
    return None if best is None else best[1]


def render_dpi(native: float | None) -> float:
    """The resolution to render at: the scan's own when near the target, else the target."""
    if native is not None and NATIVE_RANGE[0] <= native <= NATIVE_RANGE[1]:
        return native
    return TARGET_DPI


def bounded_dpi(dpi: float, width_points: float, height_points: float) -> float:
    """`dpi`, lowered where the page's image at it would hold more than MAX_PIXELS."""
    pixels = width_points * height_points * (dpi / 72.0) ** 2
    return dpi if pixels <= MAX_PIXELS else dpi * (MAX_PIXELS / pixels) ** 0.5


def page_image(page: pdfium.PdfPage) -> tuple[Image.Image, float]:
    """The page as a level greyscale image without red ink, and its resolution in dpi."""
    dpi = bounded_dpi(render_dpi(scan_dpi(page)), *page.get_size())
    rgb = page.render(scale=dpi / 72.0).to_pil().convert("RGB")
    grey = rgb.getchannel("R")
    return deskew(despeckle(grey, dpi)), dpi


def otsu_threshold(pixels: np.ndarray) -> int:
    """Otsu's grey level parting ink from paper: pixels at or below it are dark; -1 (nothing is
    dark) for an image of one grey level, a blank page."""
    histogram = np.bincount(pixels.ravel(), minlength=256).astype(np.float64)
    weights = np.cumsum(histogram)
    means = np.cumsum(histogram * np.arange(256))
    total_weight, total_mean = weights[-1], means[-1]
    background = total_weight - weights
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total_mean * weights - means * total_weight) ** 2 / (weights * background)
    between = between[:-1]
    if np.isnan(between).all():
        return -1
    return int(np.nanargmax(between))


def _box_sums(mask: np.ndarray, radius: int) -> np.ndarray:
    """For each pixel, the number of True pixels in the square of `radius` around it (uint8: radius <= 7)."""
    ones = np.ones(2 * radius + 1, dtype=np.uint8)
    rows = ndimage.correlate1d(mask.astype(np.uint8), ones, axis=0, mode="constant")
    return ndimage.correlate1d(rows, ones, axis=1, mode="constant")


def despeckle(image: Image.Image, dpi: float) -> Image.Image:
    """`image` with dust specks turned to paper: a dark pixel is a speck when the square around
    it, wider than any speck, holds less dark area than the smallest printed mark."""
    pixels = np.asarray(image, dtype=np.uint8)
    dark = pixels <= otsu_threshold(pixels)
    radius = min(7, max(1, round(_SPECK_POINTS * dpi / 72.0)))
    area = _SPECK_AREA_POINTS * (dpi / 72.0) ** 2
    specks = dark & (_box_sums(dark, radius) < area)
    if not specks.any():
        return image
    return Image.fromarray(np.where(specks, np.uint8(255), pixels))


def _dark_pixels(image: Image.Image) -> np.ndarray:
    """(row, column) of the dark pixels of a downscaled copy, by Otsu's threshold."""
    factor = max(1, image.width // _PROFILE_WIDTH)
    small = np.asarray(image.reduce(factor), dtype=np.uint8)
    return np.argwhere(small <= otsu_threshold(small))


def skew_angle(image: Image.Image) -> float:
    """Angle in degrees (counter-clockwise, as PIL rotates) that levels the text lines."""
    dark = _dark_pixels(image)
    if len(dark) < 100:
        return 0.0
    rows, columns = dark[:, 0].astype(np.float64), dark[:, 1].astype(np.float64)
    height = int(rows.max()) + 1

    def sharpness(angle: float) -> float:
        shifted = rows + columns * np.tan(np.radians(angle))
        offset = int(np.ceil(abs(np.tan(np.radians(angle))) * (columns.max() + 1)))
        profile = np.bincount((shifted + offset).astype(np.int64), minlength=height + 2 * offset)
        return float(np.sum(np.diff(profile.astype(np.float64)) ** 2))

    best = max(np.arange(-_MAX_SKEW, _MAX_SKEW + 1e-9, 0.5), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.05), key=sharpness)
    return -float(best)


def deskew(image: Image.Image) -> Image.Image:
    """`image` turned level when it is askew by more than a tenth of a degree."""
    angle = skew_angle(image)
    if abs(angle) < _MIN_SKEW:
        return image
    return image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
