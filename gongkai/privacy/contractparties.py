"""The parties of a contract or an agreement named after their side (issue 16).

A contract, a lease or a transfer agreement opens with its parties, each on a line of
its own: "甲方：张三", "乙方（承包方）：李四", "出租方（甲方）：王五，身份证号…",
"丙方（见证人）：赵六". The side (甲方 … 丁方, or the part: 发包方, 承包方, 出租方,
承租方, 转让方, 受让方, 出让方, 委托方, 受托方, 借款方, 出借方, 买方, 卖方, 赠与方,
受赠方), a note in brackets maybe, and the label's sign open the line; the value up to a
sign or the line's end is a person where it is a whole name (``plausible_name``, a
surname and a given name with one common given-name character, or a name with ·) and no unit (a village committee, a company, an office: ``ORG_VALUE``
and the endings of units). A side in running text ("甲方应于…") has no sign after it
and names nobody here.

Cost: one search led by the literal 方 and a look at the few characters before it.
"""

from __future__ import annotations

import re

from . import validators as v
from .patterns import ORG_VALUE
from .seqlists import bounded_name

Candidate = tuple[int, int, str, float]

_SIDES = frozenset(
    "甲 乙 丙 丁 发包 承包 出租 承租 转让 受让 出让 委托 受托 借款 出借 买 卖 赠与 受赠 "
    "买受 出卖 托管".split()
)
# the side's end: 方, a note in brackets maybe ("（承包方）", "（签字）"), the sign
_LABEL_END = re.compile(r"方(?:[（(][\u4e00-\u9fff、]{1,8}[）)])?[ \u3000]*[：:][ \u3000]*")
_VALUE = re.compile(r"([\u4e00-\u9fff·]{2,12}?)[ \u3000]*(?=[，,；;。（(\t\n]|$)")
_UNIT_END = re.compile(
    r"(?:村|组|社区|镇|乡|县|市|区|局|委|办|会|所|站|院|厂|店|司|队|校|部|处|科|股|中心|合作社|集团)$"
)


def contract_parties(text: str) -> list[Candidate]:
    """The persons named after a contract's side at a line's start (module doc)."""
    out: list[Candidate] = []
    for m in _LABEL_END.finditer(text):
        at = m.start()
        line_start = text.rfind("\n", at - 8 if at > 8 else 0, at) + 1
        if not line_start and at > 6:
            continue
        side = text[line_start:at].strip(" \u3000")
        if side not in _SIDES:
            continue
        if ORG_VALUE.match(text, m.end()):
            continue
        value = _VALUE.match(text, m.end())
        if value is None:
            continue
        name = value.group(1)
        if _UNIT_END.search(name):
            continue
        dotted = "·" in name and all(2 <= len(p) <= 6 for p in name.split("·"))
        # (the whole value: a rare given-name character with a common one, 覃映梅)
        if dotted or (len(name) <= 4 and (v.plausible_name(name) or bounded_name(name))):
            out.append((value.start(1), value.end(1), "name", 0.85))
    return out
