"""``text.find(word, pos)`` by the word's first character (issue 16, speed).

On a text mostly of Han characters, ``str.find`` of a word of two or more characters
is several times slower than of one character (which the interpreter hands to
``memchr``): a whole-text loop over 护照 or **** costs as much as a regex scan. Looking
for the first character and testing the word there gives the same positions, faster
while that character is not very common.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .cueindex import INDEXED, LONG, cues
from .pertext import memo, per_text


def find_word(text: str, word: str, pos: int = 0) -> int:
    """The same as ``text.find(word, pos)``."""
    first = word[0]
    k = text.find(first, pos)
    while k >= 0 and not text.startswith(word, k):
        k = text.find(first, k + 1)
    return k


def find_by(text: str, word: str, at: int, pos: int = 0) -> int:
    """The same as ``text.find(word, pos)``, looked for by ``word[at]``: for a word whose
    first character is common (自然人 by 自 is fine, 台胞证 better by 胞)."""
    c = word[at]
    k = text.find(c, pos + at)
    while k >= 0 and not text.startswith(word, k - at):
        k = text.find(c, k + 1)
    return k - at if k >= 0 else -1


def has_word(text: str, word: str, at: int = 0) -> bool:
    """``word in text``, looked for by ``word[at]`` (a miss costs a ``memchr`` scan,
    not a scan of every character); a word of ``cueindex`` in a long text by its one
    search for them all."""
    if word in INDEXED and len(text) >= LONG:
        found = cues(text)
        if word in found.held:
            return True
        if word not in found.unsure:
            return False
    return find_by(text, word, at) >= 0


def has_any_by(text: str, c: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` (each holding the character ``c``) stands in ``text``: one
    walk of ``c`` for them all (a miss costs one ``memchr`` scan, not one a word)."""
    if len(text) >= LONG and INDEXED.issuperset(words):
        found = cues(text)
        if not found.held.isdisjoint(words):
            return True
        if found.unsure.isdisjoint(words):
            return False
    offsets = [(w, w.index(c)) for w in words]
    k = text.find(c)
    while k >= 0:
        for w, a in offsets:
            if k >= a and text.startswith(w, k - a):
                return True
        k = text.find(c, k + 1)
    return False


@per_text
def colons(text: str) -> tuple[list[int], list[int]]:
    """The positions of every "：" and of every ":" in ``text``, two ascending lists (not
    to be changed). Five passes of a scan walk a text's colons, and a loop of
    ``str.find`` costs one call a colon (0.9 ms a megabyte of the benchmark text), so
    they are found once a text (``pertext``: until the scan's end)."""
    found = []
    find = text.find
    for sign in ("：", ":"):
        at = find(sign)
        got = []
        while at >= 0:
            got.append(at)
            at = find(sign, at + 1)
        found.append(got)
    return found[0], found[1]


@per_text
def lines(text: str) -> tuple[list[str], list[int]]:
    """``text.split("\\n")`` and the offset of each line's start (two lists, not to be
    changed). Three passes of a scan read a text line by line: it is split once a text
    (``pertext``, as ``colons``)."""
    split = text.split("\n")
    starts = []
    pos = 0
    for line in split:
        starts.append(pos)
        pos += len(line) + 1
    return split, starts


@per_text
def colon_ends(text: str) -> tuple[list[int], list[int]]:
    """The positions of every "：" and of every ":" that ends a line (before a "\\n"), two
    ascending lists (not to be changed). The scanner and ``declaredtables`` both look for
    them; read off the lines (``lines``, split once a scan) rather than by walking every
    "\\n" with ``str.find`` in each pass."""
    full: list[int] = []
    half: list[int] = []
    split, starts = lines(text)
    for line, start in zip(split[:-1], starts[:-1], strict=True):  # (the last: no "\\n")
        if line.endswith(("：", ":")):
            (full if line[-1] == "：" else half).append(start + len(line) - 1)
    return full, half


def positions(text: str, sign: str) -> list[int]:
    """Every start of ``sign`` (a character or a word) in ``text``, ascending, each found by
    ``str.find`` after the last one's first character."""
    found = []
    find = text.find
    at = find(sign)
    while at >= 0:
        found.append(at)
        at = find(sign, at + 1)
    return found


def cue_positions(text: str, cues: tuple[str, ...]) -> list[int]:
    """Every start of each of ``cues`` in ``text``, cue by cue (each cue's ascending), a cue
    the cue index says is absent walking no text; for cues none of which overlaps itself."""
    found = []
    for cue in cues:
        if has_word(text, cue):
            found += positions(text, cue)
    return found


def places(text: str, sign: str) -> list[int]:
    """Every position of the one character ``sign`` in ``text``, ascending (not to be
    changed). Some signs are walked by several passes of a scan (名 by four, the brackets
    by two), each with a loop of ``str.find`` that costs one call a sign: they are found
    once a text (``pertext``, as ``colons``), by each sign."""
    return memo((places, sign), text, lambda t: positions(t, sign))


def word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """The starts of ``finditer``'s matches of the alternation of ``words`` (plain words of
    two characters or more, none starting with another's first character and second: at a
    place one word at most stands), found by a walk of each word's first character (a
    ``memchr`` scan) instead of a search led by the class of their first characters, which
    tests every character of the text (privspeed26a)."""
    hits = []
    find = text.find
    for w in words:
        c = w[0]
        k = find(c)
        while k >= 0:
            if text.startswith(w, k):
                hits.append((k, len(w)))
            k = find(c, k + 1)
    hits.sort()
    out = []
    pos = 0
    for k, size in hits:
        if k >= pos:  # (no overlaps: the search goes on after a match)
            out.append(k)
            pos = k + size
    return out


_BLANKS = re.compile("[ \u3000\t]*")


def blank(text: str, lo: int = 0, hi: int | None = None) -> bool:
    """Whether ``text[lo:hi]`` (``lo`` and ``hi`` not below 0) is blanks only (spaces, ideographic spaces, tabs) or empty:
    ``not text[lo:hi].strip(" \u3000\t")`` without copying the span (a line of a table
    runs to thousands of characters; the test stops at the first sign that is no blank)."""
    if hi is None:
        hi = len(text)
    return hi <= lo or _BLANKS.fullmatch(text, lo, hi) is not None


def lead_finditer(pattern: re.Pattern, lead: str, text: str) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern whose every match opens with the one
    character ``lead``: searched from the first ``lead`` (a ``memchr`` scan), and not at all
    when there is none. ``sre`` looks for a literal lead a character at a time (about 1 ms a
    megabyte, lead or none: privspeed26a); look-behinds still see the text before."""
    k = text.find(lead)
    return pattern.finditer(text, k) if k >= 0 else iter(())


def lead_search(pattern: re.Pattern, lead: str, text: str) -> re.Match | None:
    """``pattern.search(text)`` for such a pattern (``lead_finditer``)."""
    k = text.find(lead)
    return pattern.search(text, k) if k >= 0 else None
