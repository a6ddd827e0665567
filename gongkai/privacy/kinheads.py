"""A relative named in a cell after their kinship's single character (issue 16,
docs267/docs268, privfix20c). Called from ``lastpasses``.

A household's record notes who did a thing for the household or what befell whom in one
cell, the relative's kinship written as one character right before the name: "户主X（妻Y
代为记账）", "子Y代为报送", "低保户，妻Z腿部轻伤". Two readings went wrong:

- a transliterated name read with the kinship's character at its head ("妻古再丽·买买提"):
  the character is cut off where the name opens its cell or a bracket;
- a name after the kinship's character and before the act ("子X代为报送") was not read at
  all: a common surname and a given name of one or two characters common in given names
  (``validators``), between a cell's or a bracket's or a comma's start with the kinship and
  an act's or a cell's end (``_AFTER``: 代为, 代领, 陪同, 轻伤, 腿部 …, a sign), is a name;
  a kinship's word is no given name ("（女方姐姐）").

Speed: each kinship's character is walked by ``str.find`` (a character's find skips through
memory, a regex or a word's search reads every character); the candidates are read only
when a kinship opens a dotted name or a relative's name is read.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

_KIN = "妻夫子女"  # (the kinships written alone before a name: each is one find of the text)
_OPEN = '\n\t|,"（(，、；'
_KIN_OR_END = frozenset(_KIN) | {""}
_NAME_NEXT = re.compile(rf"(?![{_KIN}])[\u4e00-\u9fff]")
# what follows the relative's name in the cell: an act done for the household, a harm, a sign
_AFTER = re.compile(
    r"(?:代为|代领|代签|代办|代收|代理|陪同|协助|负责|腿部|头部|手部|脚部|轻伤|重伤|受伤|同住)"
    r"|[（(，,、。；）)\"\t|\n]|$"
)
# a kinship's word is no given name ("（女方姐姐）": her side's elder sister)
_KIN_WORD = frozenset("姐妹哥弟嫂婆爷奶叔姨舅伯")


def _surname(run: str) -> int:
    """The length of a common surname opening ``run`` (0: none)."""
    if run[:2] in v.COMPOUND_SURNAMES:
        return 2
    return 1 if run[:1] in v.SURNAMES else 0


def _kin_places(text: str) -> list[int]:
    """Where a relative's name may open: after a sign and one kinship's character, by a
    walk of each kinship's character (``str.find``)."""
    out = []
    for kin in _KIN:
        k = text.find(kin, 1)
        while k >= 0:
            if text[k - 1] in _OPEN and _NAME_NEXT.match(text, k + 1):
                out.append(k + 1)
            k = text.find(kin, k + 1)
    return out


def _kin_names(text: str, places: list[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for s in places:
        if text[s] == "方":
            continue  # 女方 (a party's side)
        run = text[s : s + 4]
        n = _surname(run)
        if not n:
            continue
        for length in (n + 2, n + 1):  # the longer given name first
            given = text[s + n : s + length]
            if len(given) != length - n or not v.plausible_given(given) or _KIN_WORD & set(given):
                continue
            name = text[s : s + length]
            if name in v.COMMON_WORDS or not _AFTER.match(text, s + length):
                continue
            out.append((s, s + length, "name", 0.7))
            break
    return out


def kin_heads(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the kinship's character cut off the dotted names it opens, and the
    relatives named after their kinship added (above)."""
    places = _kin_places(text)
    # the places a found dotted name may open with its kinship
    opens = {k - 1 for k in places if "·" in text[k : k + 16]}
    new = _kin_names(text, places) if places else []
    if not opens and not new:
        return cands
    out = list(cands)
    for i in [i for i, c in enumerate(cands) if c[0] in opens and c[2] == "name"]:
        s, e, kind, conf = out[i]
        if e - s <= 3:
            continue
        if text[s] in _KIN and "·" in text[s + 2 : e]:
            out[i] = (s + 1, e, kind, conf)  # 妻古再丽·买买提: the relative's own name
    if not new:
        return out
    taken = {k for c in out if c[2] == "name" for k in (c[0], c[0] + 1, c[0] + 2, c[0] + 3)}
    return out + [c for c in new if c[0] not in taken and c[0] - 1 not in taken]
