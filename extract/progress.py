"""Progress of a batch on a terminal: documents done, failed, skipped, and pages per second."""

from __future__ import annotations

import sys
import time

from tqdm import tqdm

from extract.pipeline import Result


class Progress:
    """A progress bar on stderr when it is a terminal; silent otherwise (logs and pipes stay clean)."""

    def __init__(self, total: int, skipped: int) -> None:
        self.done = self.failed = self.pages = 0
        self.skipped = skipped
        self._started = time.monotonic()
        self._bar = tqdm(total=total, initial=skipped, unit="doc", disable=not sys.stderr.isatty(), dynamic_ncols=True)
        self._show()

    def finished(self, result: Result) -> None:
        record = result.record
        if record.status == "failed":
            self.failed += 1
            self._bar.write(f"failed: {record.source}: {record.error}", file=sys.stderr)
        else:
            self.done += 1
            self.pages += record.pages or 0
        self._show(refresh=False)
        self._bar.update(1)

    def close(self) -> None:
        self._bar.close()

    def _show(self, refresh: bool = True) -> None:
        rate = self.pages / max(time.monotonic() - self._started, 1e-9)
        self._bar.set_postfix_str(
            f"done {self.done}, failed {self.failed}, skipped {self.skipped}, {rate:.1f} pages/s", refresh=refresh
        )
