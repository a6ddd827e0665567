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

A role's word at a name's head ("受益人央金措") is cut off too, where the cell opens with it.

Speed: the texts without a kinship's character after a cell's or a bracket's start (one
search, ``_CUE``) return at once.
"""

from __future__ import annotations

import re

from . import validators as v

Candidate = tuple[int, int, str, float]

_KIN = "妻夫子女父母兄弟姐妹"
_OPEN = '\n\t|,"（(，、；'
_CUE = re.compile(rf"[{re.escape(_OPEN)}][{_KIN}](?![{_KIN}])[\u4e00-\u9fff]")
# a role's word opening a cell before the name it names (受益人央金措, 代领人X)
_ROLE_HEAD = re.compile(r"(?:受益人|申请人|代领人|领款人|收款人|继承人|监护人|代理人)")
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


def _kin_names(text: str, taken: set[int]) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _CUE.finditer(text):
        s = m.start() + 2  # after the sign and the kinship
        if s in taken:
            continue
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
    """``cands`` with the kinship's character and a role's word cut off the names they
    open, and the relatives named after their kinship added (above)."""
    if _CUE.search(text) is None and _ROLE_HEAD.search(text) is None:
        return cands
    out: list[Candidate] = []
    for c in cands:
        s, e = c[0], c[1]
        if c[2] == "name" and e - s > 3 and text[s - 1 : s] in _OPEN:
            if text[s] in _KIN and "·" in text[s + 2 : e]:
                c = (s + 1, e, c[2], c[3])  # 妻古再丽·买买提: the relative's own name
            else:
                role = _ROLE_HEAD.match(text, s, e)
                if role and e - role.end() >= 2:
                    c = (role.end(), e, c[2], c[3])  # 受益人央金措
        out.append(c)
    names = [c for c in out if c[2] == "name"]
    covered = {k for c in names for k in range(c[0] - 2, c[1])}
    return out + _kin_names(text, covered)
