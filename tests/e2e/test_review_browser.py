"""The seed's review page opened in headless Chromium: it renders offline, with its highlights and checks.

The page is built by the real pipeline from the seed report, written to a temporary folder, then
loaded from file:// with networking disabled. --dump-dom gives the DOM Chromium built (so the count
of highlights is what a browser sees, not what our writer meant to write); --screenshot leaves a
PNG beside the page for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from extract.pipeline import extract_record
from extract.write.review import HIGHLIGHTS, write_review_page

pytestmark = pytest.mark.slow  # a headless browser

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--window-size=1280,2000",
]


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args], capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def seed_page(seed_path: Path, tmp_path_factory: pytest.TempPathFactory):
    if not CHROMIUM.is_file() or shutil.which(str(CHROMIUM)) is None:
        pytest.skip(f"Chromium not installed at {CHROMIUM}: the browser test needs it (apt install chromium)")
    record, doc = extract_record(seed_path, "seed", seed_path.name)
    folder = tmp_path_factory.mktemp("review")
    page = folder / "review" / "seed.html"
    write_review_page(record, doc.text, page)
    return record, page, folder


def test_page_opens_with_its_highlights_and_checks(seed_page) -> None:
    record, page, folder = seed_page
    result = _chromium(["--dump-dom", page.as_uri()], folder / "profile-dom")
    dom = result.stdout
    assert "</html>" in dom, result.stderr[-2000:]
    ids = re.findall(r'\sid="([a-z]+)-\d+-\d+"', dom)
    expected = {
        "reference": len(record.references),
        "amount": len(record.amounts),
        "count": len(record.counts),
        "percentage": len(record.percentages),
        "ratio": len(record.ratios),
        "marker": len(record.footnote_markers),
    }
    assert {kind: ids.count(kind) for kind in HIGHLIGHTS} == expected
    assert sum(expected.values()) > 40  # the seed has references, amounts, counts and markers
    rows = re.findall(r'<tr class="check" id="check-(\d+)">', dom)
    assert len(rows) == len(record.checks) >= 5
    assert dom.count("status pass") == sum(c.status == "pass" for c in record.checks)
    for target in set(re.findall(r'href="#(fig-\d+-\d+)"', dom)):
        assert f'id="{target}"' in dom, f"check links to a missing figure {target}"


def test_screenshot_shows_the_page(seed_page) -> None:
    _, page, folder = seed_page
    shot = folder / "seed.png"
    result = _chromium([f"--screenshot={shot}", page.as_uri()], folder / "profile-shot")
    assert shot.is_file() and shot.stat().st_size > 20_000, result.stderr[-2000:]
    with shot.open("rb") as handle:
        header = handle.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1280, 2000)
