"""A header joining two headers of persons with a slash ("学生 / 监护人", "申请人/配偶
姓名"): every piece of its cells is a person (issue 16)."""

import pytest

from .spans import found, missing_names


def _names(text):
    return [text[s:e] for kind, s, e in found(text) if kind == "name"]


@pytest.mark.parametrize(
    "table",
    [
        '"序号","学段","学生 / 监护人","学校"\n'
        '"1","小学","丁思彤 / 丁建业","第二小学"\n'
        '"2","初中","苏菲亚·王 / 王振东","实验学校初中部"\n',
        "| 序号 | 学生姓名/监护人姓名 | 学校 |\n| --- | --- | --- |\n"
        "| 1 | 丁思彤/丁建业 | 第二小学 |\n| 2 | 苏菲亚·王/王振东 | 实验学校初中部 |\n",
        "序号\t学生／监护人\t学校\n1\t丁思彤／丁建业\t第二小学\n2\t苏菲亚·王／王振东\t实验学校初中部\n",
    ],
)
def test_every_piece_under_a_slashed_header_of_persons(table):
    assert missing_names(table, "丁思彤", "丁建业", "苏菲亚·王", "王振东") == []
    got = _names(table)
    assert not any("学校" in n or "小学" in n for n in got)


def test_a_slash_joining_a_person_and_another_field_keeps_the_person_only():
    table = "序号,姓名/电话,学校\n1,丁思彤/城关二小,第二小学\n2,王振东/实验中学,实验学校\n"
    got = _names(table)
    assert "丁思彤" in got and "王振东" in got
    assert "城关二小" not in got and "实验中学" not in got
