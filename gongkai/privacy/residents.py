"""Persons named with their nationality or the region they live in: "朴成浩为大韩民国籍",
"林志豪为台湾居民", "黄家伟系香港特别行政区居民", "约翰·史密斯（美国籍）". Only a person has
a nationality or is a region's resident, so the words vouch for the name before them
(a transliterated name with its dot, or a Chinese one with a known surname).

The note alone is weak evidence (confidence under 0.6): the name is not looked for again
elsewhere (``names.repeated_names``) — the same person in a company's 法定代表人 column
stays public registration data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import validators as v
from .listwords import non_name
from .wordfind import find_by

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
# where the words stand, each found by ``str.find`` of one of its characters (``wordfind``:
# a regex scan, even one led by a literal, costs more): the word and that character
_ANCHORS = (("籍", 0), ("居民", 0), ("同胞", 1))
# 籍 after a country or a place (大韩民国籍, 印度籍, 外籍, 山东籍), not in other words (户籍,
# 书籍, 党籍, 学籍, 军籍, 典籍, 古籍, 史籍, 会籍)
_NOT_NATIONALITY = frozenset("户书党学军典古史会团祖原")
_REGION = re.compile(r"(?:台湾|香港|澳门|港澳|港澳台|台港澳)(?:地区|特别行政区|省)?$")
# the name, then 为 / 系 / 是 or an opening bracket, then the words up to the anchor
_NAMED = re.compile(
    rf"(?:^|(?<=[，,。；;：:、\s.．]))([{_H}]{{2,4}}|[{_H}]{{2,6}}·[{_H}]{{2,6}}(?:·[{_H}]{{1,6}})?)"
    rf"(?:为|系|是|[（(])((?:中国)?[{_H}]{{1,8}})$"
)


def _hits(text: str) -> Iterator[tuple[str, int, int]]:
    """(word, start, end) of each anchor word, word by word, as ``finditer`` of each."""
    for word, at in _ANCHORS:
        k = find_by(text, word, at)
        while k >= 0:
            yield word, k, k + len(word)
            k = find_by(text, word, at, k + len(word))


def resident_names(text: str) -> list[Candidate]:
    """The persons of the module docstring."""
    out: list[Candidate] = []
    for word, k, anchor_end in _hits(text):
        lo = k - 24 if k > 24 else 0
        named = _NAMED.search(text, lo, k)
        if not named:
            continue
        words = named.group(2)
        if word == "籍":
            if words[-1] in _NOT_NATIONALITY or text[anchor_end : anchor_end + 1] == "贯":
                continue
        elif not _REGION.search(words):
            continue
        name = named.group(1)
        if "·" not in name and (not v.plausible_name(name) or non_name(name)):
            continue
        out.append((named.start(1), named.end(1), "name", 0.55))
    return out
