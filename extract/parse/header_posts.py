"""A signer's post printed in capitals whose marks OCR misread (`THỨ TRƯƠNG` for `THỨ TRƯỞNG`, `PHÓ GIAM ĐỐC`):
the post it is, when its letters without marks are those of exactly one post of the closed list an official
signature block uses (NĐ 30/2020/NĐ-CP, Phụ lục I)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from typing import Optional

from extract.parse.header_vocab import POSTS

# posts that sign under an authority line (`KT. BỘ TRƯỞNG` / `THỨ TRƯỞNG`), besides the heads of POSTS
_DEPUTIES_AND_MEMBERS = ("THỨ TRƯỞNG", "TRƯỞNG ĐOÀN", "ỦY VIÊN", "TƯ LỆNH", "CHÍNH ỦY", "CHÁNH ÁN")


def bare(text: str) -> str:
    """`text` in capitals without marks, its spaces folded: `Thứ trưởng` → `THU TRUONG`."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper().split())


def _by_bare_spelling() -> dict[str, str]:
    """Each post (and its deputy, `PHÓ ...`) by its bare spelling; a bare spelling two posts share is left out."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for post in (*POSTS, *_DEPUTIES_AND_MEMBERS):
        for printed in (post, f"PHÓ {post}"):
            spellings[bare(printed)].add(printed)
    return {key: next(iter(posts)) for key, posts in spellings.items() if len(posts) == 1}


_POST_BY_BARE = _by_bare_spelling()


def known_post(line: str) -> Optional[str]:
    """The post `line` spells save for its marks (`THỨ TRƯƠNG` → `THỨ TRƯỞNG`), None when it is no post."""
    return _POST_BY_BARE.get(bare(line))
