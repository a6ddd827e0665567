"""Answers about a whole text, shared by the passes of one scan (issue 16, speed).

Several passes of a scan ask the same question of the whole text (its colons, its lines,
the marks of one regex scan, a CSV's header …). ``memo(key, text, compute)`` answers
``compute(text)`` once and keeps the answer, for the text last asked about under ``key``
only: the text is kept with its answer and compared by identity first (equal strings
get the same answer). The answers are the calling thread's own (``threading.local``):
two threads scanning different texts at once never see each other's. ``forget()`` lets
go of this thread's texts (the scanner calls it at a scan's end).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")
_local = threading.local()


def _kept() -> dict[object, tuple[str, object]]:
    """This thread's answers: by key, (the text last asked about, its answer)."""
    try:
        return _local.kept
    except AttributeError:
        kept = _local.kept = {}
        return kept


def memo(key: object, text: str, compute: Callable[[str], T]) -> T:
    """``compute(text)``, computed once while ``text`` is the last text asked about under
    ``key`` in this thread (the answer is shared: not to be changed, unless it is meant
    to gather more answers about the same text, as a dict)."""
    kept = _kept()
    pair = kept.get(key)
    if pair is not None and (pair[0] is text or pair[0] == text):
        return pair[1]  # type: ignore[return-value]
    answer = compute(text)
    kept[key] = (text, answer)
    return answer


def _fresh(_text: str) -> dict:
    return {}


def table(key: object, text: str) -> dict:
    """A dict kept for ``text`` under ``key`` (``memo``), to gather answers about the
    text asked by more than the text (a number's column header, by its start)."""
    return memo(key, text, _fresh)


def once(fn: Callable[..., T], text: str, *args: object) -> T:
    """``fn(text, *args)`` answered once by its arguments for ``text`` (``table`` keyed by
    ``fn``): a pure helper that a pass asks again for the same place (``refine._address``
    for address candidates found twice by several passes). The arguments must be hashable."""
    asked = table(fn, text)
    try:
        return asked[args]
    except KeyError:
        got = asked[args] = fn(text, *args)
        return got


def per_text(fn: Callable[[str], T]) -> Callable[[str], T]:
    """``fn(text)`` through ``memo``, keyed by ``fn`` itself."""

    @wraps(fn)
    def answer(text: str) -> T:
        return memo(fn, text, fn)

    return answer


def forget() -> None:
    """Let go of every text this thread's answers were kept for (no text outlives its scan)."""
    _kept().clear()


def holding() -> int:
    """How many answers this thread keeps (0 after ``forget``)."""
    return len(_kept())
