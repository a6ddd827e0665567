"""Persons opening numbered items with their particulars ("4. 张三：男，汉族，…") or with a
note in brackets before what they failed to do ("1. X（…村管护员）：全年未按要求…");
officials with their posts and duties, and places or units before a breach, stay none."""

import pytest

from .spans import found, names


def _names(text):
    return found(text, ["name"])


@pytest.mark.parametrize("number", ["{k}. ", "{k}、", "（{k}）", "{k}）"])
def test_items_with_sex_after_the_name(number):
    a, b = number.format(k=4), number.format(k=5)
    text = f"拟聘人员：\n{a}龙春花：女，苗族，1986年出生\n{b}石德贵，男，土家族，1979年出生\n"
    assert _names(text) == names(text, "龙春花", "石德贵")


def test_items_noted_in_brackets_before_a_breach():
    text = (
        "二、考核不合格人员\n"
        "1. 蓝桂芳（岩口村管护员）：全年未按要求巡查，多次脱岗。\n"
        "2. 钟永红（岩口村管护员）：擅自离岗十余天。\n"
        "3. 雷金水（上寨村护林员）：多次违反防火规定。\n"
    )
    assert _names(text) == names(text, "蓝桂芳", "钟永红", "雷金水")


def test_officials_duties_and_units_breaches_stay_none():
    text = (
        "1. 王刚（县水利局局长）：负责全面工作；\n2. 李强（县水利局副局长）：负责具体工作。\n"
        "1. 城关镇：多次违规排污；\n2. 河口乡：长期违反规定。\n"
        "1. 宏达公司：多次违规排污；\n2. 兴旺厂：长期违反规定。\n"
        "1. 城关镇：男，1200人\n2. 河口乡：女，900人\n"
    )
    assert _names(text) == []
