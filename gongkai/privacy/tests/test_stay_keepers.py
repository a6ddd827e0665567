"""A household's farm stay or guesthouse named after its keeper (某县某寨X民宿, 某镇X藏家乐,
某县云上草原X民宿) names the keeper given in the same row's 户主 / 经营者 cell, whatever
precedes the name once that cell reads as a name (``shopkeepers.repeated_keepers``,
privfix22a; the twelfth sitting's marking of a keeper inside a trade name). Near misses: a
company's row (its credit code), a stay named after no keeper. All texts invented."""

from gongkai.privacy.tests.spans import at, found

ROWS = (
    "序号\t乡镇\t经营户名称\t户主姓名\t公民身份号码\t联系电话\n"
    "1\t松岗镇\t马尔康县松岗镇泽旺多吉藏家乐\t泽旺多吉\t513229197806121453\t13990471125\n"
    "2\t卓克基镇\t马尔康县西索寨央金民宿\t央金\t513229199002037046\t17708372236\n"
    "3\t白湾乡\t马尔康县白湾乡雪域阳光客栈\t杨秀英\t513229196609188147\t15181743347\n"
    "4\t松岗镇\t马尔康县梭磨河谷罗桂芳民宿\t罗桂芳\t513229198110254428\t18784724458\n"
)
FIRM = (
    "序号\t经营户名称\t户主姓名\t统一社会信用代码\n"
    "1\t马尔康县嘉绒谷何志明民宿有限公司\t何志明\t91513229MA6C5X2L1K\n"
)


def test_a_keeper_inside_the_stays_name_is_the_rows_person():
    got = found(ROWS, ["name"])
    row1 = ROWS.index("1\t松岗镇")
    row2 = ROWS.index("2\t卓克基镇")
    row4 = ROWS.index("4\t松岗镇")
    assert at(ROWS, "name", "泽旺多吉", row1) in got  # in the trade name
    assert at(ROWS, "name", "央金", row2) in got
    assert at(ROWS, "name", "罗桂芳", row4) in got  # after a brand, no place
    assert at(ROWS, "name", "杨秀英") in got
    assert not [n for n in got if "阳光" in ROWS[n[1] : n[2]]]


def test_a_firms_row_keeps_its_trade_name_plain():
    got = found(FIRM, ["name"])
    first = FIRM.index("何志明")
    assert ("name", first, first + 3) not in got
