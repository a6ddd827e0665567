"""Headers of persons with a qualifier before the person's word.

A county office qualifies the word that heads a column of persons by the row's case:
"未到场的相邻权利人", "到场申请人", "实际领取人", "本次被征收人". Such a header heads persons
as the bare word does (``tables.PERSON_HEADERS``); a header that counts or describes
them ("申请人数" does not end in the word; "是否为申请人", "单位申请人", "申请人签字") does
not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

# what makes a qualified header no column of persons' names
_NOT_PERSONS = re.compile(
    r"单位|机构|部门|机关|公司|企业|集体|组织|是否|有无|人数|户数|数量|类型|类别|编号|电话|"
    r"地址|住址|身份|证件|签字|签名|盖章|意见|情况|关系|代码"
)
# what stands on a plot's side instead of a neighbour (a column of 相邻权利人, 四至): no person
BOUNDARY_FEATURES = frozenset(
    "集体 村集体 组集体 集体山林 集体土地 集体林地 国有土地 村道 组道 公路 道路 村组道路 机耕道 "
    "巷道 水沟 河沟 沟渠 水渠 河道 池塘 山林 荒山 荒地 空地 耕地 林地 水田 旱地 自留地 自留山 "
    "责任田 承包地 宅基地".split()
)
_CJK = re.compile(r"[\u4e00-\u9fff]{1,8}")


def qualified_person(header: str, words: Collection[str]) -> bool:
    """``header`` is a qualifier of 2–8 characters before a person's word of ``words``
    that ends in 人 and is three characters or more (权利人, 被征收人)."""
    if len(header) < 5 or header[-1] != "人" or _NOT_PERSONS.search(header):
        return False
    for size in (5, 4, 3):
        word, lead = header[-size:], header[:-size]
        if word in words and len(lead) >= 2 and _CJK.fullmatch(lead):
            # "投诉举报人", "申请人代理人": two persons' words, not a qualifier ("新监护人":
            # one character, a note's word rather than a case)
            # a party's agent ("申请人委托代理人", "被申请人代理人") is a private person too
            if word.endswith("代理人"):
                return True
            return not lead.endswith("人") and lead + "人" not in words
    return False


def slashed_persons(header: str, kind_of: Callable[[str], str | None]) -> str | None:
    """The kind of a slashed header whose every piece names persons: "name" when each does
    ("学生/监护人"), "maybe_name" when the first names persons who may be (继承人, 领取人)
    and the others persons or a contact ("继承人/联系人", "代领人/联系人")."""
    pieces = header.split("/")
    kinds = [kind_of(p) for p in pieces]
    if all(k == "name" for k in kinds):
        return "name"
    if kinds[0] in ("name", "maybe_name") and all(
        k in ("name", "maybe_name", "contact") for k in kinds[1:]
    ):
        return "maybe_name"
    if all(k == "business" for k in kinds):
        return "business"  # "法定代表人/经营者": a company's representative or a shop's operator
    if "business" in kinds and all(k in ("business", "maybe_name") for k in kinds):
        # "法定代表人/经营者/责任人": who answers for a party that may be a firm, a shop or a
        # person: persons in the rows no company opens, as under 经营者 alone
        return "business"
    if any(k in ("name", "maybe_name") for k in kinds) and all(
        k in ("name", "maybe_name") or _UNIT_PIECE.fullmatch(p)
        for p, k in zip(pieces, kinds, strict=True)
    ):
        # "产权人/单位", "单位/个人", "申请人/申请单位": persons and units in one column,
        # each cell a person's name only by its own shape
        return "maybe_name"
    return None


# a header's piece that names units or firms (单位, 单位名称, 企业, 公司名称, 申请单位)
_UNIT_PIECE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:单位|企业|公司|机构|组织)(?:名称)?|名称")
