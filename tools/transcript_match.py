"""How much of a transcript our decoding of a legacy file reproduces, word by word.

`python -m tools.transcript_match [ARCHIVE]` (default ../shared/archive): for every transcript
`transcripts/<name>.gt.txt`, the file `<name>.*` beside it is read and normalised, and both texts are
compared as sequences of words (case-insensitive, NFC, punctuation at word edges off, a grouped number
`12.974.745` as `12974745`: a spreadsheet cell shows its stored value grouped). The share is
the transcript words found, in order, in our text (difflib's longest matching blocks); the words that
differ are listed so that a disagreement can be judged from the bytes (the transcripts are
third-party: SOURCES.md).
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from extract.normalise import normalise
from extract.read import read_document

PROJECT = Path(__file__).resolve().parents[1]
DEFAULT_ARCHIVE = PROJECT.parent / "shared" / "archive"
_EDGE = "\"'“”‘’.,;:!?()[]{}…-–—*/|"
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")


@dataclass
class Match:
    """Words of the transcript, how many our text reproduces, and the differing stretches."""

    words: int
    matched: int
    differences: list[tuple[str, str]]

    @property
    def share(self) -> float:
        return self.matched / self.words if self.words else 1.0


def words(text: str) -> list[str]:
    """Lower-case NFC words without edge punctuation; tokens of punctuation only are left out."""
    tokens = (token.strip(_EDGE) for token in unicodedata.normalize("NFC", text).lower().split())
    return [token.replace(".", "") if _GROUPED.fullmatch(token) else token for token in tokens if token]


def compare(ours: str, transcript: str) -> Match:
    """The transcript's words found, in order, in `ours`."""
    expected, found = words(transcript), words(ours)
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    differences = [
        (" ".join(expected[i1:i2]), " ".join(found[j1:j2]))
        for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]
    return Match(len(expected), matched, differences)


def decoded_text(path: Path) -> str:
    """The normalised text the pipeline makes of `path`."""
    return normalise(read_document(path)).text


def transcript_pairs(archive: Path) -> list[tuple[Path, Path]]:
    """(document, transcript) for every transcript that has its document beside it."""
    pairs = []
    for transcript in sorted((archive / "transcripts").glob("*.gt.txt")):
        stem = transcript.name[: -len(".gt.txt")]
        documents = [p for p in archive.glob(stem + ".*") if p.is_file()]
        if documents:
            pairs.append((documents[0], transcript))
    return pairs


def main(archive: Path = DEFAULT_ARCHIVE) -> None:
    for document, transcript in transcript_pairs(archive):
        match = compare(decoded_text(document), transcript.read_text(encoding="utf-8"))
        print(f"{document.name}: {match.matched}/{match.words} words = {match.share:.2%}")
        for expected, found in match.differences[:40]:
            print(f"    transcript {expected!r:40} ours {found!r}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ARCHIVE)
