"""OCR under bad pages and hard conditions: a blank page, a page whose worker dies, a page asking
for a huge image, little memory. A page that cannot be read is a page without text."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from extract.read import ocr_pool
from extract.read.ocr import ocr_pages
from extract.read.ocr_image import MAX_PIXELS, bounded_dpi, otsu_threshold
from extract.read.ocr_pool import map_pages, worker_count

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
LINE = "Căn cứ Quyết định số 587/QĐ-UBND ngày 24/9/2021 của Ủy ban nhân dân tỉnh"


def _printed_page(dpi: int = 150) -> Image.Image:
    width, height = int(8.27 * dpi), int(11.69 * dpi)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), size=round(12 * dpi / 72))
    for index in range(4):
        draw.text((int(0.9 * dpi), int((1 + 0.3 * index) * dpi)), LINE, font=font, fill=0)
    return image


@pytest.mark.slow  # OCR
def test_blank_page_is_a_page_without_text(tmp_path: Path) -> None:
    """A clean white 1-bit page between two printed ones: no text there, the others read."""
    path = tmp_path / "scan.pdf"
    blank = Image.new("1", _printed_page().size, 1)
    _printed_page().save(path, format="PDF", resolution=150.0, save_all=True, append_images=[blank, _printed_page()])
    pages = ocr_pages(path, [1, 2, 3])
    assert pages[2].lines == [] and pages[2].ocr
    for number in (1, 3):
        assert LINE in " ".join(line.text for line in pages[number].lines)


@pytest.mark.parametrize("grey", [0, 128, 255])
def test_threshold_of_one_grey_level_marks_nothing_dark(grey: int) -> None:
    pixels = np.full((50, 80), grey, dtype=np.uint8)
    assert not (pixels <= otsu_threshold(pixels)).any()


def test_threshold_parts_ink_from_paper() -> None:
    pixels = np.full((50, 80), 250, dtype=np.uint8)
    pixels[10:20, 10:40] = 20
    assert 20 <= otsu_threshold(pixels) < 250


@pytest.mark.parametrize(
    ("dpi", "width", "height", "expected"),
    [(300.0, 595.0, 842.0, 300.0), (400.0, 842.0, 1191.0, 400.0), (300.0, 4800.0, 4800.0, None)],
)
def test_page_image_size_is_bounded(dpi: float, width: float, height: float, expected: float | None) -> None:
    """An A4 at 300 dpi and an A3 at 400 dpi as asked; a 20000-px page at 300 dpi within the bound."""
    bounded = bounded_dpi(dpi, width, height)
    if expected is not None:
        assert bounded == expected
    assert width * height * (bounded / 72) ** 2 <= MAX_PIXELS * 1.0001


def _die_once(task: tuple[str, int]) -> int:
    """A worker task that kills its worker the first time it sees its marker file missing."""
    marker, value = task
    if value == 2 and not os.path.exists(marker):
        Path(marker).touch()
        os._exit(9)
    return value * 10


def _always_fail(task: tuple[str, int]) -> int:
    marker, value = task
    if value == 2:
        raise ValueError("All-NaN slice encountered")
    if value == 3:
        os._exit(9)
    return value * 10


def test_dead_worker_page_tried_again(tmp_path: Path) -> None:
    tasks = [(str(tmp_path / "died"), value) for value in (1, 2, 3)]
    assert map_pages(_die_once, tasks, str) == [10, 20, 30]


def test_failed_pages_alone_are_lost(tmp_path: Path) -> None:
    tasks = [(str(tmp_path / "unused"), value) for value in (1, 2, 3, 4)]
    assert map_pages(_always_fail, tasks, str) == [10, None, None, 40]


def _death_signal(_: int) -> int:
    """The signal this process gets when its parent dies (prctl PR_GET_PDEATHSIG)."""
    value = ctypes.c_int()
    ctypes.CDLL(None).prctl(2, ctypes.byref(value))
    return value.value


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="parent-death signal is Linux only")
def test_workers_die_with_their_parent() -> None:
    assert map_pages(_death_signal, [1], str) == [9]  # SIGKILL


@pytest.mark.parametrize(("memory", "cores", "expected"), [(None, 2, 2), (8 * 2**30, 2, 2), (2**30, 4, 1), (0, 4, 1)])
def test_worker_count_by_memory(monkeypatch: pytest.MonkeyPatch, memory: int | None, cores: int, expected: int) -> None:
    monkeypatch.delenv("BAOCAO_OCR_WORKERS", raising=False)
    monkeypatch.setattr(ocr_pool, "available_memory", lambda: memory)
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert worker_count(10) == expected


def test_caller_script_not_run_again_in_workers(tmp_path: Path) -> None:
    """A caller's script without a `__main__` guard (or read from stdin) is not run in the workers."""
    runs = tmp_path / "runs.txt"
    script = tmp_path / "caller.py"
    script.write_text(
        "import math\n"
        "from extract.read.ocr_pool import map_pages\n"
        f"with open({str(runs)!r}, 'a') as runs:\n"
        "    runs.write('run\\n')\n"
        "print(map_pages(math.sqrt, [4.0, 9.0], str))\n"
    )
    environment = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for command in ([sys.executable, str(script)], [sys.executable, "-"]):
        stdin = script.read_text() if command[-1] == "-" else None
        result = subprocess.run(command, input=stdin, capture_output=True, text=True, env=environment, timeout=120)
        assert result.stdout.strip() == "[2.0, 3.0]", result.stderr
    assert runs.read_text().count("run") == 2
