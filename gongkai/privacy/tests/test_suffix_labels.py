"""A person's label known by its ending (suffixlabels, privfix16lc): …人 with an ordinal
or a word of signing, an account's 户名, before a sign or a tab; labels of office work
and of a business's registration left to other rules."""

import pytest

from .spans import found, names

PERSONS = [
    ("驾驶人：乌兰·巴特尔　性别：男　准驾车型：A2", "乌兰·巴特尔"),
    ("监护人二：申雪梅　关系：母亲　身份证号：511328198807252218", "申雪梅"),
    ("领证人：蔺志远　　与当事人关系：受托人", "蔺志远"),
    ("送检人：龚月华（户主之女）", "龚月华"),
    ("收款人签名\t汤子怡", "汤子怡"),
    ("收款账户户名：汤子怡", "汤子怡"),
    ("乘车人: 柯振东，车次G1234", "柯振东"),
]

OFFICE = [
    "承办人：张立新（县司法局）",
    "记录人：王晓丽",
    "审核人：刘建军　　日期：2026年5月3日",
    "制表人：赵丽娟",
    "检查人：韩立新",
    "立卷人：季红",
    "回访人：付来福（法援中心）",
    "本指南编写人：钟小英。",
    "总监票人\t刘振华（镇派驻指导员）",
]


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_a_label_ending_in_a_person_word_names_its_value(text, name):
    assert found(text, ["name"]) == names(text, name)


@pytest.mark.parametrize("text", OFFICE)
def test_labels_of_office_work_name_no_private_person(text):
    assert found(text, ["name"]) == []
