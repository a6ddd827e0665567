"""Staff listed each after their unit in prose (issue 16, privfix25a).

A notice lists the staff an office trained, appointed or assigned, each named after their
unit with no sign between: "合格接种人员……其中某街道社区卫生服务中心X、某镇中心卫生院Y、
某镇卫生院Z等37人". Each is named for their post at that unit, acting in office, not as a
private person: where two items at least of one list (parted by 、, ending in 等) are a
unit's name running on into a name, those names are dropped. A name after a unit in a
sentence of no such list (a complaint about "县医院X") is left to the other rules.

Speed: nothing is read unless a name candidate stands right after a unit's last word
(院, 心, 站, 所, 室, 诊: one character tested) and after a 、 or before one.
"""

from __future__ import annotations

import re

Candidate = tuple[int, int, str, float]

# a unit's name's end, right before a name (卫生院, 服务中心, 门诊, 卫生室, 服务站, 派出所)
_UNIT_END = re.compile(r"(?:卫生院|医院|保健院|中心|门诊|卫生室|服务站|站|派出所|所)$")
_ITEM = re.compile(
    r"([\u4e00-\u9fff]{2,20}?)(?:卫生院|医院|保健院|中心|门诊|卫生室|服务站|站|派出所|所)([\u4e00-\u9fff·]{2,4})(?:等|$)"
)
_LAST = frozenset("院心诊室站所")


def unit_led_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names listed each after their unit (module docstring)."""
    drop: set[int] = set()
    for s, e, kind, _ in cands:
        if kind != "name" or s < 3 or text[s - 1] not in _LAST:
            continue
        if not _UNIT_END.search(text, s - 3, s):
            continue
        if text[e : e + 1] not in ("、", "等") and "、" not in text[s - 24 if s > 24 else 0 : s]:
            continue
        if _listed(text, s, e):
            drop.add(s)
    if not drop:
        return cands
    return [c for c in cands if c[2] != "name" or c[0] not in drop]


def _listed(text: str, s: int, e: int) -> bool:
    lo = max(
        text.rfind("。", 0, s),
        text.rfind("\n", 0, s),
        text.rfind("，", 0, s),
        text.rfind("：", 0, s),
    )
    hi = min(
        k for k in (text.find("。", e), text.find("\n", e), text.find("，", e), len(text)) if k >= 0
    )
    items = text[lo + 1 : hi].split("、")
    if len(items) < 2:
        return False
    led = [m for m in (_ITEM.search(item.strip()) for item in items) if m]
    if len(led) < 2:
        return False
    name = text[s:e]
    return any(m.group(2) == name or m.group(2).startswith(name) for m in led)
