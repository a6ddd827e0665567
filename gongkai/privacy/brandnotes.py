"""An organisation's trade name in brackets after its name is no person (privfix22a).

A register of businesses gives a company's shop or brand after its registered name, in
brackets: "某某文旅发展有限公司（雪山下·白沙院子）", "某酒店管理有限公司（云舍·古城店）". The brand is
often two parts joined by a middle dot, which the name model reads as a transliterated
name (买买提·艾力). A dotted candidate that fills the brackets right after an organisation's
name (…公司, …集团, …合作社, …中心, …协会 …) is that organisation's brand or branch; a
person named so in brackets stands after a label ("公司（法定代表人：…）"), which this leaves
alone. Speed: only dotted candidates are looked at.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# an organisation's name's last word right before the bracket
_ORG_END = re.compile(
    r"(?:公司|集团|合作社|联合社|中心|协会|商会|研究院|事务所|酒店|宾馆|饭店|旅行社)[（(]$"
)


def brand_notes(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the dotted names filling the brackets after an organisation's name."""
    drop = set()
    for i, (start, end, kind, _conf) in enumerate(cands):
        if kind != "name" or "·" not in text[start:end]:
            continue
        if text[end : end + 1] in ("）", ")") and _ORG_END.search(
            text, start - 4 if start > 4 else 0, start
        ):
            drop.add(i)
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands
