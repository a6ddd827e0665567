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

from .alternation import _head, by_second, factor

# characters that start a clause or most of the words of an official text
COMMON_FIRST = frozenset("、，。；：的政")
_PLAIN = re.compile(r"[^\\.^$*+?{}\[\]|()]+")


def split(words: Iterable[str]) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """(the alternation of the literal words that start with a rarer character, the
    others), the words tried longest first."""
    words = sorted(words, key=len)[::-1]
    return split_branches([re.escape(w) for w in words])


def split_branches(
    branches: list[str], common_first: frozenset[str] = COMMON_FIRST, *, second: bool = False
) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """``split`` of the branches of an alternation (regular expressions, in order); the
    branches that start with a common character (``common_first``) must be plain words.
    ``second``: the others arranged by ``by_second`` (their first characters common in a
    text, their words rare) rather than ``factor``."""
    rare = [b for b in branches if b[:1] not in common_first]
    common = tuple(b for b in branches if b[:1] in common_first)
    for b in common:
        if not _PLAIN.fullmatch(b):
            raise ValueError(f"a branch that starts with a common character is no word: {b!r}")
    arrange = by_second if second else factor
    return (re.compile(arrange(rare)) if rare else None), common


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


def _word_hits(common: tuple[str, ...], text: str) -> list[tuple[int, int, str]]:
    """Every occurrence of each word: (position, minus its length, the word), unsorted."""
    hits = []
    for word in common:
        at = text.find(word)
        while at >= 0:
            hits.append((at, -len(word), word))
            at = text.find(word, at + 1)
    return hits


def finditer(pattern: re.Pattern | None, common: tuple[str, ...], text: str) -> Iterator:
    """The matches of the alternation of all the words (``re.Match`` or ``Hit``), in order."""
    found = _word_hits(common, text)
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


def both(first: list[str], second: list[str]) -> tuple[re.Pattern, dict[int, tuple[int, int]]]:
    """One search for two alternations of literal words (``factor(first)`` and
    ``factor(second)``), each of which ``finditer`` would search on its own: one scan of
    the text for the first characters of both instead of two. A match is one first
    character; lookaheads after it hold the rests of both alternations' words that start
    with it. Returns the expression and, by ``m.lastindex``, the groups that end the
    first's and the second's word (0: none).

    When every word has two literal characters or more, the branches are led by their
    second character (``by_second``'s idea): the engine stops at a first character (工,
    社, 人 …: 6.5 % of the benchmark text), reads whether a second character of any word
    follows (one class: most stops end there) and only then tries the few branches that
    start with that character, the first read back behind it (the wording check: 6.7 ms
    of the benchmark text with the branches led by their first character)."""
    rests: dict[str, tuple[list[str], list[str]]] = {}
    pairs: dict[tuple[str, str], tuple[list[str], list[str]]] | None = {}
    for side, branches in enumerate((first, second)):
        for branch in branches:
            head = _head(branch)
            if head is None:
                raise ValueError(f"a branch that does not start with a literal: {branch!r}")
            rests.setdefault(head[0], ([], []))[side].append(head[1])
            nxt = _head(head[1])
            if pairs is not None and nxt is not None:
                pairs.setdefault((head[0], nxt[0]), ([], []))[side].append(nxt[1])
            else:
                pairs = None  # a one-character word: led by the first character
    if pairs is not None:
        return _by_second(pairs)
    groups: dict[int, tuple[int, int]] = {}
    alternatives = [
        token + _lookaheads(ones, twos, groups) for token, (ones, twos) in rests.items()
    ]
    return re.compile("|".join(alternatives)), groups


def _lookaheads(ones: list[str], twos: list[str], groups: dict[int, tuple[int, int]]) -> str:
    """The lookaheads for the rests of the first's and the second's words at one place,
    their groups numbered after those in ``groups`` and added to it."""
    n = len(groups)
    one, two = f"(?:{factor(ones)})", f"(?:{factor(twos)})"
    if ones and twos:
        groups[n + 1], groups[n + 2], groups[n + 3] = (n + 1, 0), (n + 1, n + 2), (0, n + 3)
        return f"(?:(?=({one}))(?=({two}))?|(?=({two})))"
    if ones:
        groups[n + 1] = (n + 1, 0)
        return f"(?=({one}))"
    groups[n + 1] = (0, n + 1)
    return f"(?=({two}))"


def _by_second(
    pairs: dict[tuple[str, str], tuple[list[str], list[str]]],
) -> tuple[re.Pattern, dict[int, tuple[int, int]]]:
    """``both``'s search led by the second character (``pairs``: the rests by the first
    two characters as written). Words with different first two characters never match at
    one position, so their order does not matter."""
    by_second: dict[str, list[tuple[str, tuple[list[str], list[str]]]]] = {}
    for (token, second), sides in pairs.items():
        by_second.setdefault(second, []).append((token, sides))
    groups: dict[int, tuple[int, int]] = {}
    alternatives = []
    for second, keyed in by_second.items():
        behind = [
            f"(?<={token}{second}){_lookaheads(ones, twos, groups)}"
            for token, (ones, twos) in keyed
        ]
        inner = behind[0] if len(behind) == 1 else "(?:" + "|".join(behind) + ")"
        alternatives.append(second + inner)
    firsts = "".join(dict.fromkeys(_class_member(token) for token, _second in pairs))
    seconds = "".join(dict.fromkeys(_class_member(second) for second in by_second))
    pattern = f"[{firsts}](?=[{seconds}])(?=" + "|".join(alternatives) + ")"
    return re.compile(pattern), groups


def _class_member(token: str) -> str:
    """A literal character as ``_head`` gives it, written to stand in a class."""
    return re.escape(token[-1])


def found(
    pattern: re.Pattern, groups: dict[int, tuple[int, int]], text: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The spans ``both``'s two alternations match at every position (all of them:
    ``non_overlapping`` and ``finditer_found`` pick them as their searches would)."""
    firsts: list[tuple[int, int]] = []
    seconds: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start = m.start()
        one, two = groups[m.lastindex]  # type: ignore[index]
        if one:
            firsts.append((start, m.end(one)))
        if two:
            seconds.append((start, m.end(two)))
    return firsts, seconds


def non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans ``finditer`` gives of the spans an alternation matches at each position."""
    out = []
    last = 0
    for span in spans:
        if span[0] >= last:
            out.append(span)
            last = span[1]
    return out


def finditer_found(rare: list[tuple[int, int]], common: tuple[str, ...], text: str) -> Iterator:
    """``finditer(pattern, common, text)`` with the spans ``pattern`` matches at every
    position already found (``found``)."""
    hits = _word_hits(common, text)
    if not hits:
        for start, end in non_overlapping(rare):
            yield Hit(start, text[start:end])
        return
    hits.sort()  # by position, the longest first
    r = 0
    n_rare = len(rare)
    nxt = rare[0] if rare else None
    pos = k = 0
    n = len(hits)
    while True:
        while k < n and hits[k][0] < pos:
            k += 1
        if nxt is not None and nxt[0] < pos:
            while r < n_rare and rare[r][0] < pos:
                r += 1
            nxt = rare[r] if r < n_rare else None
        if k < n and (nxt is None or hits[k][0] < nxt[0]):
            at, minus_len, word = hits[k]
            yield Hit(at, word)
            pos = at - minus_len
        elif nxt is not None:
            yield Hit(nxt[0], text[nxt[0] : nxt[1]])
            pos = nxt[1]
            while r < n_rare and rare[r][0] < pos:
                r += 1
            nxt = rare[r] if r < n_rare else None
        else:
            return
