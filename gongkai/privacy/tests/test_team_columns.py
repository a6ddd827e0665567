"""A column headed by the members of a team the office sends to act on the record (检查组成员,
督查小组成员, 验收组人员) holds staff acting in office, not private persons, in a one-row
header and under a two-row header whose group cell spans the second row
(``headerroles.GROUP_STAFF``, read by ``tables``, ``listnames`` and ``officialcolumns``;
privfix22a). Near misses: a panel that judges (评审小组成员) or a team of helpers
(帮教小组成员) keeps its persons. All texts invented."""

from gongkai.privacy.tests.spans import at, found

# a two-row header (the team's cell over an empty one), the team repeated down its column
TWO_ROWS = (
    "某县2025年农家乐消防安全督查台账\n"
    "序号\t乡镇\t经营场所\t经营者\t\t督查日期\t督查小组成员\t问题\n"
    "\t\t\t姓名\t联系电话\t\t\t\n"
    "1\t青石镇\t溪畔人家\t廖春生\t13807451126\t2025-05-06\t龚德军、韦小红\t灭火器过期\n"
    "2\t青石镇\t竹林小院\t蓝玉珍\t15907452237\t2025-05-06\t龚德军、韦小红\t无\n"
    "3\t白沙乡\t山泉农庄\t覃永福\t18174553348\t2025-05-08\t韦小红、莫建平\t线路老化\n"
    "4\t白沙乡\t枫叶山居\t黎秀梅\t13974564459\t2025-05-08\t龚德军、莫建平\t无\n"
)

# one header row: the acceptance team of the works
ONE_ROW = (
    "序号\t户主姓名\t身份证号\t验收组人员\t验收结论\n"
    "1\t杭德明\t450721196802144419\t施国强、诸葛晓婷\t合格\n"
    "2\t闵翠兰\t450721197109035528\t施国强、诸葛晓婷\t合格\n"
    "3\t鄢志勇\t450721198304216614\t施国强、邬丽君\t合格\n"
)

# near misses: the experts of a judging panel, the helpers of a released person
PANEL = (
    "序号\t民宿名称\t申报人\t联系电话\t评审小组成员\n"
    "1\t云上小筑\t樊晓东\t13508761125\t祁文斌、尚玉兰\n"
    "2\t半山居\t薄秀英\t13908762236\t祁文斌、阚志明\n"
    "3\t望月楼\t邢建华\t18708763347\t尚玉兰、阚志明\n"
)
HELPERS = (
    "序号\t帮教对象\t身份证号\t帮教小组成员\n"
    "1\t滕小军\t450721199001012213\t卜建国、蒲晓红\n"
    "2\t米永强\t450721198805203317\t卜建国、蒲晓红\n"
)


def _texts(text, got):
    return {text[s:e] for _k, s, e in got}


def test_a_team_under_a_two_row_header_acts_in_office():
    got = found(TWO_ROWS, ["name"])
    for keeper in ("廖春生", "蓝玉珍", "覃永福", "黎秀梅"):
        assert at(TWO_ROWS, "name", keeper) in got
    assert not _texts(TWO_ROWS, got) & {"龚德军", "韦小红", "莫建平"}


def test_a_team_under_a_one_row_header_acts_in_office():
    got = found(ONE_ROW, ["name"])
    for owner in ("杭德明", "闵翠兰", "鄢志勇"):
        assert at(ONE_ROW, "name", owner) in got
    assert not _texts(ONE_ROW, got) & {"施国强", "诸葛晓婷", "邬丽君"}


def test_a_judging_panel_and_a_team_of_helpers_keep_their_persons():
    got = found(PANEL, ["name"])
    for expert in ("祁文斌", "尚玉兰", "阚志明"):
        assert at(PANEL, "name", expert) in got
    got = found(HELPERS, ["name"])
    for helper in ("卜建国", "蒲晓红"):
        assert at(HELPERS, "name", helper) in got
