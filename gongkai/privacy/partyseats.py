"""Whose address a party's label names when the record gives that party as a unit (issue 16,
JJ).

A register's record keys its fields by the party's role: "投诉人：某某建设工程有限公司",
then lines of its representative and agent (a private person with an ID and a mobile), then
"投诉人地址：…", "投诉人电话：…". The address's label names its holder by the role, and the
record has already said who holds that role: a unit. The address is then the unit's seat,
whatever private person's lines stand between (the agent's are keyed by their own role,
代理人身份证号, 代理人手机). The reading: the address stands right after a label "<role>地址："
(住址, 住所, 通讯地址, 联系地址) whose role is a party's (…人, …方); the nearest line above
in the record opening "<role>：" holds a unit's name (…公司, …合作社, …局, …中心) as its
whole value. A role given a person's name, or no role line above, keeps the address.

An individual business's trade name (…酒店, …傣家乐, …服务部（个体工商户）, privfix22c) counts as
a unit here: its premises are the business's, not marked (the held-out convention since
docs4–15), also where the keeper's name stands inside the trade name.
"""

from __future__ import annotations

import re
from functools import lru_cache

Candidate = tuple[int, int, str, float]

# the address's label at the end of the text before it: the role, then the address's word
_LABEL = re.compile(
    r"([\u4e00-\u9fff]{1,5}(?:人|方))(?:通讯|联系|通信|邮寄)?(?:地址|住址|住所)[ \u3000]*[：:][ \u3000]*"
)
# a unit's whole name (a company, a cooperative, an organ, a centre)
_UNIT = re.compile(
    r"[\u4e00-\u9fff（）()]{2,40}?(?:公司|合作社|集团|事务所|厂|局|中心|委员会|协会|学校|医院|"
    r"研究院|设计院|商行|经营部"
    # an individual business's trade name (privfix22c): its premises are the business's
    r"|店|馆|宾馆|客栈|民宿|农家乐|家乐|餐厅|超市|门市部|服务部|工作室|养殖场|加工坊)"
    r"(?:[（(]个体工商户[）)])?"
)


@lru_cache(maxsize=64)
def _head(role: str) -> re.Pattern[str]:
    return re.compile(
        r"(?:^|\n)[ \u3000]*" + re.escape(role) + r"[ \u3000]*[：:][ \u3000]*([^\n]*)"
    )


def _role_unit(text: str, role: str, lo: int) -> bool:
    """Whether the nearest line above ``lo`` (within 800 characters) opening with
    ``role``'s label holds a unit's name as its whole value."""
    head = _head(role)
    found = None
    for m in head.finditer(text, lo - 800 if lo > 800 else 0, lo):
        found = m  # (the nearest: the last)
    if found is None:
        return False
    value = found.group(1).strip(" \u3000\t")
    return _UNIT.fullmatch(value) is not None


def party_seats(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses a role's label gives to a unit (above)."""
    drop: set[int] = set()
    for c in cands:
        if c[2] != "address":
            continue
        lo = text.rfind("\n", 0, c[0]) + 1
        if c[0] - lo > 16:
            continue
        label = _LABEL.fullmatch(text[lo : c[0]].lstrip(" \u3000\t"))
        if label is None:
            continue
        if _role_unit(text, label.group(1), lo):
            drop.add(c[0])
    if not drop:
        return cands
    return [c for c in cands if not (c[2] == "address" and c[0] in drop)]
