"""A person named before "和他儿子", "和她女儿", "与其妻子" (issue 16, docs264, privfix20a).

A complaint or a record names a household by its head and a relative: "村里的X和他儿子Y近日
在…新建", "X与其妻子Y共同…". The relative after the kinship is read by the kinship cues
(``prose``); the person before 和 + 他/她/其 or 与其 (的) + a kinship is named as surely: the
kinship is theirs. The name is the last piece of words before 和 (``names.name_ending``:
three characters, or two, that are a name's), and must open after a sign, a space or 的
(or a private person's word the cues know: 村民, 群众) so "老人和他儿子", "我和他儿子",
"工作人员和其家属" stay plain.

Speed: three walks of ``str.find`` (memchr) over 他, 她 and 其, 和/与 before them and the
kinship after them tested there; a regular expression's scan would cost 5 M instructions
a megabyte.
"""

from __future__ import annotations

import re

from . import namemodel
from .kinprose import _LONG_KIN
from .listwords import non_name
from .names import name_ending

Candidate = tuple[int, int, str, float]

_KINS = "|".join(sorted(_LONG_KIN, key=len, reverse=True))
# the kinship right after 他, 她 or 其 (matched there, no scan)
_KIN_AFTER = re.compile(rf"的?(?:{_KINS})")
# the signs walked with ``str.find`` (memchr) and the words they close before the kinship
_PAIRS = {"他": ("和他",), "她": ("和她",), "其": ("和其", "与其")}
# what may stand right before the name: a sign, 的, or a private person's word
_BEFORE = frozenset('的，,。；;：:、（(）) \u3000\t\n“”"')
_WORDS_BEFORE = ("村民", "群众", "居民", "住户", "农户", "邻居")


def partner_names(text: str) -> list[Candidate]:
    """The persons before 和他/与其 + a kinship (module docstring)."""
    out: list[Candidate] = []
    for sign, pairs in _PAIRS.items():
        k = text.find(sign)
        while k >= 0:
            if text[k - 1 : k + 1] in pairs and _KIN_AFTER.match(text, k + 1):
                out += _before(text, k - 1)
            k = text.find(sign, k + 1)
    return sorted(out)


def _before(text: str, end: int) -> list[Candidate]:
    """The person whose name ends at ``end``, before 和/与 (module docstring)."""
    got = name_ending(text, end)
    if not got:
        return []
    s, e = got[0], got[1]
    if s > 0 and text[s - 1] not in _BEFORE and not text.endswith(_WORDS_BEFORE, 0, s):
        return []
    name = text[s:e]
    if non_name(name) or namemodel.score(name) < 0.5:
        return []
    return [(s, e, "name", 0.7)]
