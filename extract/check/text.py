"""The words and structures by which a report relates a total to its parts.

All matching is on ``doc.key`` (same offsets as ``doc.text``), case-insensitive:
- a relation word: ``trong đó``, ``gồm``, ``bao gồm`` (not ``không bao gồm``, which excludes);
- a total word: ``tổng``, ``tổng số``, ``tổng cộng`` ... governing the first figure after it
  (not the compounds where ``tổng`` means something else: ``tổng hợp``, ``tổng thể`` ...);
- the end of an enumeration: a separator followed by a word that opens a new predicate or
  adjunct (``, với ...``, ``, đạt ...`` — but not a part's own share, ``, đạt tỷ lệ 95,88%,``), or ``và đã`` / ``và sẽ`` opening a later action on the
  same things (``đề xuất xử lý 303 văn bản và đã xử lý 303 văn bản``), so parts never run into
  the next clause;
- a comparison, not a share: a figure that is a change (``tăng 12 cơ sở``, ``... so với năm 2024``)
  or the same measure in another year (``năm 2024: 280 doanh nghiệp``, ``năm 2023 là 3.800 ...``),
  unless the total covers several years (``giai đoạn 2021 - 2025``, ``lũy kế``): then years are shares;
- what a figure stands for: the words of its clause, so that a part described as another part
  plus more words (``hồ sơ trực tuyến`` / ``hồ sơ trực tuyến toàn trình``) is seen to lie within it;
- list items: paragraphs opening with ``-``, ``+``, ``•``, ``*`` or ``a)``;
- a sentence opening with a relation word (``... là 1.922 người. Trong đó: ...``) goes on with the
  sentence before it: the breakdown is of that sentence's figures, so the two are read as one.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, Optional

import regex

from extract.normalise.document import NormalisedDocument
from extract.vi.numbers import YEAR
from extract.vi.sentences import SENTENCE_BREAK

RELATION = regex.compile(r"(?<!\p{L})(?<!không\s)(?:trong\s+đó|bao\s+gồm|(?<!bao\s)gồm)(?!\p{L})", regex.IGNORECASE)
EXCLUSION = regex.compile(r"(?<!\p{L})(?:không|chưa)\s+(?:bao\s+gồm|gồm|kể|tính)(?!\p{L})", regex.IGNORECASE)
_TOTAL = regex.compile(
    r"(?<!\p{L})tổng(?!\s+(?:hợp|thể|kết|cục|công\s+ty|quan|giám\s+đốc|biên\s+tập|bí\s+thư|đài|liên\s+đoàn)(?!\p{L}))"
    r"(?!\p{L})",
    regex.IGNORECASE,
)
_ENUMERATION_END = regex.compile(
    r"[,;]\s*(?:với|đạt|bằng|chiếm|so\s+với|đồng\s+thời|nhưng|tuy\s+nhiên|tăng|giảm)(?!\p{L})(?!\s+(?:tỷ\s+lệ\s+)?\d+(?:,\d+)?\s*%\s*[,;])"
    r"|\s+và\s+(?:đã|sẽ)(?!\p{L})",
    regex.IGNORECASE,
)
_CHANGE = regex.compile(r"(?<!\p{L})(?:tăng|giảm|hơn)(?:\s+thêm)?\s+$", regex.IGNORECASE)
_YEAR_LABEL = regex.compile(
    rf"(?:^|[,;:(])\s*(?:[-+]\s+)?năm\s+{YEAR}\s*(?::|là|có|đạt)?\s*$", regex.IGNORECASE | regex.MULTILINE
)
_COMPARED_AFTER = regex.compile(r"[^,;.()\n]*?(?<!\p{L})(?:so\s+với|cùng\s+kỳ)(?!\p{L})", regex.IGNORECASE)
_SEVERAL_YEARS = regex.compile(
    rf"{YEAR}\s*[-–]\s*{YEAR}|(?<!\p{{L}})(?:giai\s+đoạn|lũy\s+kế|từ\s+năm)(?!\p{{L}})", regex.IGNORECASE
)
_CLAUSE_BREAK = regex.compile(
    r"[,;:()\n]|[.](?:\s|$)|(?<!\p{L})(?:và|hoặc|trong\s+đó|bao\s+gồm|gồm|có)(?!\p{L})", regex.IGNORECASE
)
_TOKEN = regex.compile(r"[\p{L}\p{N}]+")
_WORD = regex.compile(r"\p{L}+")
_BULLET = regex.compile(r"\s*(?:([-–+•*])\s|([a-zđ])\)\s)", regex.IGNORECASE)
_MAX_GOVERNED_WORDS = 20
_CONTINUES = regex.compile(r"trong\s+đó(?!\p{L})", regex.IGNORECASE)
# Longer than any sentence a total is stated in: a run of text without a sentence end this long (a scan, a table
# read as text) is checked in pieces cut after a `;` or `,`, so that relating figures costs in proportion to the
# text, not to the square of a run's figures.
LONGEST_SENTENCE = 2000
_PIECE_ENDS = (regex.compile(r"[;,]\s"), regex.compile(r"\s"))
_BRACKET_AFTER = regex.compile(r"(?P<words>[^,;.:()]{0,120}?)(?:,\s*(?:đạt|chiếm)\s+(?:tỷ\s+lệ\s+)?\d+(?:,\d+)?\s*%\s*)?\(", regex.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    """A sentence of a body or footnote paragraph, with the bracket depth of every character."""

    start: int
    end: int
    source: str = field(repr=False, compare=False)  # the whole text the offsets point into

    @cached_property
    def depths(self) -> tuple[int, ...]:
        """The bracket depth of each character, worked out when first asked (most sentences never are)."""
        return _depths(self.source[self.start : self.end])

    def depth(self, offset: int) -> int:
        return self.depths[min(max(offset - self.start, 0), len(self.depths) - 1)] if self.depths else 0

    def group_end(self, offset: int) -> int:
        """Where the bracket group holding ``offset`` closes (the sentence end at depth 0)."""
        index = offset - self.start
        return self._group_ends[index] if 0 <= index < len(self.depths) else self.end

    @cached_property
    def _group_ends(self) -> list[int]:
        """For each character, where its bracket group closes: the first later character at a lower depth.

        One pass with the characters still open on a stack (their depths never decrease up the stack).
        """
        ends = [self.end] * len(self.depths)
        open_: list[int] = []
        for i, level in enumerate(self.depths):
            while open_ and self.depths[open_[-1]] > level:
                ends[open_.pop()] = self.start + i
            open_.append(i)
        return ends


def _depths(text: str) -> tuple[int, ...]:
    if "(" not in text:  # most sentences: no character in a bracket group (a stray `)` opens none)
        return (0,) * len(text)
    level, out = 0, []
    for ch in text:
        if ch == "(":
            level += 1
            out.append(level)
        elif ch == ")":
            out.append(level)
            level = max(level - 1, 0)
        else:
            out.append(level)
    return tuple(out)


def _pieces(doc: NormalisedDocument, start: int, end: int) -> Iterator[tuple[int, int]]:
    """[start, end) in pieces of at most LONGEST_SENTENCE characters, each cut after its last `;` or `,` (in its
    second half), else after its last space."""
    while end - start > LONGEST_SENTENCE:
        cut = start + LONGEST_SENTENCE
        for piece_end in _PIECE_ENDS:
            cuts = list(piece_end.finditer(doc.text, start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE))
            if cuts:
                cut = cuts[-1].end()
                break
        yield start, cut
        start = cut
    yield start, end


def sentences(doc: NormalisedDocument) -> Iterator[Sentence]:
    """Every sentence of the non-table paragraphs, in text order (a sentence too long to be one: in pieces;
    one opening with ``Trong đó`` joined to the one before)."""
    for paragraph in doc.paragraphs:
        if paragraph.kind == "table":
            continue
        bounds, start = [], paragraph.start
        for match in SENTENCE_BREAK.finditer(doc.text, paragraph.start, paragraph.end):
            if _CONTINUES.match(doc.key, match.end()):
                continue
            bounds.append((start, match.end()))
            start = match.end()
        if start < paragraph.end:
            bounds.append((start, paragraph.end))
        for lo, hi in bounds:
            for piece_start, piece_end in _pieces(doc, lo, hi):
                yield Sentence(piece_start, piece_end, doc.text)


def outside_brackets(text: str) -> str:
    """``text`` with every complete bracket group blanked, same length (what stands outside brackets)."""
    while True:
        blanked = regex.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text)
        if blanked == text:
            return text
        text = blanked


def relations(doc: NormalisedDocument, start: int, end: int) -> list[regex.Match]:
    """Relation words (trong đó, gồm, bao gồm) in [start, end)."""
    return list(RELATION.finditer(doc.key, start, end))


def enumeration_end(doc: NormalisedDocument, start: int, end: int) -> int:
    """Where an enumeration starting at ``start`` must stop at the latest."""
    match = _ENUMERATION_END.search(doc.key, start, end)
    return match.start() if match else end


def governed_by_total(doc: NormalisedDocument, figure_start: int, line_start: int, others: list[int]) -> bool:
    """True when a total word governs the figure at ``figure_start``.

    The word stands before the figure in the same clause (no `;` or `(` between, at most 20 words
    between) and no other figure (starts in ``others``, sorted) stands between them.
    """
    before = doc.key[line_start:figure_start]
    matches = list(_TOTAL.finditer(before))
    if not matches:
        return False
    last = matches[-1]
    between = before[last.end() :]
    if regex.search(r"[;(]", between) or len(_WORD.findall(between)) > _MAX_GOVERNED_WORDS:
        return False
    word_start = line_start + last.start()
    return not _any_between(others, word_start + 1, figure_start)


def _any_between(starts: list[int], lo: int, hi: int) -> bool:
    """Whether a figure of ``starts`` (sorted) starts in [lo, hi): a binary search, not a scan of every figure."""
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def opens_bracket_after(doc: NormalisedDocument, end: int, limit: int, others: list[int]) -> Optional[int]:
    """Where a bracket opens right after the noun phrase ending a figure at ``end`` (None if it does not).

    Between the figure and the bracket: at most 12 words, no punctuation, no other figure — but for the
    total's own rate (``3.004 vụ, đạt 95,6% (cấp tỉnh: ...)``).
    """
    match = _BRACKET_AFTER.match(doc.key, end, limit)
    if not match or len(_WORD.findall(match.group("words"))) > 12 or _any_between(others, end, match.end("words")):
        return None
    return match.end() - 1


def compared(doc: NormalisedDocument, start: int, end: int, total_start: int) -> bool:
    """True when the figure at [start, end) is a comparison, not a share of the total at ``total_start``.

    A change (``tăng 12 cơ sở``, ``100 triệu đồng so với ...`` in the same clause), a bound
    (``hơn 200 hồ sơ``) or a figure
    labelled by a year alone (``năm 2024: 280 doanh nghiệp``) sets figures side by side; summing
    them would check something the document does not state. A year is a share only of a total
    that covers several years, named on the total's line before it.
    """
    window = max(0, start - 40)
    if _CHANGE.search(doc.key, window, start) or _COMPARED_AFTER.match(doc.key, end):
        return True
    if not _YEAR_LABEL.search(doc.key, window, start):
        return False
    line_start = max(doc.key.rfind("\n", 0, total_start) + 1, total_start - 150)
    return not _SEVERAL_YEARS.search(doc.key, line_start, total_start)


def description(doc: NormalisedDocument, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words of the clause before and after the figure at [start, end), lower-case.

    The clause runs from the last break (punctuation, ``và``, a relation word) before the figure
    to the first one after it.
    """
    breaks = list(_CLAUSE_BREAK.finditer(doc.key, max(0, start - 120), start))
    after = _CLAUSE_BREAK.search(doc.key, end, min(len(doc.key), end + 120))
    before = doc.key[breaks[-1].end() if breaks else max(0, start - 120) : start]
    return _TOKEN.findall(before.casefold()), _TOKEN.findall(doc.key[end : after.start() if after else end].casefold())


def lead(doc: NormalisedDocument, offset: int, words: int = 2) -> str:
    """The ``words`` words written right before ``offset`` (no punctuation between), lower-case; '' if fewer."""
    window = doc.key[max(0, offset - 60) : offset]
    match = regex.search(r"((?:\p{L}+\s+){%d})$" % words, window)
    return " ".join(match.group(1).lower().split()) if match else ""


def bullet(doc: NormalisedDocument, start: int, end: int) -> Optional[str]:
    """The list style a paragraph opens with: '-', '+', '•', '*', 'a)'; None when it is not a list item."""
    match = _BULLET.match(doc.text, start, end)
    if not match:
        return None
    if match.group(1):
        return "-" if match.group(1) in "-–" else match.group(1)
    return "a)"
