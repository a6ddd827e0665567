"""A person a complaint names by hearsay: "听说是X家在弄", "据说是X干的", "怀疑是X，"
(issue 16, docs264, privfix20a).

A caller who reports a neighbour's building or dumping often names the suspect as what
they heard or guess: 听说是 / 据说是 / 好像是 / 怀疑是 / 可能是 + the name, then the
household's 家, a sign, or what the person does (在, 干, 弄, 的). The name is read as after
a private person's word (``prose._name_at``), and must be a surname's name the model holds
likely, so "听说是村里的", "据说是镇上安排的", "好像是施工队" stay plain. A name of two
closing a cell on 家 ("据说是X家" at a line's end) is left: the list reading
(``context.whole_name``) would take 家 as its third character.

Speed: one walk of ``str.find`` (memchr) over 是, the hearsay word tested behind it (a
regular expression's scan costs 5 M instructions a megabyte, a pre-test of the words of
two characters a scan each).
"""

from __future__ import annotations

from . import namemodel
from . import validators as v
from .listwords import non_name
from .prose import _name_at

Candidate = tuple[int, int, str, float]

# the hearsay words before 是 (looked for by 是 with ``str.find``, memchr)
_HEARSAY = frozenset(("听说", "据说", "好像", "怀疑", "可能", "估计"))
# what follows the name: the household, a sign, or what the person does
_AFTER = frozenset("家在干弄的，,。；;、（(）) \u3000\n")
# what closes a cell (``context.whole_name`` takes a third character before them)
_LIST_SIGNS = frozenset("、<|\t\n")


def hearsay_names(text: str) -> list[Candidate]:
    """The persons named after a hearsay word (module docstring)."""
    out: list[Candidate] = []
    k = text.find("是")
    while k >= 0:
        at = k + 1
        k = text.find("是", at)
        if text[at - 3 : at - 1] not in _HEARSAY:
            continue
        name = _name_at(text, at)
        if len(name) > 2 and name[-1] in _AFTER and v.plausible_name(name[:-1]):
            name = name[:-1]  # "怀疑是慕容X家在弄": a compound surname's name and the home
        if not name or len(name) < 2:
            continue
        if text[at + len(name) : at + len(name) + 1] not in _AFTER:
            continue
        if non_name(name) or not v.surname_length(name) or namemodel.score(name) < 0.6:
            continue
        if len(name) == 2 and text[at + 3 : at + 4] in _LIST_SIGNS:
            continue  # "据说是X家" closing a cell: a list's reading would take 家 into it
        out.append((at, at + len(name), "name", 0.6))
    return out
