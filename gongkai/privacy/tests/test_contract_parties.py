"""The parties of a contract named after their side at a line's start ("甲方：张三",
"乙方（承包方）：李四", "出租方（甲方）：王五，身份证号…"): persons where the value is a
whole name; a unit (a government, a committee, a company, an office) or a side in
running text names nobody."""

import pytest

from .spans import found, names


def _names(text):
    return found(text, ["name"])


@pytest.mark.parametrize(
    "head",
    [
        "甲方：{a}\n乙方：{b}\n",
        "甲方（出租人）：{a}\n乙方（承租人）：{b}\n",
        "转让方（甲方）：{a}，身份证号：450821198001013318\n受让方（乙方）：{b}\n",
        "  发包方: {a}\n  承包方: {b}（签字）\n",
        "委托方：{a}；\n受托方：{b}。\n",
    ],
)
def test_persons_after_their_side(head):
    text = (
        "土地承包经营权流转合同\n"
        + head.format(a="刘桂兰", b="王德明")
        + "经双方协商，订立本合同。"
    )
    assert _names(text) == names(text, "刘桂兰", "王德明")


def test_rare_given_characters_dotted_and_compound_names():
    text = "甲方：建岚县自然资源局\n乙方（承包方）：覃映梅\n丙方（见证人）：阿依古丽·吐尔逊\n丁方：欧阳子涵\n"
    assert _names(text) == names(text, "覃映梅", "阿依古丽·吐尔逊", "欧阳子涵")


def test_units_and_sides_in_prose_name_nobody():
    text = (
        "甲方：城关镇人民政府\n乙方：双河村民委员会\n丙方：高新区管委会\n"
        "丁方：建岚县宏达建筑有限公司\n"
        "合同约定，甲方应于每年12月前支付租金。乙方：按时交付。\n"
    )
    assert _names(text) == []
