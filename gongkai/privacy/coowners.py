"""Co-owners named before the kind of their co-ownership (issue 16).

A registration's answer or notice writes who holds a flat together with a note of how:
"权利人为您与X（共同共有）", "登记在Y与Z（按份共有，各占50%）名下". The words before the
note are a person's name when they stand after a clear edge (与, 和, 及, 、, 为, a sign,
the line's start) and look like a name; a unit, a flat or a word before the note
("房屋（共同共有）") is none.
"""

from __future__ import annotations

import re

from . import validators as v
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the note's last word first (the engine's ``memchr``), its bracket and kind behind it: a
# search led by the class of brackets would stop at every bracket of the text
_NOTE = re.compile(r"共有(?:(?<=[（(]共同共有)|(?<=[（(]按份共有))")
_EDGE = frozenset("与和及、，,为：: \u3000\n（(")


def co_owners(text: str) -> list[Candidate]:
    """The name right before each note of co-ownership in ``text``."""
    if not has_word(text, "共有"):
        return []
    out: list[Candidate] = []
    for m in _NOTE.finditer(text):
        at = m.start() - 3  # the note's bracket
        for size in (3, 2, 4):
            s = at - size
            if s < 0:
                continue
            name = text[s:at]
            if (s == 0 or text[s - 1] in _EDGE) and v.plausible_name(name, strict=size == 2):
                if v.name_shape(name) == name or (size == 4 and v.surname_length(name) == 2):
                    out.append((s, at, "name", 0.75))
                break
    return out
