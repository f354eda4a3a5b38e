"""Where sentences end, in one place for every stage.

Two questions with two answers:
- does a line or paragraph end finished (`ends_sentence`)? A full stop, colon, semicolon, `!`, `?`
  or `…`, possibly before a closing bracket (`(đạt 98%).`, `... (3).)`): the next line starts
  anew. Also used to stop a multi-line title or subject;
- where does one sentence give way to the next inside a paragraph (`SENTENCE_BREAK`)? A full stop,
  `!`, `?` or `…` and a space before a capital, a digit, an opening bracket or quote. A colon or
  semicolon does not part sentences: `gồm: a; b; c` is one statement.
"""

from __future__ import annotations

import regex

_ENDS_SENTENCE = regex.compile(r"[.:;!?…]\)?\s*$")
SENTENCE_BREAK = regex.compile(r"[.!?…]+\s+(?=[\p{Lu}\d(“\"])")
"""The punctuation and space between two sentences of a paragraph (finditer over a text)."""


def ends_sentence(text: str) -> bool:
    """Whether `text` (a line, a paragraph so far) ends a sentence or clause."""
    return _ENDS_SENTENCE.search(text) is not None
