"""A label's value read whole (``labelvalues``): the last character of a name of today's
registers and a surname of no list after 姓名; values that are no names are left alone."""

import pytest

from .spans import at, found, rid


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        (f"7. 姓名：韦思若；性别：女；身份证号：{rid('45010219920311002')}\n", "韦思若"),
        ("来信人：包相如　　邮箱：baoxr@163.com　　来信日期：2026-03-02\n", "包相如"),
        (f"姓名：铁屹桐；性别：男；身份证号：{rid('43072119800108149')}\n", "铁屹桐"),
        ("申请人：蓝书可\t联系电话：13874021563\n", "蓝书可"),
    ],
)
def test_the_whole_value_after_a_label(text, piece):
    got = found(text, {"name"})
    assert at(text, "name", piece) in got
    assert [s for s in got if s[0] == "name"] == [at(text, "name", piece)]


@pytest.mark.parametrize(
    "text",
    [
        "姓名：未填写；性别：男\n",
        "姓名：身份证号；\n",
        "申请人：本人如实填写，如有虚假愿承担责任。\n",
        "姓名：签字；日期：2026年3月2日\n",
    ],
)
def test_values_that_are_no_names(text):
    assert found(text, {"name"}) == []
