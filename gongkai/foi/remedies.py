"""The remedies clause of a reply letter (RULES §5): review body and court, per unit.

Read in this order, field by field:

1. ``GONGKAI_FOI_REMEDIES``: either one dict for every unit (``review_body``,
   ``review_address``, ``court``, ``court_address``) or a dict of such dicts keyed by
   the unit's code or name (vertically managed units, which the tree cannot describe);
2. otherwise derived from the unit tree:
   - review body (行政复议机关, 行政复议法 2023 Art. 24): for a department, the
     government it belongs to (本级人民政府, the nearest government above it); for a
     government or a township, the government one level up; its address is that unit's
     address when recorded;
   - court (行政诉讼法 Art. 14–15, 18): a county-level government is sued in the
     中级人民法院 of the city above it (a government above it whose name ends in 市, 州,
     盟 or 地区); every other unit in the 基层人民法院 of its county (「测试县人民法院」).
     Higher governments and vertically managed units are configured.
3. A field that cannot be determined is never printed as a placeholder: the letter is
   refused (``RemediesMissing``) with a message telling the office what to configure.
   An address that is not known is left out of the clause (the law requires the body,
   not its address).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from gongkai.core import conf

FIELDS = ("review_body", "review_address", "court", "court_address")
GOV_SUFFIX = "人民政府"
#: Places whose 中级人民法院 hears suits against the county governments below them.
CITY_ENDINGS = ("市", "州", "盟", "地区")


class RemediesMissing(ValidationError):
    pass


def _configured(unit) -> dict:
    raw = conf.get("GONGKAI_FOI_REMEDIES") or {}
    if any(k in raw for k in FIELDS):
        return {k: raw[k] for k in FIELDS if raw.get(k)}
    for key in (unit.code, unit.name):
        if key and isinstance(raw.get(key), dict):
            return {k: v for k, v in raw[key].items() if k in FIELDS and v}
    return {}


def _is_government(unit) -> bool:
    return unit.kind in ("government", "township")


def _government_above(unit):
    parent = unit.parent
    while parent is not None and not _is_government(parent):
        parent = parent.parent
    return parent


def _place(unit) -> str:
    name = unit.name
    return name[: -len(GOV_SUFFIX)] if name.endswith(GOV_SUFFIX) else ""


def derived(unit) -> dict:
    """What the unit tree says (fields it cannot tell are absent)."""
    out = {}
    review = _government_above(unit)
    if review is not None:
        out["review_body"] = review.name
        if review.address:
            out["review_address"] = review.address
    if unit.kind == "government":
        city = review
        if city is not None and _place(city).endswith(CITY_ENDINGS):
            out["court"] = f"{_place(city)}中级人民法院"
    else:
        county = unit if unit.kind == "township" else None
        county = _government_above(unit) if county is None else _government_above(county)
        if county is not None and _place(county):
            out["court"] = f"{_place(county)}人民法院"
    return out


def bodies(unit) -> dict:
    """The four fields for ``unit`` (addresses may be ""), or ``RemediesMissing``."""
    values = derived(unit) | _configured(unit)
    missing = [
        label
        for key, label in (("review_body", "行政复议机关"), ("court", "人民法院"))
        if not values.get(key)
    ]
    if missing:
        raise RemediesMissing(
            {
                "remedies": f"无法确定「{unit.name}」答复书中的{'和'.join(missing)}："
                "机构树中没有它的上级人民政府。请在“机构管理”中为其设置上级机关，"
                "或请系统管理员在系统设置的救济途径中为该机构填写复议机关、人民法院及地址"
            }
        )
    return {k: values.get(k, "") for k in FIELDS}


def clause(unit) -> str:
    """「如对本答复不服……」 with no placeholder."""
    b = bodies(unit)
    review = b["review_body"] + (f"（地址：{b['review_address']}）" if b["review_address"] else "")
    court = b["court"] + (f"（地址：{b['court_address']}）" if b["court_address"] else "")
    return (
        f"如对本答复不服，可以自收到本答复之日起60日内向{review}申请行政复议，"
        f"或者自收到本答复之日起6个月内向{court}提起行政诉讼。"
    )
