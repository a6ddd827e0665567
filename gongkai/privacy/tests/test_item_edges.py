"""A name of four characters alone between signs, read one character short — a clan name
before a single surname (勒格, 吉伍) or a compound surname's second given character — is the
whole item (itemedges); a leading word, a kinship's character, and a short form the text
gives with a sign elsewhere are left alone."""

from .spans import found, names


def test_a_clan_name_before_a_surname_and_a_compound_surnames_second_given_character():
    text = (
        "申请单位：某县某乡日用品经营部（个人独资企业）\n"
        "仓库保管员：吉伍春梅、马兴华\n"
        "值班手机：13890452716（吉伍春梅）\n"
        "保管员：沙马海燕、罗志军\n"
        "你系参保人司马桂姑（已于2021年5月死亡），其遗属待遇应予追回。\n"
    )
    expect = names(text, "吉伍春梅", "马兴华", "吉伍春梅", "沙马海燕", "罗志军", "司马桂姑")
    assert found(text, ["name"]) == expect


def test_near_misses_a_leading_word_a_kinship_and_a_short_form_elsewhere():
    text = (
        "经办情况：向李德明、张秀兰了解核实。\n"
        "共同申请人：妻王春花、子王家乐\n"
        "现场负责人：吴德华，陪同人：秦吴德华（记录）\n"
    )
    expect = names(text, "李德明", "张秀兰", "王春花", "王家乐", "吴德华", "吴德华")
    assert found(text, ["name"]) == expect
