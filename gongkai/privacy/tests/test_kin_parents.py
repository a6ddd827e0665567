"""Issue 16 (privfix27e): a parent named before 之子 / 之女 with the found child's surname
("和平村苗顺之子苗建国来电") is a name. Near misses: another surname before 之, a place.
"""

from __future__ import annotations

from .spans import found, names


def test_a_short_parent_after_a_village():
    text = "2.和平村苗顺之子苗建国来电称其父在外地居住，已指导其视频认证。\n"
    assert found(text, ("name",)) == names(text, "苗顺", "苗建国")


def test_a_different_surname_or_a_place_stays():
    text = "2.和平村城关之女苗建国来电，称已迁居。\n3.县城之子戴红梅来电咨询。\n"
    assert found(text, ("name",)) == names(text, "苗建国", "戴红梅")
