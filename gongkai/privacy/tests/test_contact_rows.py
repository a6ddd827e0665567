"""Issue 16, the twenty-fifth held-out batch: persons listed one a line with their
phone and home, where some give a landline only ("洪阿扁　（0595）85632417　…"): the name
before the landline is a person's when the row next to it opens with a person found."""

from __future__ import annotations

import pytest

from .spans import at, found


@pytest.mark.parametrize("gap", ["\u3000", "  ", "\t"])
def test_a_name_before_a_landline_among_named_rows(gap):
    rows = (
        ("冯丽娇", "18065917203", "西滨村前埔87号"),
        ("洪阿扁", "（0595）85632417", "霞浯社区霞浯路90号之一"),
        ("柯德旺", "0595 85017736", "梧林村后厝12号"),
    )
    text = "附：亲属联系方式（仅限慰问使用）\n" + "".join(gap.join(r) + "\n" for r in rows)
    got = found(text, ["name"])
    assert got == [at(text, "name", r[0]) for r in rows]


def test_a_landline_row_above_the_named_rows_counts_too():
    text = "慰问对象联系方式\n苏阿妹　0595-85632417　霞浯路90号\n冯丽娇　18065917203　前埔87号\n"
    assert at(text, "name", "苏阿妹") in found(text, ["name"])


def test_units_listed_with_their_landlines_are_no_names():
    text = (
        "各受理点联系方式\n"
        "城关镇　0595-85632417　府前街12号\n"
        "冯丽娇　18065917203　前埔87号\n"
        "县医院　0595-85632418\n"
    )
    assert found(text, ["name"]) == [at(text, "name", "冯丽娇")]


def test_a_lone_line_of_a_name_and_a_landline_is_left_alone():
    text = "联系方式如下：\n柯德旺　0595 85017736\n如有疑问请来电。\n"
    assert found(text, ["name"]) == []
