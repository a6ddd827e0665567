"""A person named in running text right before a bracket of their particulars: an
identity number, a home, a mobile or a private mailbox (issue 16)."""

import pytest

from .spans import at, found


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经网络平台实名认证，买受人为蒋德军（公民身份号码321002198607127695）。", "蒋德军"),
        ("备注：五保户，由本村在外人员郑国华（电话14770512108）代交。", "郑国华"),
        ("原拟聘人员放弃，由其同学韩雨欣（hyx_0831@qq.com）递补。", "韩雨欣"),
        ("经查，该户实际居住人为侄子邱建波（住城关镇南街社区8号）。", "邱建波"),
        ("委托其女婿欧阳志远（手机：13905512346）代为办理。", "欧阳志远"),
        ("现由承租户彭丽(身份证号430521199002153328)使用。", "彭丽"),
        ("承包方仉立强与同村仉立新（身份证号371425198302054216）为兄弟。", "仉立新"),
        ("经核实，白水镇龙口村三组谭桂香（住龙口村三组8号）已迁出。", "谭桂香"),
    ],
)
def test_a_name_before_a_bracket_of_particulars(text, name):
    assert at(text, "name", name) in found(text, ["name"])
    got = _names(text)
    assert got.count(name) == 1 and not any(len(n) > len(name) and name in n for n in got)


def test_units_and_words_before_such_a_bracket_are_no_names():
    text = (
        "请向县不动产登记中心（电话13907481234）咨询。\n"
        "来函请寄县信访局（邮箱xfj@dz.gov.cn）。\n"
        "对上述情况（公民身份号码已核验）予以确认。\n"
        "该宗地块现状良好（住宅用地），无抵押。\n"
    )
    got = _names(text)
    assert not any(n in ("中心", "信访局", "情况", "良好", "地块") for n in got)
    assert got == []


def test_a_name_inside_a_longer_run_without_a_role_is_not_cut_out():
    # the characters before the bracket run on from words that are no role: no name
    text = "该公司拟申报项目建设推进（电话13907481234）。"
    assert _names(text) == []
