"""The pieces of an enumeration closed by its count, each maybe with a note in brackets
("授予甲（县医院医师）、乙（某村村民）…16名同志…称号"; issue 16, the sixteenth held-out
batch's class). ``blocks`` counts the pieces against the count; a note (which may hold
、 or a comma of its own) is no piece and no part of the name before it.
"""

from __future__ import annotations

_BREAKS = frozenset('。；;！!？?，,：:“”"\n')
_REACH = 800  # characters back from the count: a list of noted persons is long


def noted_parts(text: str, end: int) -> tuple[int, list[tuple[int, str]]]:
    """(start of the clause, [(offset, piece)]) of the 、-pieces before ``end`` back to
    the clause's start, brackets read past; a piece's note in brackets is cut off."""
    lo = max(0, end - _REACH)
    depth = 0
    c0 = lo
    i = end
    while i > lo:
        ch = text[i - 1]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth -= 1
        elif depth <= 0 and ch in _BREAKS:
            c0 = i
            break
        i -= 1
    parts: list[tuple[int, str]] = []
    start, cut, depth = c0, -1, 0
    for k in range(c0, end + 1):
        ch = text[k] if k < end else "、"
        if ch in "（(":
            if depth == 0 and cut < 0:
                cut = k  # the piece's note: no part of its name
            depth += 1
        elif ch in "）)":
            depth = depth - 1 if depth > 1 else 0
        elif ch == "、" and depth == 0:
            parts.append((start, text[start : cut if cut >= 0 else k]))
            start, cut = k + 1, -1
    return c0, parts
