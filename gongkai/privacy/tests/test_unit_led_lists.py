"""Issue 16 (privfix25a): staff listed each after their unit in prose ("其中某街道社区卫生
服务中心X、某镇中心卫生院Y、某镇卫生院Z等12人"): each named for a post at that unit, in office.
Near misses kept: a list of persons not led by units.
"""

from __future__ import annotations

from .spans import found, names


def test_staff_each_after_their_unit():
    text = (
        "经考核，合格预防接种人员名单如下，其中城南街道社区卫生服务中心蒯晓丽、"
        "双桥镇中心卫生院甘志远、河口镇卫生院欧阳春生等12人。\n"
        "抽调人员：县疾控中心仇海燕、城关派出所柏德顺。\n"
    )
    assert found(text, ("name",)) == []


def test_persons_in_lists_not_led_by_units():
    text = "经审核，蒯晓丽、甘志远、欧阳春生等3户符合条件。\n"
    assert found(text, ("name",)) == names(text, "蒯晓丽", "甘志远", "欧阳春生")
