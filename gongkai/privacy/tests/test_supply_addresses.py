"""A household's metered supply address (用电地址, 用水地址, 供暖地址, 户位于…) is its home."""

import pytest

from .spans import at, found

HOMES = [
    ("户名：某某，用电地址：安平县城关镇解放路16号，欠费212.40元。", "安平县城关镇解放路16号"),
    ("【用水地址】青河区东关街道向阳路7号\n【欠费金额】88.00元", "青河区东关街道向阳路7号"),
    ("4. 用气地址 临川县白马镇河西街103号 本期未缴", "临川县白马镇河西街103号"),
    ("供暖地址|北城区文昌路55号|报停", "北城区文昌路55号"),
    ("该户位于石门县永兴镇新华路21号，已停供。", "石门县永兴镇新华路21号"),
    ("装表地址：南湖区建国路9号，表号0012。", "南湖区建国路9号"),
    ("邮寄地址：东江县城南街道和平路30号", "东江县城南街道和平路30号"),
]


@pytest.mark.parametrize(("text", "home"), HOMES)
def test_supply_address_is_a_home(text, home):
    assert at(text, "address", home) in found(text, ["address"])


@pytest.mark.parametrize(
    "text",
    [
        "营业厅地址：安平县城关镇解放路16号，办理用电业务。",
        "供电所位于临川县白马镇河西街103号，受理窗口对外办公。",
        "本公司办公地点：青河区向阳路7号。",
    ],
)
def test_offices_stay_unmarked(text):
    assert found(text, ["address"]) == []
