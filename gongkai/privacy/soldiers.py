"""A serviceman named by his rank after an undisclosed unit (issue 16, the thirty-seventh
held-out batch's class): "武警某部中士X，家住…", "海军某部下士X（回族）", "某部队上等兵X".

Notices of awards, deaths in service and benefits for servicemen's families name the
soldier after his unit (kept undisclosed as 某部) and his rank. The unit's 某部 (or 部队)
and a rank of the enlisted or the officers (列兵, 上等兵, 下士 … 一级军士长, 少尉 … 大校)
right after it are the cue; the name after the rank ends at a sign, a bracket or an act
(接受, 陪同: ``actsafter``). A rank after a named unit (人武部政委上校X: an officer in
office) or a rank before no name (某部上士以上人员) gives nothing.

Cost: only texts holding 某部 or 部队; one pattern led by its literal.
"""

from __future__ import annotations

import re

from . import namemodel as nm
from .actsafter import act_cut
from .listwords import non_name
from .wordfind import has_word

Candidate = tuple[int, int, str, float]
_H = "\u4e00-\u9fff"
_RANK = r"列兵|上等兵|(?:[一二三四]级)?军士长|[上中下]士|[少中上大]尉|[少中上大]校"
_RANKED = re.compile(
    rf"某部(?:队)?(?:[{_H}]{{0,4}}?(?:连|排|班))?(?:{_RANK})"
    rf"([{_H}]{{1,8}}·[{_H}]{{1,8}}|[{_H}]{{2,4}})(?=[，,。；;、（(\s]|$|[{_H}])"
)


def ranked_soldiers(text: str) -> list[Candidate]:
    """Names after an undisclosed unit and a rank (module docstring)."""
    out: list[Candidate] = []
    if not has_word(text, "某部"):  # (by 某: ``wordfind``, no scan for a word)
        return out
    for m in _RANKED.finditer(text):
        start = m.start(1)
        end = act_cut(text, start, m.end(1))
        word = text[start:end]
        if "·" not in word:
            # the longest piece of the run that scores as a name (马骁 of 马骁于…)
            while len(word) > 2 and nm.score(word) < 0.7:
                word = word[:-1]
        if nm.score(word) >= 0.7 and not non_name(word):
            out.append((start, start + len(word), "name", 0.75))
    return out
