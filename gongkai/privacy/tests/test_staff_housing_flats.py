"""Issue 16, the forty-sixth held-out batch: a flat in a work unit's staff housing
(…厂宿舍, …家属院, …家属楼) is written from that compound's name, as in a named estate;
the compound alone, or a building without a flat, stays a place."""

from __future__ import annotations

from .spans import at, found


def _addresses(text):
    return [text[s:e] for k, s, e in found(text, ["address"])]


def test_flats_in_staff_housing_start_at_the_compounds_name():
    cases = (
        ("来信人系棉纺厂宿舍7栋2单元302室住户，反映楼顶渗水。", "棉纺厂宿舍7栋2单元302室"),
        ("我家住农机站家属院3号楼西单元201室。", "农机站家属院3号楼西单元201室"),
        ("老人现居供销社家属楼2单元402室，独居。", "供销社家属楼2单元402室"),
        ("补充说明：我家水泥厂宿舍12栋1单元601室。", "水泥厂宿舍12栋1单元601室"),
    )
    for text, flat in cases:
        assert at(text, "address", flat) in found(text, ["address"]), text


def test_the_compound_or_its_building_alone_is_a_place():
    for text in (
        "棉纺厂宿舍7栋外墙脱落，已列入改造计划。",
        "农机站家属院共有住户46户。",
        "供销社家属楼3号楼2单元楼道灯已修复。",
    ):
        assert _addresses(text) == [], text
