"""Issue 16 (twenty-third held-out batch): persons named after a craftsman's, a veteran's
or a collector's word (工匠, 老兵, 代领人 …); a three-character name after a holder's
label without a colon, whole up to its bracket or comma (权利人顾月斌（身份证…）, 户主陈家华
（已故）); the third character of a name kept before the person's particulars (父亲王庆保，
身份证…); a pronoun is no name (由你代领).
"""

from __future__ import annotations

from .spans import at, found, names


def test_a_self_building_households_craftsman_is_a_person():
    text = (
        "施工方：农户自建，工匠邝志伟（联系电话13642261234）\n"
        "施工方：农户自建，木工柏永福（手机15357171234）\n"
        "施工方：安居建筑劳务有限公司（统一社会信用代码：91522727857197358Q）\n"
    )
    assert found(text, ["name"]) == names(text, "邝志伟", "柏永福")


def test_collectors_and_veterans_named_in_prose():
    text = (
        "- 原户主谭德林（已故），代领人尹晓梅，身份证号410825197409230143，电话15638940001\n"
        "您的父亲、抗美援朝老兵卜月明（身份证号码371425193102067650）住院期间…\n"
    )
    got = found(text, ["name"])
    for piece in ("谭德林", "尹晓梅", "卜月明"):
        assert at(text, "name", piece) in got


def test_a_three_character_name_after_a_holders_label_without_colon():
    text = (
        "1. 权利人顾月斌（身份证号码350724197512078153），坐落于大布村“大岭背”。\n"
        "2. 权利人金月娥，共有人范庆娥，坐落于坑里村“竹山垄”。\n"
        "- 原户主陈家华（已故），由继承人代领。\n"
    )
    got = found(text, ["name"])
    for piece in ("顾月斌", "金月娥", "范庆娥", "陈家华"):
        assert at(text, "name", piece) in got


def test_a_label_followed_by_words_or_a_company_gives_no_name():
    text = (
        "权利人所在地（村组）以公示为准。\n"
        "申请人须本人到场，户主应当在公示期内提出。\n"
        "权利人：大布村股份经济合作社（统一社会信用代码：N2350724MF0000000X）\n"
    )
    assert found(text, ["name"]) == []


def test_the_third_character_before_a_persons_particulars():
    text = (
        "5. 邓寿辉，2023年9月入伍；（领取人：父亲王庆保，身份证360124197008098031，"
        "电话15315050919）；\n"
        "1. 权利人佘英有（身份证号码350724197205245871），坐落于大布村。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "王庆保") in got
    assert at(text, "name", "佘英有") in got
    assert ("name", text.index("王庆保"), text.index("王庆保") + 2) not in got


def test_a_household_or_a_pronoun_is_no_name():
    text = (
        "原享受护理补贴每月165元，由你代领至你的农村信用社账户。\n"
        "脱贫户：魏大成户，身份证号码511529194708222346。\n"
    )
    got = found(text, ["name"])
    assert all(text[s:e] not in ("由你", "魏大成户") for _k, s, e in got)
