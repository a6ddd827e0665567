"""Words for private persons named in burial, auction and report notices: the dead
(逝者, 亡者), the parties of an auction (买受人, 竞买人, 案外人), a craftsman, growers in
a news story (养殖户, 种植户) (issue 16)."""

import pytest

from .spans import at, found


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("◎ 逝者潘秀兰，女，88岁，安葬方式：树葬。", "潘秀兰"),
        ("亡者卢长根生前系五保户，由村委会代为安葬。", "卢长根"),
        ("本次拍卖由买受人郝建国以1491000元竞得。", "郝建国"),
        ("竞买人宋立新缴纳保证金后未出价。", "宋立新"),
        ("标的物现由案外人秦丽芳承租使用，租期至2025年3月31日。", "秦丽芳"),
        ("村委会委托本村泥工贺冬生施工，暗管已完工。", "贺冬生"),
        ("在高沙镇蒋家村，养殖户胡秀兰一边喂料一边告诉记者。", "胡秀兰"),
        ("种植户刘长发介绍，今年收成不错。", "刘长发"),
    ],
)
def test_a_person_after_the_word_for_them(text, name):
    assert at(text, "name", name) in found(text, ["name"])


def test_the_words_without_a_person_after_them_name_nobody():
    text = (
        "逝者家属可于每月10日前申领补贴。买受人应于拍卖结束后十日内付清余款。"
        "案外人对执行标的提出书面异议的，本院依法审查。"
        "竞买人须通过实名认证。泥工班组进场施工。"
        "养殖户补贴资金直接发放到户。种植户应如实申报种植面积。"
    )
    assert _names(text) == []
