"""Searching many literal words at once when a few start with a very common character.

A compiled alternation of words (``alternation.factor``) is scanned by the regex engine
one possible first character at a time; a word that starts with 、 or 政 makes it stop
at almost every clause of an official text (``、牢记使命``, half of 不忘初心、牢记使命;
``政府信息公开条例``). Those words are found with ``str.find`` instead and merged with
the matches of the alternation of the others, exactly as ``finditer`` of the whole
alternation would give them: leftmost first, the longest word at one position, no
overlaps (words with different first characters never start at the same position).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..alternation import factor

# characters that start a clause or most of the words of an official text
COMMON_FIRST = frozenset("、，。；：的政")


def split(words: Iterable[str]) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """(the alternation of the words that start with a rarer character, the others)."""
    words = sorted(words, key=len)[::-1]  # the longest first, as the alternation tries them
    rare = [w for w in words if w[0] not in COMMON_FIRST]
    common = tuple(w for w in words if w[0] in COMMON_FIRST)
    return (re.compile(factor(list(map(re.escape, rare)))) if rare else None), common


def finditer(
    pattern: re.Pattern | None, common: tuple[str, ...], text: str
) -> Iterator[tuple[int, str]]:
    """(start, word) of every match of the alternation of all the words, in order."""
    found = []
    for word in common:
        at = text.find(word)
        while at >= 0:
            found.append((at, -len(word), word))
            at = text.find(word, at + 1)
    if not found:
        if pattern is not None:
            for m in pattern.finditer(text):
                yield m.start(), m.group()
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
            yield at, word
            pos = at - minus_len
        elif nxt is not None:
            yield nxt.start(), nxt.group()
            pos = nxt.end()
            nxt = search(text, pos)
        else:
            return
