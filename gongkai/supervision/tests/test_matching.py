"""Unit names in plans → platform units (issue 13): exact, short, collective, unmatched."""

from __future__ import annotations

from gongkai.supervision.matching import core, match_units

UNITS = [
    (1, "示范县人民政府", None, "government"),
    (2, "示范县民政局", 1, "department"),
    (3, "示范县发展和改革局", 1, "department"),
    (4, "示范县人民政府办公室", 1, "department"),
    (5, "城关镇人民政府", 1, "township"),
    (6, "河西街道办事处", 1, "township"),
    (7, "示范县民政局办公室", 2, "other"),
    (8, "示范县民政局社会救助股", 2, "other"),
    (9, "示范县扶贫办", 1, "department"),
    (10, "示范县教育局", 1, "department"),
]


def ids(names, **kw):
    matches, unmatched = match_units(names, units=UNITS, **kw)
    return {m.name: sorted(u[0] for u in m.units) for m in matches}, unmatched


def test_exact_and_short_names():
    found, unmatched = ids(
        ["示范县民政局", "区民政局", "市民政局", "区政府办公室", "区发改局", "区发展和改革局"]
    )
    assert found == {
        "示范县民政局": [2],
        "区民政局": [2],
        "市民政局": [2],
        "区政府办公室": [4],
        "区发改局": [3],
        "区发展和改革局": [3],
    }
    assert unmatched == []


def test_core_strips_place_and_level_words():
    assert core("示范县民政局") == core("区民政局") == "民政局"
    assert core("区人民政府办公室") == core("示范县政府办公室")


def test_collective_names_expand():
    found, _ = ids(
        [
            "各街道(镇)",
            "各乡镇（街道）",
            "各乡(镇)人民政府",
            "区直各部门",
            "各成员单位",
            "区政府有关部门(单位)",
        ]
    )
    assert found["各街道(镇)"] == [5, 6]
    assert found["各乡镇（街道）"] == [5, 6]
    assert found["各乡(镇)人民政府"] == [5, 6]
    assert found["区直各部门"] == [2, 3, 4, 9, 10]
    assert found["各成员单位"] == [2, 3, 4, 9, 10]
    assert found["区政府有关部门(单位)"] == [2, 3, 4, 9, 10]


def test_offices_are_the_issuing_unit_s_children():
    found, unmatched = ids(["各科室", "办公室"], issuer_id=2)
    assert found["各科室"] == [7, 8]
    assert found["办公室"] == [7]
    # without an issuing unit, 各科室 still means offices under departments
    found, _ = ids(["各科室"])
    assert found["各科室"] == [7, 8]
    # a unit with no offices: the collective name expands to nothing and is listed
    found, unmatched = ids(["各科室"], issuer_id=10)
    assert unmatched == ["各科室"]


def test_unmatched_names_are_listed_never_dropped():
    found, unmatched = ids(["区民政局", "区委农工办", "区农业局", "区委农工办"])
    assert found == {"区民政局": [2]}
    assert unmatched == ["区委农工办", "区农业局"]
