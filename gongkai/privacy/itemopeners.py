"""Persons opening the numbered items of a list, read by the list's own consistency
(issue 16, docs67–docs69's 表彰决定, 通报 and 寻亲启事).

A decision or a notice lists individuals one numbered item each, the person first:

- **before a sign or a gap** ("1. 钟梓宁　退休职工。", "4. 隗德（…村党支部书记）",
  "（2）韦双永，男，…"): when three items or more (and most of the list) open so, and
  most of those openings read as names by the model (``namemodel``), every opening of
  the list led by a known surname is a person, a given name that is also a word as
  well (林海, 白鸽, 向阳), a rare surname (隗德) or a dotted name;
- **before the same word** ("1．宿强凤寻找亲生父母。", "5．夏天寻找亲生儿子。"):
  when three items or more open with a surname-led token followed by one and the same
  word, most of them names by the model, the tokens are persons.

Half the openings at least must be sure names of three characters or more: goods, trees
and words of a list of things have two ("（1）杨树　500株", "（2）梅花　200株").

Items are numbered lines (1. 1． 1、 1） （1） (1) 一、 （一）) in one run, counting up by one. A list
whose items mostly name a post of office (局长, 书记, 主任 …) or an office's phone (办公电话,
单位电话) is one of officials, and
a list of headings ("1. 加强领导，…") reads as no names by the model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import namemodel as nm
from . import validators as v
from .listwords import non_name
from .wordfind import lines as text_lines

Candidate = tuple[int, int, str, float]

_H = "\u4e00-\u9fff"
_CN = "一二三四五六七八九十"
# (matched at each line's start: a newline's find skips through memory, where a
# newline-led search of the whole text reads every character)
_ITEM = re.compile(
    rf"[ \u3000]*(?:(\d{{1,3}})[.．、）)]|([{_CN}]{{1,3}})、|[（(](\d{{1,3}}|[{_CN}]{{1,3}})[）)])"
    rf"[ \u3000]*([{_H}]{{1,12}}(?:·[{_H}]{{1,10}})?)"
)


def _number(word: str) -> int:
    """An item's number, in digits or in Chinese numerals up to 99 (十二, 二十三)."""
    if word.isdigit():
        return int(word)
    tens, _, ones = word.rpartition("十")
    if "十" not in word:
        return _CN.index(word) + 1 if len(word) == 1 else 0
    return (_CN.index(tens) + 1 if tens else 1) * 10 + (_CN.index(ones) + 1 if ones else 0)


_GAPS = frozenset("（(，,\u3000 \t")
# posts of office: a list whose items mostly name one is a list of officials
_POSTS = re.compile(
    r"书记|局长|主任|县长|区长|市长|镇长|乡长|科长|处长|所长|站长|厅长|委员|办公电话|单位电话|值班电话"
)
_SIGNS = frozenset("。；;\n")


def item_openers(text: str) -> list[Candidate]:
    """The persons opening numbered items (module docstring)."""
    if "\n" not in text:
        return []
    out: list[Candidate] = []
    run: list[re.Match[str]] = []
    last = 0
    for m in _items(text):
        number = _number(m.group(1) or m.group(2) or m.group(3))
        if number != last + 1 and run:
            _settle(text, run, out)
            run = []
        if number == 1 or run:
            run.append(m)
        last = number
    if run:
        _settle(text, run, out)
    return out


# the characters an item's line can open with
_OPENS = frozenset("0123456789 \u3000（(" + _CN)


def _items(text: str) -> Iterator[re.Match[str]]:
    """The numbered items opening a line, in order (lines split once a scan: wordfind)."""
    for line, start in zip(*text_lines(text), strict=True):
        if line[:1] in _OPENS:
            m = _ITEM.match(text, start)
            if m is not None:
                yield m


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _official(text: str, items: list[tuple[int, str]]) -> bool:
    posts = sum(1 for at, tok in items if _POSTS.search(text, at, _line_end(text, at)))
    return 2 * posts > len(items)


def _good(token: str) -> bool:
    if "·" in token:
        return nm.score(token) >= 0.7
    k = v.surname_length(token)
    return bool(k) and 1 <= len(token) - k <= 2 and not non_name(token) and "某" not in token


def _settle(text: str, run: list[re.Match[str]], out: list[Candidate]) -> None:
    if len(run) < 3:
        return
    gapped: list[tuple[int, str]] = []
    for m in run:
        token, at = m.group(4), m.start(4)
        after = text[at + len(token) : at + len(token) + 1]
        if after in _GAPS and (2 <= len(token) <= 4 or "·" in token):
            gapped.append((at, token))
    if len(gapped) >= 3 and 5 * len(gapped) >= 3 * len(run):
        _accept(text, gapped, out)
        return
    words: dict[str, list[tuple[int, str]]] = {}
    for m in run:
        whole, at = m.group(4), m.start(4)
        for size in (2, 3, 4) if whole[:2] in v.COMPOUND_SURNAMES else (2, 3):
            word = whole[size : size + 2]
            if len(word) == 2 and _good(whole[:size]):
                words.setdefault(word, []).append((at, whole[:size]))
    if not words:
        return
    word, items = max(words.items(), key=lambda kv: len(kv[1]))
    if len(items) >= 3 and 5 * len(items) >= 3 * len(run) and len({t for _a, t in items}) > 2:
        _accept(text, items, out)


def _accept(text: str, items: list[tuple[int, str]], out: list[Candidate]) -> None:
    sure = sum(1 for _at, token in items if nm.score(token) >= 0.7)
    # most persons' names have three characters; goods, trees and words have two (杨树,
    # 梅花): half the openings at least must be sure names of three or more
    long = sum(1 for _at, token in items if len(token) >= 3 and nm.score(token) >= 0.7)
    if 5 * sure < 3 * len(items) or 2 * long < len(items) or _official(text, items):
        return
    for at, token in items:
        if _good(token):
            out.append((at, at + len(token), "name", 0.7))
