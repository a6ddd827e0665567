"""An owner's word, then 为 / 是 / 系, then the name closing the clause (issue 16, docs260):
"经社区核实，该户犬主为X，", "店主是X。", "车主系X；", "房主为X）". ``prose.weak_cue_names``
reads the name right after the word (犬主X赔偿); here the copula stands between them. The
owners: 犬主, 畜主, 店主, 摊主, 车主, 船主, 房主, 业主, 户主, 失主, 货主.

The name must close the clause (a comma, a full stop, a semicolon, a bracket or the line's
end right after it) and read as a name to the model, so
"店主是本地人。", "车主为个体户，", "业主为该公司，" stay plain.

Speed: one search led by the literal 主 (the engine's fast scan), the owner's sign before
it and the copula after it tested there.
"""

from __future__ import annotations

import re

from . import namemodel
from . import validators as v
from .listwords import non_name

Candidate = tuple[int, int, str, float]

_OWNER = re.compile("主(?<=[犬畜店摊车船房业户失货]主)[为是系]")
_CLOSE = frozenset("，,。；;、）)\n")


def copula_names(text: str) -> list[Candidate]:
    """The names after a private person's word and a copula (module docstring)."""
    out: list[Candidate] = []
    if "主" not in text:
        return out
    for m in _OWNER.finditer(text):
        at = m.end()
        for size in (3, 2):
            name = text[at : at + size]
            if text[at + size : at + size + 1] not in _CLOSE:
                continue
            # (three characters: a surname and a given name the model holds likely; two:
            # given-name characters and a sure reading)
            if v.plausible_name(name, strict=size == 2) and not non_name(name):
                if namemodel.score(name) >= (0.75 if size == 3 else 0.9):
                    out.append((at, at + size, "name", 0.6))
                break
    return out
