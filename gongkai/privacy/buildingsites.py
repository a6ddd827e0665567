"""Addresses that are no household's home: a whole building, an office block, an institution.

An address found by the passes is dropped when what it names is shared by many or is a
unit's, whatever the line around it says:

- it ends at a building or a staircase (…18号院2栋, …58号2栋3单元, …23号院2号楼1单元)
  and no floor, flat or door follows it: several households live there, none is named
  ("文星路18号院2栋1单元加装电梯", "关于反对长秋路58号2栋3单元加装电梯的异议书");
  a flat after it ("2栋1单元501", "2栋1单元6楼2号") is a home and kept; so is a house number
  read up to a building's 号楼 with nothing of a flat after it ("拆除东方小区5号楼楼牌");
- it holds an office block (县农业综合服务大楼, 公安局办公楼, 烟草综合楼): a unit's office;
- an institution's name follows it in the same cell ("…路58号康养护理院", "…号县人民医院"):
  the institution's address (who lives in a home for the aged is told by other columns);
  so is an inn's, a hotel's or a guest house's (住宿地点：…88号禅悦客栈: where one stayed);
- an estate's common part follows it (…316号盛景苑小区地下一层, …号金港花园B区地下室, 小区底商):
  a works' or a shop's site, no household's home.
"""

from __future__ import annotations

import re

from .estateblocks import block_after_estate

Candidate = tuple[int, int, str, float]

# the span ends at a building or a staircase
_BUILDING_END = re.compile(r"(?:\d{1,3}|[A-Z]|[一二三四五六七八九十]{1,3})(?:栋|幢|号楼|单元)$")
# what would carry on a building to a flat: a digit, a floor, a room, a dash, an attached door
_BUILDING_LAST = frozenset("栋幢楼元")
_GOES_ON = re.compile(r"[0-9０-９A-Za-z\-－—附之楼层室号户房]")
# after "N号楼": a flat, a floor, or any word (楼顶, 楼下, 楼共48户) carries on
_BLOCK_GOES_ON = re.compile(r"[0-9０-９A-Za-z\-－—\u4e00-\u9fff]")
# a building's own plate after "N号楼" (…7号楼楼牌): the building, not a home (privfix19e)
_PLATE_AFTER = re.compile(r"楼?牌")
# a dormitory's or an estate's name, then a building with no flat after it (privfix22c)
_NAMED_BLOCK = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:宿舍|公寓|小区|花园|家园|新村)"
    r"(?:\d{1,3}|[A-Z]|[一二三四五六七八九十]{1,3})(?:栋|幢|号楼|座)"
    r"(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})单元)?"
)
# an estate's common part right after the address (its basement, its shops, its car park):
# a works' or a shop's site, no household's home (privfix22c)
# (the estate named, or its 小区 or a lettered zone, right before the part: "…112号门面" alone
# may be the home's own shop front)
_PART = r"(?:地下|底商|车库|停车场|车位|商铺|门面房?|人防工程|架空层)"
_COMMON_PART = re.compile(
    r"(?:(?:[\u4e00-\u9fff]{1,6}?(?:小区|花园|家园|新村|苑)(?:小区)?|小区)(?:[A-Z]区)?|[A-Z]区)"
    + _PART
)
_PART_AFTER = re.compile(r"(?:[A-Z]区)?" + _PART)
_ESTATE_ENDS = ("小区", "花园", "家园", "新村", "苑")
_OFFICE_BLOCK = re.compile(r"大楼|办公楼|综合楼|服务楼")
# an institution named right after the number: its address
_INSTITUTION_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:护理院|养老院|敬老院|福利院|光荣院|医院|卫生院|卫生室|诊所"
    r"|康养中心|养老中心|供养中心|服务中心|救助站|服务站|有限公司|公司|学校|小学|中学|幼儿园"
    r"|事务所)"
)
# a lodging house named right after the number (…88号禅悦客栈, privfix22c): a stay's place, the
# inn's — not one the writer runs there ("…28号开了一家民宿": their own premises, told in prose)
_LODGING_AFTER = re.compile(
    r"(?![\u4e00-\u9fff]{0,6}?(?:一家|一间|开了|开办|开设|经营|开的))"
    r"[\u4e00-\u9fff]{0,8}?(?:客栈|酒店|宾馆|饭店|旅馆|旅社|民宿|招待所)"
)


def building_sites(text: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the addresses of buildings, office blocks and institutions."""
    drop = [
        k
        for k, (start, end, kind, _) in enumerate(cands)
        if kind == "address" and _not_home(text, start, end)
    ]
    if not drop:
        return cands
    gone = set(drop)
    return [c for k, c in enumerate(cands) if k not in gone]


def _not_home(text: str, start: int, end: int) -> bool:
    last = text[end - 1 : end]
    if last in _BUILDING_LAST and _BUILDING_END.search(
        text, end - 8 if end - 8 > start else start, end
    ):
        return not (end < len(text) and _GOES_ON.match(text, end))
    if last == "号" and text[end : end + 1] == "楼" and _PLATE_AFTER.match(text, end + 1):
        return True  # "…小区5号楼楼牌": the building's own plate (privfix19e)
    if (
        last == "号"
        and text[end : end + 1] == "楼"
        and _BUILDING_END.search(text, end - 8 if end - 8 > start else start, end + 1)
    ):
        # "…宿舍3号" of "3号楼" closing its field; not "…5号楼顶", "3号楼302室"
        return not _BLOCK_GOES_ON.match(text, end + 1)
    if block_after_estate(text, end):
        return True  # "…126号某某花园9栋2单元" closing its cell: a block (estateblocks)
    if _COMMON_PART.match(text, end) or (
        text.endswith(_ESTATE_ENDS, start, end) and _PART_AFTER.match(text, end)
    ):
        return True  # "…316号盛景苑|小区地下一层", "…108号金港花园|B区地下室": no home (privfix22c)
    if last == "号" and _NAMED_BLOCK.match(text, end):
        m = _NAMED_BLOCK.match(text, end)
        if not _GOES_ON.match(text, m.end()):
            return True  # "…368号员工宿舍A栋" closing its field: a block (privfix22c)
    if text.find("楼", start, end) >= 0 and _OFFICE_BLOCK.search(text, start, end):
        return True
    return last == "号" and (
        _INSTITUTION_AFTER.match(text, end) is not None
        or _LODGING_AFTER.match(text, end) is not None
    )
