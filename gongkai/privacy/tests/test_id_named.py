"""Issue 16 (privfix27e): a person named right before the bracket of their own ID
("粉碎工X（身份证号码：…）", "你母亲Y（公民身份号码：…）"), whatever the word before and the
given characters, and the name's other mentions. Near misses: a role word before the
bracket, a bracket holding another number.
"""

from __future__ import annotations

from .spans import found, names


def test_a_trade_word_then_a_name_with_dai_and_its_mentions():
    text = (
        "经调查，搅拌工柴代兵（身份证号码：441881197501158233）于2022年确诊为职业性噪声聋。"
        "证据：柴代兵的诊断证明书复印件；单位已为柴代兵垫付医疗费。\n"
    )
    assert found(text, ("name",)) == names(text, "柴代兵", "柴代兵", "柴代兵")


def test_a_rare_surname_after_a_kinship_word():
    text = (
        "经核实，你父亲禄正刚（公民身份号码：52052719720814649X）于2020年5月死亡，你冒领其待遇。\n"
    )
    assert found(text, ("name",)) == names(text, "禄正刚")


def test_a_role_word_or_another_number_stays():
    text = (
        "当事人（身份证号码：441881197501158233）未到场。\n"
        "您提交的确认申请（身份证号码：52052719720814649X）已收悉。\n"
        "执法人员持证上岗（执法证号：44188121000317）。\n"
    )
    assert found(text, ("name",)) == []
