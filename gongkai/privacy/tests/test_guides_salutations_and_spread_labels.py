"""A compound surname's four-character name before a form of address (东方X先生：), a
tour guide named after 导游, a relative named between 由其配偶 and 代为, and a rarer
name alone on its line after a spread 姓　　名 label (issue 16, the thirty-fifth and
thirty-seventh held-out batches' classes, with fixtures of their own)."""

from .spans import found, names


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


def test_a_compound_surnames_name_before_a_form_of_address():
    for name, title in (("上官月华", "女士"), ("西门年丰", "先生"), ("欧阳若水", "女士")):
        text = f"编号：2026-0{len(name)}\n{name}{title}：\n　　您反映的问题已收悉。\n"
        assert found(text, ["name"]) == names(text, name), name


def test_a_tour_guide_named_in_an_answer_and_words_of_guides_left_alone():
    text = "经查，导游龚晓燕未按约定行程带团，对导游龚晓燕记不良信息。导游证号已登记，导游人员须持证上岗。"
    assert _names(text) == ["龚晓燕", "龚晓燕"]


def test_a_relative_between_by_and_on_behalf():
    text = "申请人因病住院，由其配偶严若溪代为领取补助金。"
    assert found(text, ["name"]) == names(text, "严若溪")
    text = "申请人因病住院，由其配偶代为领取补助金。"
    assert _names(text) == []


def test_a_rarer_name_alone_after_a_spread_name_label():
    text = (
        "【1】\n姓　　名：仉若曦\n性　　别：女\n证件号码：E12345678\n"
        "【2】\n姓　　名：邰本善\n性　　别：男\n证件号码：E23456789\n"
        "【3】\n姓　　名：本人签字\n性　　别：男\n"
    )
    assert _names(text) == ["仉若曦", "邰本善"]
