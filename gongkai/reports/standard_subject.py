"""Whose duty a 基层政务公开标准目录 row is (pure: unit facts in, answer out).

- ``unit_level``: a unit is 乡级 when it or a unit above it is a 乡镇（街道）, else 县级; a row
  applies when its 公开层级 names that level (or both);
- ``subject_matches``: the row's 公开主体 text ("县民政局、乡镇政府", "县级民政部门",
  "县人民政府办公室") is split at 、，；/ and each part is compared with the unit:
  * a part naming 乡镇/街道 (乡镇政府, 乡（镇）人民政府, 街道办事处) matches every 乡镇（街道）;
  * a part naming the government's office (政府办, 政府办公室) matches a unit whose name
    ends with 政府办公室;
  * a part naming the government itself (县政府, 县人民政府, 本级政府) matches the county
    government (a government unit that is not a township);
  * "各部门", "县直各部门", "有关部门" match every county department;
  * otherwise the part's stem — the part less a leading 县/区/市/县级 and a trailing 局,
    部门, 委员会, 委, 中心 — must be contained in the unit's name or short name (at
    least two characters), so 县民政局 and 县级民政部门 both match 示范县民政局.
  The part that matched is returned, so the report can say why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOWNSHIP = "township"
COUNTY = "county"

_SPLIT = re.compile(r"[、，,；;／/\s]+")
_TOWNSHIP_WORDS = re.compile(r"乡镇|乡\(镇\)|乡（镇）|街道|镇政府|乡政府|镇人民政府|乡人民政府")
_OFFICE_WORDS = re.compile(r"政府办")
_GOVERNMENT = re.compile(r"^(?:本级|县级|[县区市旗])?(?:人民)?政府$")
_ALL_DEPARTMENTS = re.compile(r"^(?:县直|县级|区直|市直)?(?:各|有关|相关)(?:部门|单位)$")
_PREFIX = re.compile(r"^(?:县级|区级|市级|县|区|市|旗)")
_SUFFIX = re.compile(r"(?:部门|委员会|管理局|局|委|中心|办公室|办)$")


@dataclass(frozen=True)
class UnitFacts:
    name: str
    short_name: str
    kind: str  # core.Unit.Kind value: government, department, township, other
    level: str  # county or township (``unit_level``)


def unit_level(kinds_from_root: list[str]) -> str:
    """乡级 when the unit or one above it is a township (kinds listed root first)."""
    return TOWNSHIP if TOWNSHIP in kinds_from_root else COUNTY


def level_applies(row_level: str, unit_level_: str) -> bool:
    return row_level == "both" or row_level == unit_level_


def _stems(part: str) -> set[str]:
    out = set()
    for text in (part, _PREFIX.sub("", part)):
        stem = _SUFFIX.sub("", text)
        if len(stem) >= 2:
            out.add(stem)
    return out


def _after_place(name: str) -> str:
    """'示范县民政局' → '民政局' (the text after the place name, when there is one)."""
    m = re.match(r"^[^县区市旗]{1,6}[县区市旗]", name)
    return name[m.end() :] if m else name


def _unit_stems(unit: UnitFacts) -> set[str]:
    out: set[str] = set()
    for name in (unit.name, unit.short_name):
        if name:
            out |= _stems(name) | _stems(_after_place(name))
    return out


def part_matches(part: str, unit: UnitFacts) -> bool:
    p = part.replace("（", "(").replace("）", ")").strip()
    if not p:
        return False
    if _TOWNSHIP_WORDS.search(p):
        return unit.kind == TOWNSHIP
    if _OFFICE_WORDS.search(p):
        return unit.name.endswith("政府办公室") or unit.short_name.endswith("政府办")
    if _GOVERNMENT.match(p) or p.endswith("政府"):
        stems = _stems(p.removesuffix("人民政府").removesuffix("政府")) - {"人民"}
        named = not stems or any(u.startswith(s) for s in stems for u in _unit_stems(unit))
        return unit.kind == "government" and unit.level == COUNTY and named
    if _ALL_DEPARTMENTS.match(p):
        return unit.kind == "department" and unit.level == COUNTY
    own = _unit_stems(unit)
    return any(u.startswith(stem) for stem in _stems(p) for u in own)


def subject_matches(subject: str, unit: UnitFacts) -> str:
    """The part of ``subject`` that names ``unit`` ("" when none does)."""
    for part in _SPLIT.split(subject or ""):
        if part_matches(part, unit):
            return part
    return ""
