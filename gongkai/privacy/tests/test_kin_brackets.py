"""A relative named in brackets after the kinship word ("配偶（张某，菲律宾）") is a person,
in a table's cell or in prose; a note alone in the brackets is none."""

from .spans import at, found


def test_relation_cells_of_a_tab_register():
    text = (
        "序号\t姓名\t海外关系人\t联系电话\n"
        "1\t覃玉莲\t丈夫（韦国栋，泰国）\t13907711234\n"
        "2\t黎志强\t外祖母（黎陈氏，已故）\t13907715678\n"
        "3\t莫小燕\t长子（莫俊熙）\t13907719012\n"
    )
    got = found(text, ["name"])
    for name in ("韦国栋", "黎陈氏", "莫俊熙"):
        assert at(text, "name", name) in got


def test_relation_in_prose_and_pipe_cells():
    prose = "申请人称其在缅甸的叔父(杨德胜、杨德利)多年未归，现申请确认侨眷身份。"
    got = found(prose, ["name"])
    assert at(prose, "name", "杨德胜") in got
    pipe = "| 1 | 邓美华 | 配偶（梁振宇，加拿大） | 侨眷 |\n| 2 | 冯丽萍 | 父亲（冯国强，美国） | 侨眷 |\n"
    got = found(pipe, ["name"])
    assert at(pipe, "name", "梁振宇") in got
    assert at(pipe, "name", "冯国强") in got


def test_notes_in_the_brackets_are_no_names():
    text = (
        "序号\t姓名\t海外关系人\n"
        "1\t覃玉莲\t配偶（已故）\n"
        "2\t黎志强\t父亲（菲律宾）\n"
        "3\t莫小燕\t子女（在外）\n"
    )
    got = found(text, ["name"])
    assert {text[s:e] for _, s, e in got} <= {"覃玉莲", "黎志强", "莫小燕"}
