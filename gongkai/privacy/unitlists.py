"""The landlines of a list opened by a label naming units' phones (privfix22d, docs282).

"定点护理机构联系电话：甲医养中心0952-…，乙居家护理0952-…（地址：…），丙护理院0952-…。"
The label says whose numbers the whole list gives: the units' (机构, 单位, 网点, 医院 …).
The earlier rules read each number by the name right before it and gave it to the unit only
where that name ends in a unit's word (中心, 护理院); a trade name without one (康泰居家护理,
某某家政) left its number found. Every landline of the list, up to the sentence's end, is
a unit's. A person's word between the label and the number (联系人 X 的手机, 住址, 本人)
leaves it to the other rules.

Speed: read only for landlines, after a look for 电话 in the sentence before each.
"""

from __future__ import annotations

import re

from .patterns import PHONE_OF_PERSON

Candidate = tuple[int, int, str, float]

# a label naming the units whose numbers follow ("定点护理机构联系电话：", "各网点咨询电话：")
_UNITS_LABEL = re.compile(
    r"(?:机构|单位|企业|网点|站点|服务点|医院|门店|药店|商户|公司|学校|中心)(?:的)?"
    r"(?:联系|咨询|服务|办公|报名|值班)?(?:电话|方式)[：:]"
)


def _listed(text: str, start: int) -> bool:
    lo = start - 200 if start > 200 else 0
    cut = max(text.rfind("。", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    if text.find("电话", cut, start) < 0 and text.find("方式", cut, start) < 0:
        return False
    labels = list(_UNITS_LABEL.finditer(text, cut, start))
    label = labels[-1] if labels else None
    return label is not None and not PHONE_OF_PERSON.search(text, label.end(), start)


def unit_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the landlines of a list under a units' phone label."""
    drop = {(s, e) for s, e, k, _c in cands if k == "landline" and _listed(text, s)}
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "landline" and (c[0], c[1]) in drop)]
