"""A relative signing for a person, noted as such in a cell (issue 16, privfix27e, docs306).

A notice's receipt column ("劳动者签收", "领取人签字") holds the person's own name, or a
relative's who signed for them with a note: "江某某（家属）", "X（亲属代签）", "Y（监护人）".
The person's name is found by the row; the relative's, under a column that names no person,
is not. The note says the words before it are a person's name: a cell (after a delimiter
or a line's start) of a surname and one or two given characters right before the bracket is
taken (a known or rare surname: the note is cue enough).

Not so: a word before the note (村委会（代签）, 本人（家属）: no surname, or a role), more than
four characters before the bracket (a sentence, not a cell), a name already found.

Speed: ``memchr`` walks of 属 and 监; a bracket right before either is read.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .validators import COMMON_WORDS, surname_length

Candidate = tuple[int, int, str, float]

_NOTE = re.compile(r"[（(](?:家属|亲属|监护人)(?:代签|代领|签收)?[）)]")
_OPEN = frozenset(",\t|\"'：: \u3000、；;\n")
_NOT_GIVEN = frozenset("的了在是和与及或等之其者人员户主属亲方村镇乡县市区组号室民委会本")
_CONF = 0.7


def _notes(text: str) -> list[re.Match]:
    """The notes, found by a ``memchr`` walk of 属 and 监 (no scan of every character)."""
    out = []
    for c, back in (("属", 2), ("监", 1)):
        p = text.find(c)
        while p >= 0:
            if text[p - back : p - back + 1] in ("（", "("):
                m = _NOTE.match(text, p - back)
                if m is not None:
                    out.append(m)
            p = text.find(c, p + 1)
    return sorted(out, key=lambda m: m.start())


def kin_signed(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the relatives signing in a cell (module docstring)."""
    added: list[Candidate] = []
    names: list[tuple[int, int]] = []  # (the names' spans, sorted, at the first hit)
    for m in _notes(text):
        end = m.start()
        for n in (3, 2):
            s = end - n
            if s < 0 or (s > 0 and text[s - 1] not in _OPEN):
                continue
            name = text[s:end]
            if (
                surname_length(name) == 1
                and name not in COMMON_WORDS
                and all("\u4e00" <= c <= "\u9fff" and c not in _NOT_GIVEN for c in name[1:])
            ):
                if not names:
                    names = sorted((c[0], c[1]) for c in cands if c[2] == "name") or [(-1, -1)]
                k = bisect_left(names, (s - 50, 0))
                while k < len(names) and names[k][0] < end and names[k][1] <= s:
                    k += 1
                if not (k < len(names) and names[k][0] < end):
                    added.append((s, end, "name", _CONF))
                break
    if not added:
        return cands
    return sorted([*cands, *added], key=lambda c: (c[0], c[1]))
