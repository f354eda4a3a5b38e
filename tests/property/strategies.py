"""Inputs for the property tests: random text, and the seed's sentences mutated the way scans and old files garble them.

Mutations: digits inserted, separators (`.`, `,`, spaces, `/`, `-`) inserted or doubled, figures run together
(the space between two numbers dropped, a digit run repeated), Unicode oddities (combining marks, zero-width
and non-breaking spaces, full-width and Arabic-Indic digits, superscripts, control characters).
"""

from __future__ import annotations

from pathlib import Path

import regex
from hypothesis import strategies as st

SEED = Path(__file__).resolve().parents[2] / "corpus" / "seed.txt"

# Sentences of the seed report (its lines joined, split at sentence ends), the material the mutations garble.
SENTENCES = [
    sentence.strip()
    for sentence in regex.split(r"(?<=[.;:])\s+", " ".join(SEED.read_text(encoding="utf-8").split()))
    if len(sentence.strip()) > 8
]

# The sentences that hold a figure: where a garbled figure matters, drawn as often as all the others.
FIGURE_SENTENCES = [sentence for sentence in SENTENCES if regex.search(r"\d", sentence)]

ODD_CHARACTERS = (
    "\u0300\u0301\u0303\u0309\u0323"  # combining tone marks
    "\u200b\u200c\u200d\ufeff\u00a0\u2009\u202f"  # zero-width and non-breaking spaces
    "０１９٠٣۹¹²³⁴⁵⁶⁷⁸⁹⁰"  # full-width, Arabic-Indic, superscript digits
    "\x00\x07\x0c\r\t\u2028\u2029"  # controls, line and paragraph separators
    "đĐ₫%‰/()[]–—…·•"
)
SEPARATORS = [".", ",", " ", " .", ". ", "..", ",,", "/", "-", " / ", "\n"]
_NUMBER = regex.compile(r"\d[\d.,]*")


def _insert(text: str, position: int, piece: str) -> str:
    position = position % (len(text) + 1)
    return text[:position] + piece + text[position:]


@st.composite
def mutations(draw: st.DrawFn, text: str) -> str:
    """`text` with one to six garbling edits."""
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(
            ["digits", "separator", "odd", "run_together", "repeat_figure", "grow_figure", "grow_figure", "delete"]
        ))
        position = draw(st.integers(0, max(len(text), 1)))
        if kind == "digits":
            text = _insert(text, position, draw(st.from_regex(r"\A[0-9]{1,40}\Z")))
        elif kind == "separator":
            text = _insert(text, position, draw(st.sampled_from(SEPARATORS)))
        elif kind == "odd":
            text = _insert(text, position, draw(st.text(alphabet=ODD_CHARACTERS, min_size=1, max_size=3)))
        elif kind == "run_together":
            text = regex.sub(r"(\d)\s+(?=\d)", r"\1", text)
        elif kind == "repeat_figure":
            figures = _NUMBER.findall(text)
            if figures:
                figure = draw(st.sampled_from(figures))
                text = text.replace(figure, figure * draw(st.integers(2, 12)), 1)
        elif kind == "grow_figure":
            figures = list(_NUMBER.finditer(text))
            if figures:
                figure = draw(st.sampled_from(figures))
                inside = draw(st.integers(figure.start(), figure.end()))
                piece = draw(st.sampled_from(["digits", *SEPARATORS[:3]]))
                piece = draw(st.from_regex(r"\A[0-9]{1,30}\Z")) if piece == "digits" else piece
                text = _insert(text, inside, piece)
        elif text:
            cut = position % len(text)
            text = text[:cut] + text[cut + draw(st.integers(1, 5)) :]
    return text


@st.composite
def garbled_sentences(draw: st.DrawFn) -> str:
    """One to four consecutive seed sentences, garbled, on one line or several."""
    pool = draw(st.sampled_from([SENTENCES, FIGURE_SENTENCES]))
    first = draw(st.integers(0, len(pool) - 1))
    sentences = pool[first : first + draw(st.integers(1, 4))]
    joiner = draw(st.sampled_from([" ", "\n"]))
    return draw(mutations(joiner.join(sentences)))


FIGURE_TEXT = st.text(alphabet="0123456789.,  /-%đồngtriệutỷ", max_size=60)
RANDOM_TEXT = st.text(max_size=200)
INPUTS = st.one_of(garbled_sentences(), garbled_sentences(), FIGURE_TEXT, RANDOM_TEXT)
