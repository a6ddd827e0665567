"""Later mentions of a name found with a cue (``laternames``): the same person named again
inside a clause is found; a longer name, a common word, a weakly cued two-character name
and a mention far away are left alone."""

from .spans import at, found, rid


def _form(name, body="320102199003070015"):
    return f"申请人：{name}，身份证号码：{rid(body[:17])}，住本县城关镇。\n"


def test_a_mention_before_a_verb_of_the_list_is_the_same_person():
    text = _form("贝晓") + "经复核，按笔试成绩确定贝晓进入资格复审，材料齐全。\n"
    got = found(text, {"name"})
    assert at(text, "name", "贝晓", text.index("确定")) in got


def test_a_mention_before_a_kinship_of_and_before_a_particle():
    text = (
        "| 序号 | 户主姓名 | 保障人数 | 联系电话 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 柏岚 | 3 | 13907310482 |\n"
        "| 2 | 龚正清 | 2 | 15874021936 |\n\n"
        "说明：柏岚之子在外务工；其户口仍登记在柏岚户内，柏岚的低保金按月发放。\n"
    )
    got = found(text, {"name"})
    for start in (text.index("柏岚之"), text.index("在柏岚") + 1, text.index("，柏岚的") + 1):
        assert ("name", start, start + 2) in got


def test_a_three_character_name_before_a_letter_word():
    text = "县民政局\n关于沈曼青来信反映问题的答复\n\n沈曼青女士：\n  您的来信收悉。\n"
    got = found(text, {"name"})
    assert at(text, "name", "沈曼青") in got
    assert at(text, "name", "沈曼青", text.index("答复")) in got


def test_the_known_name_wins_over_a_piece_one_character_off():
    text = _form("葛凡", "420106198512120031") + "补助款由葛凡代领，已签字确认。\n"
    got = found(text, {"name"})
    start = text.index("由葛凡") + 1
    assert ("name", start, start + 2) in got
    assert ("name", start - 1, start + 2) not in got


def test_a_longer_name_starting_with_the_known_one_is_not_cut():
    text = _form("马力", "110105198807070018") + "另据村民反映，马力强家中的院墙已拆除。\n"
    got = found(text, {"name"})
    start = text.index("马力强")
    assert ("name", start, start + 2) not in got


def test_a_name_that_is_a_common_word_is_not_found_again_as_a_word():
    text = _form("田园", "510104199112120026") + "本村田园风光保护良好，田园综合体项目另行公示。\n"
    got = found(text, {"name"})
    assert not [s for s in got if s[1] > text.index("本村")]


def test_a_mention_far_away_is_another_persons():
    text = _form("贝晓") + "。" * 2500 + "\n另一案件中贝晓进入调解程序。\n"
    got = found(text, {"name"})
    assert at(text, "name", "贝晓", text.index("另一案件")) not in got
