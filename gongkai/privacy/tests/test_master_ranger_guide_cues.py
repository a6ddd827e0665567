"""A craftsman's masters (师承, 师从, 拜师), a hired forest ranger (护林员) and a scenic spot's
guide (讲解员) name private persons after them (``patterns.WEAK_CUES``); the same words
without a name after them, and an official's post before a name, stay clean."""

from .spans import found, names


def test_masters_in_table_cells():
    text = (
        "<table><tr><th>姓名</th><th>传承谱系</th></tr>\n"
        "<tr><td>祁玉珍</td><td>师承蔺德厚、邰翠兰</td></tr>\n"
        "<tr><td>柯兴旺</td><td>师从郝长顺</td></tr></table>\n"
    )
    got = found(text, ["name"])
    for person in ("蔺德厚", "邰翠兰", "郝长顺"):
        assert names(text, person)[0] in got


def test_rangers_and_guides_in_a_reply_and_a_work_order():
    text = (
        "您反映：某某村护林员桑春来近两个月很少上山巡护。经核查，属实。\n"
        "被投诉对象\n某某景区讲解员伍秋菊\n诉求摘要\n讲解员擅自缩短讲解时间\n"
    )
    got = found(text, ["name"])
    assert names(text, "桑春来")[0] in got
    assert names(text, "伍秋菊")[0] in got


def test_the_words_alone_name_nobody():
    text = "本村选聘护林员3名，讲解员须持证上岗，传承谱系为师承关系清楚。"
    assert found(text, ["name"]) == []
