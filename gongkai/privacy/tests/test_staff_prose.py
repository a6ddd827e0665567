"""An office's staff named in its own letter's prose (``staffprose``, privfix26b): a run
in apposition to a count of its staff, a name between its unit and 同志; other counts, a
run after a verb of harm and an honours list's 同志 keep their names."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("36072419700815332")


def test_review_opinion_names_the_staff_it_assigned():
    text = (
        f"申请人：廖春生，身份证号码{_ID}，联系电话13907976621。\n"
        "本局收到申请后，委派钟立群、温秋萍二名工作人员于3月2日入户调查，"
        "并由执法大队赖建华、刘志明等三名执法人员现场勘验。申请人之妻邱冬梅在场。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "廖春生") in got
    assert at(text, "name", "邱冬梅") in got
    for n in ("钟立群", "温秋萍", "赖建华", "刘志明"):
        assert at(text, "name", n) not in got, n


def test_a_reply_names_the_cadre_by_unit_and_comrade():
    text = (
        f"来电人廖春生（身份证号{_ID}，手机13907976621）反映的问题已办理。"
        "您户的帮扶责任人为县水利局曾德胜同志（办公电话0797-2331452），"
        "如有困难也可联系镇社会事务办公室谢丽娟同志。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "廖春生") in got
    assert at(text, "name", "曾德胜") not in got
    assert at(text, "name", "谢丽娟") not in got


def test_other_counts_and_honours_keep_their_names():
    text = (
        "事故致张国栋、黄小兵两名工作人员受伤，村民蔡永福、巫金莲两名村民协助送医。\n"
        "经研究，决定授予彭建英同志“优秀志愿者”称号。\n"
    )
    got = found(text, ["name"])
    for n in ("张国栋", "黄小兵", "蔡永福", "彭建英"):
        assert at(text, "name", n) in got, n
