"""Issue 16 (twenty-fourth held-out batch): names whose surname is also a word (越, 步, 后,
凤, 空, 慎 …) where a person's label or role with the person's sex gives the whole value; a
foreigner's four-character name after 姓名; a flat's holders after 【产权人】; a role word
before a transliterated name opening a line; a cue naming a list (业主明细) is no name; a
name found again before a verb (夏侯倩占用…); a clerk given with the unit's name (经办人：…
（区住房保障中心）) acts in office.
"""

from __future__ import annotations

from .spans import at, found, names


def test_word_like_surnames_after_a_persons_label_with_colon():
    text = (
        "09．信访人：凤光敏；住址：长水街道和园9幢2402室；预留电话：0571-27698497。\n"
        "10．信访人：空垚；住址：建设街道锦园19幢1601室。\n"
        "（4）受援人申美涛，女；对方当事人：慎世旭。\n"
    )
    got = found(text, ["name"])
    for piece in ("凤光敏", "空垚", "申美涛", "慎世旭"):
        assert at(text, "name", piece) in got


def test_holders_in_bracketed_records_one_field_a_line():
    text = (
        "【房号】5幢2单元902室\n【产权人】越国芳\n【建筑面积】87.89㎡\n\n"
        "【房号】4幢3单元701室\n【产权人】后蓁\n【建筑面积】82.23㎡\n\n"
        "【房号】2幢3单元1002室\n【产权人】步世涛、闻人可\n【建筑面积】76.88㎡\n"
    )
    assert found(text, ["name"]) == names(text, "越国芳", "后蓁", "步世涛", "闻人可")


def test_a_word_like_surname_after_a_role_needs_the_persons_sex():
    text = (
        "（14）受援人步志洋，男，1984年生，住秀水路94号。\n"
        "群众步行至村口，志愿者后来赶到。\n"
        "住户山水相依，景色宜人。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "步志洋") in got
    values = {text[s:e] for _k, s, e in got}
    assert not values & {"步行至", "后来赶", "山水相", "后来"}


def test_a_foreigners_four_character_name_after_its_label():
    text = "3. 姓名：高桥美咲\n   国籍：日本\n   外国人永久居留身份证：JPN310000198705\n"
    assert at(text, "name", "高桥美咲") in found(text, ["name"])


def test_a_pair_of_relatives_after_the_name_label_is_not_one_name():
    text = "姓名：刘伟夫妇\n住址：城南区和园8幢302室\n"
    got = found(text, ["name"])
    assert ("name", text.index("刘伟夫妇"), text.index("刘伟夫妇") + 4) not in got


def test_a_role_word_before_a_transliterated_name_is_left_out():
    text = (
        "（2）受援人阿依古丽·买买提，男，1999年生，住长水家园5幢1单元1102室。\n"
        "（3）申请人吐尔逊·艾力，女，1987年生，住秀水路12号。\n"
    )
    assert found(text, ["name"]) == names(text, "阿依古丽·买买提", "吐尔逊·艾力")


def test_a_cue_before_a_lists_word_is_no_name():
    text = "以下为本次分摊的业主明细（产权人信息已经业主同意公示）；住户名单另附。\n"
    assert found(text, ["name"]) == []


def test_a_person_named_again_before_a_verb_and_a_clerk_with_the_units_name():
    text = (
        "你反映：且邻居夏侯倩将公共过道占作私用；邻居王小倩多次堆放杂物。\n"
        "二、关于夏侯倩占用公共过道问题，已责令清理；王小倩长期占用楼道问题一并处理。\n"
        "配租事务经办人：俞立群（区住房保障中心）\n"
    )
    assert found(text, ["name"]) == names(text, "夏侯倩", "王小倩", "夏侯倩", "王小倩")


def test_a_contacts_note_naming_a_person_keeps_the_name():
    text = "联系人：俞立群（申请人之妻），手机13957300121\n"
    assert at(text, "name", "俞立群") in found(text, ["name"])


def test_a_name_found_again_before_other_verbs_but_not_inside_a_longer_word():
    text = (
        "标的物承租人汪小芹（公民身份号码330402199001011234）。现由汪小芹承租使用，"
        "拍卖时汪小芹到场。另：汪小芹美容店与本案无关。\n"
    )
    got = found(text, ["name"])
    first = text.index("汪小芹")
    for k in (text.index("汪小芹承租"), text.index("汪小芹到场")):
        assert ("name", k, k + 3) in got
    assert ("name", first, first + 3) in got
    k = text.index("汪小芹美容")
    assert ("name", k, k + 3) not in got
