"""Issue 16, the twenty-fifth held-out batch: relatives named in a private person's letter
to a mailbox (局长信箱, 留言板) — today's children's names with characters that are words
elsewhere (若曦, 可馨, 浩然), rare surnames, transliterated names with their dot, women
of old named by two surnames (邝林氏) — and the everyday words after a family word that
are no names (孩子满月, 我先生万一, 他爸爸包工程)."""

from __future__ import annotations

import pytest

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


@pytest.mark.parametrize(
    "text,name",
    [
        ("我孙女郗若曦家里真困难，却没有评上。", "郗若曦"),
        ("去年我给女儿冼可馨在培训机构报了英语课。", "冼可馨"),
        ("他孙子郜浩然却享受了助学金。", "郜浩然"),
        ("我外孙宓依诺今年读初二。", "宓依诺"),
        ("我家先生庞之恒在镇上打零工。", "庞之恒"),
        ("我的儿媳阮书瑶也在外地务工。", "阮书瑶"),
        ("我先生陈伟杰是香港居民。", "陈伟杰"),
        ("她老伴眭文斌去年去世了。", "眭文斌"),
        ("我老公司马静怡，常年在外地打工。", "司马静怡"),
        ("孩子骆一诺今年满六周岁。", "骆一诺"),
        ("我孩子和邻居麴长庚家的孩子都在本校就读。", "麴长庚"),
        ("我先生陈明，今年45岁，在县城打工。", "陈明"),
    ],
)
def test_a_relative_in_a_letter_is_found_whole(text, name):
    letter = "尊敬的局长：您好！" + text + "恳请领导关注。\n"
    assert _names(letter) == [at(letter, "name", name)]


def test_transliterated_relatives_after_a_family_word():
    text = (
        "我是随父母来本县生活的学生家长，孩子米热依·买买提今年读初三，"
        "孩子父亲阿卜杜拉·艾力在城南开餐馆。\n"
    )
    assert _names(text) == names(text, "米热依·买买提", "阿卜杜拉·艾力")


def test_women_of_old_named_by_two_surnames():
    text = "楼下噪音很大，我母亲邝林氏年过九旬，婆婆王陈氏也八十多了，都无法休息。\n"
    assert _names(text) == names(text, "邝林氏", "王陈氏")


@pytest.mark.parametrize(
    "text",
    [
        "她丈夫常年在外务工，我儿子高中毕业后在家，他孙子明年上学。",
        "我先生平时工作忙，我的孩子安全到家了，我母亲高血压多年。",
        "我女儿江苏上学，我先生万一出事怎么办，我妈妈常说要节约，他爸爸包工程，欠了钱。",
        "我孩子平安健康就好，我女儿向老师反映过，我爱人和孩子都在老家。",
        "我孩子满月了，她妈妈单位在城里，我老伴常年卧床，我婆婆高龄多病。",
        "我孩子于今年考上大学，我爸爸任何时候都很忙，我先生申请了补助。",
        "她女儿高兴地说，他孙子万一考不上，她儿子成天在网吧，我儿子明白了。",
        "王先生陈述了情况，陈先生黄金周去旅游。黄氏宗祠位于村东，李氏家族聚居于此。",
    ],
)
def test_words_after_a_family_word_are_no_names(text):
    assert _names(text + "\n") == []


@pytest.mark.parametrize("role", ["传承人", "代表性传承人", "申请人", "继承人"])
def test_the_person_a_relative_is_named_by_after_a_role_of_a_person(role):
    text = f"五、黎正，男，壮族，系已故国家级{role}覃文芳之孙，2006年起随祖父学艺。\n"
    assert at(text, "name", "覃文芳") in found(text, ["name"])


def test_a_unit_before_the_one_a_relative_is_named_by_is_no_role():
    text = "该户系县供销合作社覃文芳之孙承包的地块。\n"
    assert at(text, "name", "覃文芳") not in found(text, ["name"])


def test_a_childs_teacher_named_in_a_letter():
    text = "我女儿报了美术班，老师钱思远说要另交材料费。已对授课教师钱思远进行批评教育。\n"
    assert found(text, ["name"]) == [
        at(text, "name", "钱思远"),
        at(text, "name", "钱思远", text.index("教师")),
    ]


def test_words_after_teacher_are_no_names():
    text = (
        "各位老师同学们，教师节快乐。乡村教师生活补助按月发放，教师周转房建设。"
        "请老师明确告知，教师资格认定，老师严格要求，老师常年坚守。\n"
    )
    assert found(text, ["name"]) == []
