"""The contacts on a unit's numbered item of a notice (issue 16, privfix26a, docs297).

A notice lists the places and the firms it sends the public to one item a line, each
opened by its number and the unit's name: "（三）某乡检验点：某村渔港管理房，电话0xxx-…。",
"（四）某镇检验点：…路15号，联系人X，负责人手机138…。", "1.某渔船修造有限公司，统一社会信用
代码…，法定代表人Y，地址…，电话0xxx-…。". The item is the unit's entry: its landline under a
电话 label is the unit's, and the contact named after 联系人 answers for the unit in
office (README lines 1–83: units' phones and addresses and a unit's 联系人 are not marked).
A mobile under the contact's own 手机 label stays theirs (privfix19c), and a contact whose
own ID follows the name is a private person; so is a 负责人 (a clinic's or an individual
business's keeper answers for it in their own right: docs12/222).

The item is read by its structure: a line opening with an item's number ((一), （一）, 一、,
1., 1、) and a unit's name ending in a unit's sign (局, 站, 所, 中心, 公司, 合作社, 厂, 处,
and a point of service: 检验点, 服务点, 收购点, 网点) before a colon or a comma. A village,
a group, a household or a person opening the item is no unit (张三：…, 石门村3组：…).

Cost: nothing is read unless a found landline or name stands after 电话 or 联系人 on
a line opening with an item's number; one match of the line's head each.
"""

from __future__ import annotations

import re

from .wordfind import has_word

Candidate = tuple[int, int, str, float]

# the item's number and the unit's name up to its sign, then a colon or a comma
_HEAD = re.compile(
    r"[ \u3000]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])"
    r"[ \u3000]*[\u4e00-\u9fff（）()]{2,30}?"
    r"(?:局|站|所|中心|有限公司|有限责任公司|公司|合作社|联合社|厂|处|(?:检验|检测|服务|收购|受理|代办|便民|"
    r"办事|联络|监测|网)点)"
    r"[ \u3000]*[：:，,]"
)
# a landline's label right before it (a unit's line; not a home's: 家庭电话, 住宅电话)
_PHONE_LABEL = re.compile(
    r"(?<!家庭)(?<!住宅)(?<!个人)(?:联系|办公|值班|咨询)?电话[：:]?[ \u3000]*$"
)
# the contact's label right before the name
_CONTACT_LABEL = re.compile(r"联系人[：:]?[ \u3000]*$")
_PHONE_ENDS = frozenset("话：: \u3000")
_CONTACT_ENDS = frozenset("人：: \u3000")
_OWN_ID = re.compile(r"[ \u3000]*[（(，,]?[ \u3000]*(?:身份证号码?[：:]?)?\d{17}[\dXx]")


def _unit_item(text: str, start: int, heads: dict[int, bool]) -> bool:
    ls = text.rfind("\n", 0, start) + 1
    known = heads.get(ls)
    if known is None:
        m = _HEAD.match(text, ls)
        known = heads[ls] = m is not None and m.end() <= start
    return known


def unit_items(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the landlines and the contacts' names on a unit's numbered item
    (module docstring)."""
    if "电话" not in text and not has_word(text, "联系人"):
        return cands
    heads: dict[int, bool] = {}
    drop: set[tuple[int, str]] = set()
    for s, e, k, _c in cands:
        if k == "landline":
            if text[s - 1 : s] not in _PHONE_ENDS or not _PHONE_LABEL.search(
                text, s - 8 if s > 8 else 0, s
            ):
                continue
        elif k == "name":
            if text[s - 1 : s] not in _CONTACT_ENDS or not _CONTACT_LABEL.search(
                text, s - 5 if s > 5 else 0, s
            ):
                continue
            if _OWN_ID.match(text, e):
                continue  # the contact's own ID: a private person
        else:
            continue
        if _unit_item(text, s, heads):
            drop.add((s, k))
    if not drop:
        return cands
    return [c for c in cands if (c[0], c[2]) not in drop]
