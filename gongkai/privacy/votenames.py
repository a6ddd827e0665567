"""Persons named with the votes they received (issue 16, forty-sixth held-out batch):
an election's result lists the losing candidates and the owners written in by voters as
"X，得票403户", "X得票356票" or "X 7户，Y 5票" between the signs of a list. Only where
the text speaks of votes (得票), and only a run that may be a name."""

from __future__ import annotations

import re

from . import validators as v
from .listwords import TRANSLIT, non_name
from .wordfind import has_word

Candidate = tuple[int, int, str, float]

_VOTED = re.compile(
    r"(?:(?<=[\n：:，,；;、。）)])|(?<=\d[.．、])|(?<=\d[.．、] ))"
    r"([\u4e00-\u9fff]{2,4})"
    r"(?:[，,]?得票(?:数为?)?[:：]?[ \u3000]?\d{1,5}|[ \u3000]?\d{1,5}(?:户|票)(?=[，,；;。、\n]|$))"
)

_PLACE_END = frozenset("家村组队社屯湾庄寨坝")


def vote_names(text: str) -> list[Candidate]:
    if not has_word(text, "得票", 1):
        return []
    out: list[Candidate] = []
    for m in _VOTED.finditer(text):
        run = m.group(1)
        if non_name(run) or run[-1] in _PLACE_END:
            continue  # "廖家5户", "李村12户": a family's or a village's households
        if v.plausible_name(run) or (len(run) >= 2 and TRANSLIT.issuperset(run)):
            out.append((m.start(1), m.end(1), "name", 0.7))
    return out
