"""Issue 16: relatives listed by their place in the family without 其/之 (法定继承人：
配偶X，长子Y，次女Z; 家庭成员：养子A、外孙女B) are names.
Near misses: a word after the relation (长子已成年, 次女就读于…), the relation alone, a
relation word inside another word.
"""

from __future__ import annotations

from .spans import found, names


def test_heirs_after_their_relations():
    text = "法定继承人：配偶柴玉兰，长子蒙建华，次女蒙小燕。\n"
    assert found(text, ("name",)) == names(text, "柴玉兰", "蒙建华", "蒙小燕")


def test_members_with_other_relations_and_signs():
    text = "家庭成员：养子邝志远、外孙女邝乐（在读）；儿媳甘秀梅\n"
    assert found(text, ("name",)) == names(text, "邝志远", "邝乐", "甘秀梅")


def test_relation_words_without_names():
    text = (
        "经核实，长子已成年，次女就读于县第一中学；配偶无固定收入。\n"
        "其家庭为独子家庭，长女户口已迁出。\n"
    )
    assert found(text, ("name",)) == []
