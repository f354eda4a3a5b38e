"""Word 97-2003 `.doc`, RTF, OpenDocument text and Word/Excel web pages: converted to `.docx` by
LibreOffice (headless), then read by the docx reader, so that every run keeps its font (legacy
TCVN3/VNI runs are decoded run by run), and footnotes, tables and list numbers come through as for
any Word file.

LibreOffice runs with a time limit per file, in its own throw-away profile (one per process, so
conversions never share one), one conversion at a time per profile, and without network where the
system allows it (`unshare -rn`). Starting it costs about 0.8 s of the 1 s a typical file takes
(measured in README); the conversion itself is the rest.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

from extract.errors import DocumentError
from extract.read.docx import read_docx
from extract.read.model import RawDocument
from extract.read.office_pages import declared_pages

log = logging.getLogger(__name__)

TIMEOUT_VARIABLE = "BAOCAO_OFFICE_TIMEOUT"
_DEFAULT_TIMEOUT = 180.0  # seconds for one file: a 300-page report converts in well under a minute
_PROGRAMS = ("soffice", "libreoffice")
# The import filter for what the bytes are; the input is linked under the matching suffix.
_INPUTS = {
    "doc": ".doc", "docx": ".docx", "rtf": ".rtf", "odt": ".odt", "html": ".html", "xls": ".xls", "xlsx": ".xlsx", "ods": ".ods",
}
_LOCK = threading.Lock()


def read_doc(path: Path) -> RawDocument:
    """A Word 97-2003 file."""
    return _read_as_docx(path, "doc")


def read_rtf(path: Path) -> RawDocument:
    """A Rich Text Format file."""
    return _read_as_docx(path, "rtf")


def read_odt(path: Path) -> RawDocument:
    """An OpenDocument text file."""
    return _read_as_docx(path, "odt")


def read_html(path: Path) -> RawDocument:
    """A web page (Word's and Excel's "save as Web Page", often kept under `.doc` or `.xls`)."""
    return _read_as_docx(path, "html")


def _read_as_docx(path: Path, fmt: str) -> RawDocument:
    with tempfile.TemporaryDirectory(prefix="baocao-convert-") as work:
        docx = convert(path, fmt, "docx", Path(work))
        raw = read_docx(docx, declared_pages(path, fmt))
    raw.format = fmt
    return raw


def convert(path: Path, fmt: str, target: str, work: Path) -> Path:
    """`path` (whose bytes are `fmt`) converted by LibreOffice to a `target` file ('docx', 'xlsx') in `work`."""
    source = work / f"input{_INPUTS[fmt]}"
    os.symlink(Path(path).resolve(), source)
    out = work / "out"
    command = [
        *_no_network(), _program(), f"-env:UserInstallation={_profile().as_uri()}",
        "--headless", "--norestore", "--nolockcheck", "--nodefault",
        "--convert-to", target, "--outdir", str(out), str(source),
    ]
    if fmt == "html":
        command[-1:-1] = ["--infilter=HTML (StarWriter)"] if target == "docx" else ["--infilter=calc_HTML_WebQuery"]
    with _LOCK:
        _run(command, path)
    converted = out / f"input.{target}"
    if not converted.is_file():
        raise DocumentError(f"LibreOffice could not read this {fmt} file (damaged or not a document)")
    return converted


def _run(command: list[str], path: Path) -> None:
    """Run LibreOffice within the time limit; the whole process group is ended on overrun."""
    timeout = float(os.environ.get(TIMEOUT_VARIABLE, _DEFAULT_TIMEOUT))
    env = {**os.environ, "SAL_USE_VCLPLUGIN": "svp"}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise DocumentError(f"LibreOffice took longer than {timeout:.0f} s to convert the file") from None
    log.debug("LibreOffice on %s: %s", path, output.decode("utf-8", "replace").strip())


@lru_cache(maxsize=1)
def _program() -> str:
    for name in _PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    raise DocumentError("LibreOffice is not installed (Debian: libreoffice-writer-nogui libreoffice-calc-nogui)")


@lru_cache(maxsize=1)
def _profile() -> Path:
    """This process's own LibreOffice profile, removed when the process ends."""
    profile = Path(tempfile.mkdtemp(prefix="baocao-libreoffice-"))
    atexit.register(shutil.rmtree, profile, True)
    return profile


@lru_cache(maxsize=1)
def _no_network() -> tuple[str, ...]:
    """`unshare -rn` (a process without network) where the system allows it, else nothing."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return (unshare, "-rn")
    log.info("unshare -rn not permitted here: LibreOffice runs with the network of the process")
    return ()
