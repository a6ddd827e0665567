"""A building, its staircase and its room after an estate's name in a sentence
(``streetaddress.expand_address``: the strong flat "3幢1单元502室" read as the weak
"3幢502室" is): the estate's name leads to one household whatever verb stands before it
("承租某某人才公寓3幢1单元502室", "入住某某家园…"). A park of firms' building (科技园) and
a tower of offices (大厦) stay no home."""

from __future__ import annotations

from .spans import at, found

NOTICE = (
    "一、雷振华，男，承租凤栖人才公寓3幢2单元1102室，已于2024年5月离职未退租。\n"
    "二、伍晓琴，女，承租凤栖人才公寓1幢1单元402室，欠缴租金3600元。\n"
)

TABLE = (
    "序号\t姓名\t入住房间\t入住日期\n"
    "1\t黎明远\t已入住锦江华庭12栋3单元601室\t2024-03-01\n"
    "2\t苏婉清\t已入住锦江华庭9栋1单元203室\t2024-04-15\n"
)

NEAR = "项目办公地点：云溪科技园3幢2单元501室。\n服务窗口设在金融大厦5座1单元801室。\n"


def _span(text, piece):
    return at(text, "address", piece)


def test_a_flat_after_a_named_estate_in_a_notice():
    got = found(NOTICE, ["address"])
    assert _span(NOTICE, "凤栖人才公寓3幢2单元1102室") in got
    assert _span(NOTICE, "凤栖人才公寓1幢1单元402室") in got


def test_a_flat_after_a_named_estate_in_a_cell():
    got = found(TABLE, ["address"])
    assert _span(TABLE, "锦江华庭12栋3单元601室") in got
    assert _span(TABLE, "锦江华庭9栋1单元203室") in got


def test_offices_in_a_park_or_tower_are_no_home():
    got = found(NEAR, ["address"])
    assert _span(NEAR, "云溪科技园3幢2单元501室") not in got
    assert _span(NEAR, "金融大厦5座1单元801室") not in got
