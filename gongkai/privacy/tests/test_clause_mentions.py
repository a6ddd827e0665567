"""A two-character person found once and written again inside a clause: after a
preposition or a role word, before a verb of speech or a household's 户 (issue 16)."""

from .spans import at, found


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


def test_a_person_with_particulars_again_after_a_preposition():
    text = (
        "　　1. 龙飞，男，身份证号430521198312173391，系某农家乐经营者。\n"
        "　　2. 经查，该店未按规定登记住宿旅客信息。县公安局依法对龙飞处以警告并罚款500元，"
        "并责令龙飞于三日内整改。\n"
    )
    got = found(text, ["name"])
    first = text.index("龙飞")
    for start in (text.index("对龙飞") + 1, text.index("令龙飞") + 1):
        assert ("name", start, start + 2) in got
    assert ("name", first, first + 2) in got


def test_minutes_name_a_representative_again_before_a_verb():
    text = (
        "参会代表：蒋涛、吴军、曹丽、韦芳、梁建平\n"
        "缺席人员：无\n"
        "　　（一）低保评议。1. 吴军，家庭人口3人，常年患病。到会代表19人，同意17票。\n"
        "　　代表曹丽提出，应核实其家庭收入。代表韦芳反映其家住房屋有裂缝。\n"
        "　　会议决定：吴军户得票未过半数，暂不上报。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "曹丽", text.index("代表曹丽")) in got
    assert at(text, "name", "韦芳", text.index("代表韦芳")) in got
    assert at(text, "name", "吴军", text.index("吴军户")) in got


def test_the_same_characters_opening_a_longer_word_or_name_are_left_alone():
    text = (
        "参会代表：龙飞、吴军、曹丽、梁建平\n"
        "　　代表曹丽提出，龙飞凤舞的书法作品已送县文化馆；对曹丽华的调查另行通报。\n"
        "　　代表吴军涛反映的问题由村委会答复。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "曹丽", text.index("代表曹丽")) in got
    for piece in ("龙飞凤", "曹丽华", "吴军涛"):
        s = text.index(piece)
        assert ("name", s, s + 2) not in got


def test_a_name_that_is_a_common_word_is_not_repeated_in_clauses():
    text = (
        "参会代表：文明、李志刚、王秀兰\n"
        "　　会议要求对文明家庭创建活动加强宣传，代表李志刚提出意见。\n"
    )
    got = found(text, ["name"])
    second = text.index("对文明") + 1
    assert ("name", second, second + 2) not in got


def test_a_listed_name_opening_a_paragraph_or_a_note_stands_again():
    text = (
        "　　会议审议了以下2户申请：\n"
        "　　蒋涛，申请在本人承包地原址拆旧建新，占地面积110平方米。\n"
        "　　2. 吴军，申请原址翻建，四邻无异议。\n"
        "　　会议决定：同意蒋涛、吴军、梁建平3户宅基地建房申请上报（吴军、梁建平已签承诺书）。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "蒋涛") in got
    assert at(text, "name", "吴军") in got
    assert at(text, "name", "吴军", text.index("（吴军") + 1) in got


def test_a_weak_name_after_a_full_stop_without_a_clause_word_stays_alone():
    # 牧民 is a weak cue: the name after a full stop and before 、 is no sure person
    text = "牧民乌兰说草场已退。乌兰、巴图夫妇名下无补贴。乌兰，蒙古语意为红色。"
    got = found(text, ["name"])
    assert at(text, "name", "乌兰", text.index("。") + 1) not in got
    assert at(text, "name", "乌兰", text.rindex("乌兰")) not in got  # not a paragraph's start
