"""A supplier's authorised agent, a crew's leader, a courier and the owner of what was found
(issue 16, docs56/57's classes): private persons named after their role's word."""

from .spans import at, found, names


def test_a_suppliers_authorised_agent_as_a_label():
    text = (
        "【质疑1】\n质疑供应商：某某医疗器械有限公司\n授权代表：司马静怡\n"
        "授权代表手机：13705439812\n供应商电话：0736-7022927\n\n"
        "【质疑2】\n质疑供应商：某县安防工程部\n授权代表:  吕晓峰\n"
        "被授权人：欧阳娜；联系电话：13905439813\n"
    )
    assert names(text, "司马静怡", "吕晓峰", "欧阳娜") == found(text, ["name"])


def test_an_authorised_agent_in_prose_and_a_unit_as_agent():
    text = "某某建设有限公司授权代表孟晓峰参加了开标会议，联系电话13705439812。\n"
    assert names(text, "孟晓峰") == found(text, ["name"])
    unit = "授权代表：县财政局政府采购办公室\n授权代表电话：0736-7022927\n"
    assert found(unit, ["name"]) == []


def test_crew_leaders_before_their_crews():
    text = (
        "    钢筋班组（班组长贾天恩）：郭立新、金秀英、邵远航。\n"
        "    木工班组由班组长吴凤娇带领，成员：武杰洋、胡有才。\n"
        "| 班组 | 班组长 | 人数 |\n|---|---|---|\n"
    )
    got = found(text, ["name"])
    for piece in ("贾天恩", "郭立新", "吴凤娇", "武杰洋"):
        assert at(text, "name", piece) in got, piece
    assert not [s for s in got if "班组" in text[s[1] : s[2]]]


def test_a_courier_and_the_owner_of_a_lost_bag():
    text = (
        "其中，快递员费思远在派送途中拾得挎包，按包内名片联系到失主席霖"
        "（青河县板桥镇南江路39号）当面归还。投递员钟晓燕、配送员上官明也获通报表扬。\n"
    )
    got = found(text, ["name"])
    for piece in ("费思远", "席霖", "钟晓燕", "上官明"):
        assert at(text, "name", piece) in got, piece


def test_the_role_words_alone_are_no_persons():
    texts = [
        "失主信息不详，请失主携带有效证件到窗口认领。\n",
        "本站快递员每日派送两次，投递员上门收件，配送员统一着装。\n",
        "各班组长要落实安全交底，班组长名单附后。\n",
    ]
    for text in texts:
        assert found(text, ["name"]) == [], text
