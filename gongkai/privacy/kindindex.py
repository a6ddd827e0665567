"""The indexes of one kind of candidate in a list of candidates' kinds, and the list without
the indexes a pass dropped.

Late passes that look at one kind only (a landline, a name, a bank card) walk its indexes with
``list.index``, whose scan runs in C, instead of testing every candidate's kind in Python.
"""

from __future__ import annotations


def kind_positions(kinds: list[str], kind: str):
    """The indexes of ``kind`` in ``kinds``, in order."""
    k = -1
    while True:
        try:
            k = kinds.index(kind, k + 1)
        except ValueError:
            return
        yield k


def without(cands: list, drop: set[int]) -> list:
    """``cands`` without the indexes in ``drop`` (``cands`` itself when none is dropped)."""
    return [c for k, c in enumerate(cands) if k not in drop] if drop else cands
