"""A household named by its head right before its home in brackets ("X户（…号）",
``addressowners``): the head is a person however rare the name; a household's kind
before the same bracket (低保户, 养殖户) is none."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("回访情况：寇岩户（清河县柳湾镇石桥村4组27号）化粪池渗漏，已维修。", "寇岩"),
        ("　　二、容若户（清河县柳湾镇新田村2组8号）厕屋未完工。\n", "容若"),
        (
            "　　4. 司徒若平家庭（清河县城关镇东街18号桂园小区3栋2单元501室）：热心公益。\n",
            "司徒若平",
        ),
    ],
)
def test_a_household_head_before_the_home(text, piece):
    assert at(text, "name", piece) in found(text, {"name"})


@pytest.mark.parametrize(
    "text",
    [
        "回访情况：低保户（清河县柳湾镇石桥村4组27号）已入户核查。",
        "另，养殖户（清河县柳湾镇新田村2组8号）粪污已处理。",
        "抽查结果：贫困户（清河县城关镇东街18号）材料齐全；",
    ],
)
def test_a_households_kind_is_no_name(text):
    assert found(text, {"name"}) == []
