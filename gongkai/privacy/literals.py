"""Searching many words at once when a few start with a character common in every text.

A compiled alternation of words (``alternation.factor``) is scanned by the regex engine
one possible first character at a time; a word that starts with a character of almost
every clause (``、牢记使命``, half of 不忘初心、牢记使命; ``政府信息公开条例``) makes it stop
everywhere (the wording check's halves: 13.9 ms of the 2.6 MB benchmark text, 9.7 ms
without these two). Such words are found with ``str.find`` instead and merged with the
matches of the alternation of the other branches, exactly as ``finditer`` of the whole
alternation would give them: leftmost first, the longest word at one position, no
overlaps. This holds because a branch of the others never starts with the first
character of one of these words (``split``). Measured on the word pass and the table
headers as well, it gained nothing there (their hits cost less than a ``str.find``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .alternation import factor

# characters that start a clause or most of the words of an official text
COMMON_FIRST = frozenset("、，。；：的政")
_PLAIN = re.compile(r"[^\\.^$*+?{}\[\]|()]+")


def split(words: Iterable[str]) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """(the alternation of the literal words that start with a rarer character, the
    others), the words tried longest first."""
    words = sorted(words, key=len)[::-1]
    return split_branches([re.escape(w) for w in words])


def split_branches(branches: list[str]) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """``split`` of the branches of an alternation (regular expressions, in order); the
    branches that start with a common character must be plain words."""
    rare = [b for b in branches if b[:1] not in COMMON_FIRST]
    common = tuple(b for b in branches if b[:1] in COMMON_FIRST)
    for b in common:
        if not _PLAIN.fullmatch(b):
            raise ValueError(f"a branch that starts with a common character is no word: {b!r}")
    return (re.compile(factor(rare)) if rare else None), common


class Hit:
    """A word found with ``str.find``, read like a match (``start``, ``end``, ``span``,
    ``group``)."""

    __slots__ = ("_end", "_start", "_word")

    def __init__(self, start: int, word: str):
        self._start, self._end, self._word = start, start + len(word), word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self) -> str:
        return self._word


def finditer(pattern: re.Pattern | None, common: tuple[str, ...], text: str) -> Iterator:
    """The matches of the alternation of all the words (``re.Match`` or ``Hit``), in order."""
    found = []
    for word in common:
        at = text.find(word)
        while at >= 0:
            found.append((at, -len(word), word))
            at = text.find(word, at + 1)
    if not found:
        if pattern is not None:
            yield from pattern.finditer(text)
        return
    found.sort()  # by position, the longest first
    search = pattern.search if pattern is not None else None
    nxt = search(text) if search else None
    pos = k = 0
    n = len(found)
    while True:
        while k < n and found[k][0] < pos:
            k += 1
        if nxt is not None and nxt.start() < pos:
            nxt = search(text, pos)
        if k < n and (nxt is None or found[k][0] < nxt.start()):
            at, minus_len, word = found[k]
            yield Hit(at, word)
            pos = at - minus_len
        elif nxt is not None:
            yield nxt
            pos = nxt.end()
            nxt = search(text, pos)
        else:
            return
