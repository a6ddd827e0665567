"""Persons a letter names by what they do for the writer (issue 16).

A resident's letter or a reply names the people who act for or beside the writer: the
one entrusted ("表决票已委托庞敏代签", "授权刘德明办理"), a building's volunteer head
or a neighbour ("签字页已由楼长栗惠芳收齐", "钥匙交邻居王红保管"). The run after such a
word is a name when the name model is sure of it (``namemodel.score`` >= 0.75: not 依次 by a Dai name's lead) and a
sign or a verb of the act follows it (代, 办理, 收齐, 保管 …), so that a unit
("委托县住建局"), a word or a run of the sentence is left. A grid worker (网格员) or a
cadre is an official in office and no cue here.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from . import validators as v

Candidate = tuple[int, int, str, float]

# the words before the person: entrusting, and the residents' own roles
# (one regex search over the text: a ``str.find`` for each word costs three times more)
_CUE = re.compile(r"托付|委托|授权|拜托|楼栋?长|单元长|邻居|亲戚|朋友|室友|房东")
# what follows the name: a sign, or the first character of the act done
_AFTER = frozenset("，,。；;、：:（(）) \u3000\n代办签收保帮转交领送取去到前为来处负核填提递参出家")


def delegates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _CUE.finditer(text):
        out += _after_cue(text, m.end())
    return out


def _after_cue(text: str, at: int) -> list[Candidate]:
    """The name right after a cue ending at ``at`` (three signs first, then two, four)."""
    for size in (3, 2, 4):
        token = text[at : at + size]
        after = text[at + size : at + size + 1]
        if len(token) < size or (after and after not in _AFTER):
            continue
        if size == 4 and v.surname_length(token) != 2:
            continue  # four signs: a compound surname's name only (慕容旻家: 慕容旻)
        if nm.score(token) >= 0.75:
            return [(at, at + size, "name", 0.75)]
    return []
