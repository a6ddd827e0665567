"""Hired workers named after their job in prose (workercues, privfix20a), and a name read
over 态度 or 雇人 (actsafter)."""

from gongkai.privacy.tests.spans import at, found, names


def test_sorting_guide_and_keeper_in_complaints():
    text = (
        "来电人反映：楼下督导员宁秀霞经常不在岗，要求更换。\n另反映：组里管护员黎德旺收费不开票。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "宁秀霞") in got
    assert at(text, "name", "黎德旺") in got


def test_cleaners_after_the_job():
    text = "群里说保洁员邝春生上月没有来，环卫工阮金凤也没来。\n"
    got = found(text, ["name"])
    for span in names(text, "邝春生", "阮金凤"):
        assert span in got


def test_a_name_read_over_an_act_stops_before_it():
    text = "小区督导员欧阳建态度恶劣，拒绝登记。同组村民龙秀芝雇人拆除了围墙。\n"
    got = found(text, ["name"])
    assert at(text, "name", "欧阳建") in got
    assert ("name", text.index("欧阳建"), text.index("欧阳建") + 4) not in got
    assert at(text, "name", "龙秀芝") in got
    assert ("name", text.index("龙秀芝"), text.index("龙秀芝") + 4) not in got


def test_office_posts_lists_and_counts_stay_plain():
    text = (
        "经督导员邬春梅劝阻后改正。\n"
        "儿童督导员负责走访。保洁员名单见附件。全镇共聘保洁员36名。\n"
        "教育督导员要加强检查。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "邬春梅") in got
    assert got == [at(text, "name", "邬春梅")]
