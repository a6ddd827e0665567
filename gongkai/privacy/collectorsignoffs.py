"""The collector and the checker on a record's sign-off line (issue 16, privfix26d, docs300).

A register taken by an office or its station (信息采集登记表, 入户核查表) closes each record
with the staff who took and checked it: "采集人：X　　核验人：Y（站长）", "核验人：X　复核人：
Y". Like 经办人 and 审核人 on a form's sign-off line (``blocks.drop_signoffs``), a collector
(采集人, 采集员) or a verifier (核验人, 核验员) named beside another sign-off label on the same
short line acts for the office, not as the record's person: every folder marks 采集人 and
核验人 ⟦none⟧ (docs289 "采集人：X　审核人：Y", docs300).

Not such a line: a label alone on its line (a survey's enumerator can be a private person
hired for it, README), a line with a mobile after the name (the person's own contact), a
line whose role's own ID follows (``holderids.own_id_follows``), a line longer than a
sign-off.

Speed: nothing is read unless 采集 or 核验 stands in the text (one find each); then only
the dozen characters before each found name.
"""

from __future__ import annotations

import re

from .holderids import own_id_follows

Candidate = tuple[int, int, str, float]

_LABEL_END = re.compile(r"(?:采集|核验)(?:人|员)[ \u3000]*[：:][ \u3000]*$")
# the sign-off labels a collector or a checker stands beside on the line
_SIGNOFF = re.compile(
    r"(?:采集|核验|经办|审核|复核|核实|核查|审批|填报|填表|录入|登记|核对)(?:人|员)?"
    r"[ \u3000]*[：:]"
)
_MOBILE = re.compile(r"1(?<!\d1)[3-9]\d{9}(?!\d)")
_AFTER_SIGN = frozenset("：: \u3000")


def collector_signoffs(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the collector and the checker of a sign-off line (module docstring)."""
    if text.find("采集") < 0 and text.find("核验") < 0:
        return cands
    drop: set[int] = set()
    for s, _e, kind, _conf in cands:
        if kind != "name" or text[s - 1 : s] not in _AFTER_SIGN:
            continue
        m = _LABEL_END.search(text, s - 12 if s > 12 else 0, s)
        if m is None:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        line_end = le if le >= 0 else len(text)
        if line_end - ls > 120 or len(_SIGNOFF.findall(text, ls, line_end)) < 2:
            continue
        if _MOBILE.search(text, s, line_end):
            continue  # the person's own mobile on the line: a listed person
        if own_id_follows(text, le, m.group().rstrip("：: \u3000")):
            continue
        drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]
