"""Unit names as a plan writes them → the platform's units (issue 13).

Pure: the caller passes the platform's units as ``(id, name, parent_id, kind)`` tuples
(kind as in ``core.Unit.Kind``: government / department / township / other).

In order: the exact name; a collective name expanding to a set (各乡镇(街道) / 各街道(镇) →
township units, 各部门 / 各成员单位 / 区直各部门 → departments, 各科室 / 相关处室 → the internal
offices under the issuing unit); the short name, comparing names with the place prefix and
level words taken off and the usual abbreviations folded (区民政局 ↔ 示范县民政局,
区发改局 ↔ 示范县发展和改革局). Names that match nothing are returned, never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UnitRow = tuple[int, str, int | None, str]


@dataclass(frozen=True)
class UnitMatch:
    name: str  # as written
    units: list[tuple[int, str]]  # (id, name) of platform units; several for collective names


_TOWNSHIP = re.compile(
    r"^(?:各|所有|全[区县市])?(?:乡镇|镇|乡|街道|街道办事处)(?:[（(](?:乡镇|镇|乡|街道|街道办)[)）])?"
    r"(?:人民政府|政府|办事处)?(?:[（(](?:乡镇|镇|乡|街道|街道办|管理区)[)）])?$"
)
_DEPARTMENTS = re.compile(
    r"^(?:各成员单位|成员单位|[区县市]?(?:直|级)?各(?:有关|相关)?部门(?:[（(]单位[)）])?|[区县市]?[直级]?(?:有关|相关)部门"
    r"|[区县市]?政府(?:各|有关|相关)部门(?:[（(]单位[)）])?|[区县市]直(?:各|有关|相关)?(?:部门|单位)|各(?:有关|相关)?单位)$"
)
_ALL = re.compile(r"^(?:各级各部门|各地各部门|各单位、各部门|各级政府及其部门)$")
_OFFICES = re.compile(r"^(?:机关)?(?:各|相关|有关)(?:科室|处室|股室|科|处|股|内设机构)$")
_OFFICE_NAME = re.compile(r"(?:科|室|股|处|办公室|中心)$")

_ABBREVIATIONS = [
    ("人力资源和社会保障", "人社"),
    ("人力资源社会保障", "人社"),
    ("发展和改革", "发改"),
    ("发展改革", "发改"),
    ("住房和城乡建设", "住建"),
    ("住房城乡建设", "住建"),
    ("市场监督管理", "市场监管"),
    ("卫生和计划生育", "卫计"),
    ("卫生计生", "卫计"),
    ("卫生健康", "卫健"),
    ("教育和体育", "教体"),
    ("教育体育", "教体"),
    ("经济和信息化", "经信"),
    ("工业和信息化", "工信"),
    ("文化广电新闻出版", "文广新"),
    ("人民政府", "政府"),
    ("政府办公室", "政府办"),
    ("办公室", "办"),
    ("委员会", "委"),
    ("管理局", "局"),
]
_PLACE = re.compile(r"^[^省市县区旗州盟镇乡]{0,8}?(?:自治州|自治县|省|市|县|区|旗|州|盟)(?=.)")


def normalise(name: str) -> str:
    name = re.sub(r"\s+", "", name or "")
    return name.replace("（", "(").replace("）", ")")


def core(name: str) -> str:
    """'示范县民政局' → '民政局'; '区政府办公室' → '政府办'; '区发展和改革局' → '发改局'."""
    name = normalise(name)
    name = _PLACE.sub("", name, count=1)
    for long, short in _ABBREVIATIONS:
        name = name.replace(long, short)
    return name


def _expand(name: str, units: list[UnitRow], issuer_id: int | None) -> list[UnitRow] | None:
    """The set a collective name stands for; None when the name is not collective."""
    name = normalise(name)
    if _TOWNSHIP.match(name) and (name.startswith(("各", "所有", "全")) or name.endswith(")")):
        return [u for u in units if u[3] == "township"]
    if _DEPARTMENTS.match(name):
        return [u for u in units if u[3] == "department"]
    if _ALL.match(name):
        return [u for u in units if u[3] in ("department", "township")]
    if _OFFICES.match(name):
        offices = [
            u
            for u in units
            if u[2] is not None
            and _OFFICE_NAME.search(u[1])
            and u[3] not in ("township", "government")
        ]
        if issuer_id is not None:
            offices = [u for u in offices if u[2] == issuer_id]
        else:  # internal offices sit under a department
            kinds = {uid: kind for uid, _, _, kind in units}
            offices = [u for u in offices if u[2] is not None and kinds.get(u[2]) == "department"]
        return offices
    return None


def match_units(
    names: list[str], *, units: list[UnitRow], issuer_id: int | None = None
) -> tuple[list[UnitMatch], list[str]]:
    """Match each name; returns the matches and the names that matched nothing."""
    exact = {normalise(u[1]): u for u in units}
    by_core: dict[str, list[UnitRow]] = {}
    for u in units:
        by_core.setdefault(core(u[1]), []).append(u)
    matches: list[UnitMatch] = []
    unmatched: list[str] = []
    for name in names:
        found: list[UnitRow] | None = None
        if normalise(name) in exact:
            found = [exact[normalise(name)]]
        if found is None:
            found = _expand(name, units, issuer_id)
        if (
            found is None
            and issuer_id is not None
            and _OFFICE_NAME.search(normalise(name))
            and len(name) <= 8
        ):
            own = [
                u for u in units if u[2] == issuer_id and normalise(u[1]).endswith(normalise(name))
            ]
            found = own if len(own) == 1 else None  # '办公室' in a department's own plan
        if found is None:
            candidates = by_core.get(core(name), [])
            if len(candidates) == 1:
                found = candidates
            elif len(candidates) > 1:  # prefer the unit of the issuing organ's own level
                under = [
                    u for u in candidates if issuer_id is not None and u[2] in (issuer_id, None)
                ]
                found = under if len(under) == 1 else None
        if found:
            matches.append(UnitMatch(name, [(u[0], u[1]) for u in found]))
        else:
            if name not in unmatched:
                unmatched.append(name)
    return matches, unmatched
