"""A person named before "和他儿子", "和她女儿", "与其妻子" (issue 16, docs264, privfix20a).

A complaint or a record names a household by its head and a relative: "村里的X和他儿子Y近日
在…新建", "X与其妻子Y共同…". The relative after the kinship is read by the kinship cues
(``prose``); the person before 和 + 他/她/其 or 与其 (的) + a kinship is named as surely: the
kinship is theirs. The name is the last piece of words before 和 (``names.name_ending``:
three characters, or two, that are a name's), and must open after a sign, a space or 的
(or a private person's word the cues know: 村民, 群众) so "老人和他儿子", "我和他儿子",
"工作人员和其家属" stay plain.

Speed: two searches, led by the literals 和 and 与其 (the engine's fast scan), the kinship
after them tested there.
"""

from __future__ import annotations

import re

from . import namemodel
from .kinprose import _LONG_KIN
from .listwords import non_name
from .names import name_ending

Candidate = tuple[int, int, str, float]

_KINS = "|".join(sorted(_LONG_KIN, key=len, reverse=True))
# each led by its literal for the engine's fast scan (a class of signs scans slowly)
_PAIRS = (re.compile(rf"和[他她其]的?(?:{_KINS})"), re.compile(rf"与其的?(?:{_KINS})"))
# what may stand right before the name: a sign, 的, or a private person's word
_BEFORE = frozenset('的，,。；;：:、（(）) \u3000\t\n“”"')
_WORDS_BEFORE = ("村民", "群众", "居民", "住户", "农户", "邻居")


def partner_names(text: str) -> list[Candidate]:
    """The persons before 和他/与其 + a kinship (module docstring)."""
    out: list[Candidate] = []
    for m in (m for pair in _PAIRS for m in pair.finditer(text)):
        got = name_ending(text, m.start())
        if not got:
            continue
        s, e = got[0], got[1]
        if s > 0 and text[s - 1] not in _BEFORE and not text.endswith(_WORDS_BEFORE, 0, s):
            continue
        name = text[s:e]
        if non_name(name) or namemodel.score(name) < 0.5:
            continue
        out.append((s, e, "name", 0.7))
    return out
