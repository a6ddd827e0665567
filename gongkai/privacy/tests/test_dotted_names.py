"""Dotted names (Uyghur, Kazakh, Mongolian, foreign) found whole wherever they stand
(``dottededges``), and dotted runs that are no names — batches, editions, places, units'
staff — left alone."""

from .spans import at, found


def _has(text, piece):
    return at(text, "name", piece) in found(text, ["name"])


def test_a_dotted_name_after_a_role_word_in_prose():
    text = "2026年4月12日，被告人在被害人娜仁·其其格（86岁，住南河乡柳树湾村9组92号）家中骗取现金。"
    assert _has(text, "娜仁·其其格")
    assert found(text, ["name"]) == [at(text, "name", "娜仁·其其格")]


def test_dotted_names_among_deputies_and_in_a_list():
    text = "您领衔，向俊勇、尹思敏、买买提·吐尔逊代表附议提出的建议收悉。"
    assert _has(text, "买买提·吐尔逊")
    listed = "承租人牛二平、祖丽菲亚·艾买提等11人已在社区登记。"
    assert _has(listed, "祖丽菲亚·艾买提")


def test_kin_and_sentence_words_stay_outside_the_name():
    text = "由其子木拉提·买买提代为报案；证人古丽·阿不都、李明的证言在卷。"
    got = found(text, ["name"])
    assert at(text, "name", "木拉提·买买提") in got
    assert at(text, "name", "古丽·阿不都") in got
    hurt = "乘车人王建华、古丽·阿不都受伤。"
    assert at(hurt, "name", "古丽·阿不都") in found(hurt, ["name"])


def test_dotted_names_in_cells_and_after_labels():
    for text, name in (
        ("姓名：热依拉·艾买提\n性别：女\n", "热依拉·艾买提"),
        ("| 5 | 阿依古丽·买买提 | 女 | 1999 |\n| 6 | 王红 | 女 | 2001 |\n", "阿依古丽·买买提"),
        ("随迁子女｜彼得罗夫·伊万（就读于绵江外国语学校）\n", "彼得罗夫·伊万"),
        ("与菲律宾籍玛丽亚·桑托斯（女）申请结婚登记。", "玛丽亚·桑托斯"),
    ):
        assert _has(text, name), text


def test_dotted_runs_that_are_no_names():
    text = (
        "困难群体：低保·失能人员；补助标准：1500元/生·学期；单位：元/人·年。\n"
        "（第七批·达埔镇）；《政府信息公开·行政处罚》；分类广告·遗失声明。\n"
        "地址：金科·集美学府12栋；云南·怒江州；中国·北京。\n"
    )
    assert found(text, ["name"]) == []


def test_a_units_staff_with_a_dotted_name_stays_clean():
    text = "回访方式：电话回访　回访人：巴特尔·其木格（法援中心）\n法定代表人：阿依古丽·热合曼\n"
    assert found(text, ["name"]) == []
