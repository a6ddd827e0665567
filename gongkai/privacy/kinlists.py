"""Relatives listed by their place in the family (issue 16).

A list of heirs or household members names each person after the relation to the one
the text is about, without 其 or 之: "法定继承人：配偶X，长子Y，次女Z", "家庭成员：
养子A、孙女B". A relation word of birth order or adoption (长子, 次女, 三子, 幼女, 养子,
继女 …), a grandchild's or an in-law's (孙子, 外孙女, 儿媳, 女婿) or 配偶, opening a
clause, with a name of two to four characters right after it and a sign or the line's
end after the name, is that relative's name. A word after the relation (长子已成年,
次女就读于…) is no name: the run must be a plausible name.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

# two characters that may make a relation word (a fast scan of two classes); the word, the
# sign before it and the name after it are read after a match
_PAIR = re.compile(r"[长次三四五幼独养继外孙儿女配][子女孙媳婿偶]")
_RELATIONS = frozenset(
    [a + b for a in "长次三四五幼独养继" for b in "子女"]
    + ["外孙", "孙子", "孙女", "长孙", "儿媳", "女婿", "配偶"]
)
_NAME_AFTER = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?=[，,、。；;（(\s]|$)")
_BEFORE = frozenset("：:，,、；;（(\n\t \u3000")


_FIRST = frozenset("长次三四五幼独养继外孙儿女配")
_SECOND = "子女孙媳婿偶"


def _pairs(text: str, marks: list[int] | None) -> list[int]:
    """The starts of ``_PAIR.finditer(text)``'s matches, found by their second character
    (six one-character searches are several times faster than the engine's pass over
    every character of a Han text; or among ``marks``, positions that hold every one of
    ``_SECOND``'s characters in ``text``, sorted): a pair starts where the one before it
    has ended."""
    starts = []
    if marks is None:
        for c in _SECOND:
            k = text.find(c, 1)
            while k >= 0:
                if text[k - 1] in _FIRST:
                    starts.append(k - 1)
                k = text.find(c, k + 1)
        starts.sort()
    else:
        starts = [k - 1 for k in marks if k and text[k] in _SECOND and text[k - 1] in _FIRST]
    out: list[int] = []
    for at in starts:
        if not out or at >= out[-1] + 2:
            out.append(at)
    return out


def kin_list_names(text: str, marks: list[int] | None = None) -> list[Candidate]:
    """Relatives' names after their relation (module docstring); ``marks``: the
    positions of ``kinprose.kin_marks`` (None: found here)."""
    out: list[Candidate] = []
    for at in _pairs(text, marks):
        pair = text[at : at + 2]
        if pair not in _RELATIONS or (at and text[at - 1] not in _BEFORE):
            continue
        end = at + 2 + (pair == "外孙" and text[at + 2 : at + 3] == "女")
        name = _NAME_AFTER.match(text, end)
        if name is None:
            continue
        run = name.group(1)
        if run in v.COMMON_WORDS:
            continue
        if v.plausible_name(run, strict=False) and v.plausible_name(run, strict=len(run) == 2):
            out.append((name.start(1), name.end(1), "name", 0.75))
    return out
