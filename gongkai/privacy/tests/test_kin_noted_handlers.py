"""A family's own handler noted by kinship is a private person (issue 16, privfix17d).

Invented cases, none from the held-out documents: a relative who arranged a funeral, signed
for a subsidy or handled a claim stands in a column headed like an office's clerk
(经办人, 治丧经办人, 代办人) with the kinship noted after the name ("（子）", "（侄）",
"（孙）", "（儿媳）"); such a name is found. The office's own clerk under the same header,
with no kinship note, is still left alone.
"""

import pytest

from .spans import found, names

KIN_ROWS = [
    (
        "序号\t逝者姓名\t性别\t身份证号码\t治丧经办人\n"
        "1\t邹德华\t男\t430528194506121234\t邹建新（子）\n"
        "2\t钱玉兰\t女\t430528195201153321\t孟晓燕（儿媳）\n",
        ["邹德华", "邹建新", "钱玉兰", "孟晓燕"],
    ),
    (
        "| 序号 | 补助对象 | 性别 | 经办人 |\n| --- | --- | --- | --- |\n"
        "| 1 | 雷长根 | 男 | 雷少华（侄） |\n| 2 | 温桂芳 | 女 | 许海涛（孙） |\n",
        ["雷长根", "雷少华", "温桂芳", "许海涛"],
    ),
    (
        "序号,姓名,性别,代办人\n1,卢志明,男,卢思远（侄子）\n2,韦秀珍,女,韦春雷（外孙）\n",
        ["卢志明", "卢思远", "韦秀珍", "韦春雷"],
    ),
    (  # a rarer surname and a given name that reads like a word: the whole cell's name
        "序号\t逝者姓名\t性别\t治丧经办人\n1\t仉德顺\t男\t仉方圆（侄子）\n2\t郭桂英\t女\t郭海（子）\n",
        ["仉德顺", "仉方圆", "郭桂英", "郭海"],
    ),
]


@pytest.mark.parametrize("text,pieces", KIN_ROWS)
def test_kin_noted_handler_found(text, pieces):
    assert found(text, ["name"]) == names(text, *pieces)


def test_clerk_without_kin_note_left_alone():
    text = (
        "序号\t姓名\t性别\t身份证号码\t经办人\n"
        "1\t邹德华\t男\t430528194506121234\t杜晓明\n"
        "2\t钱玉兰\t女\t430528195201153321\t杜晓明\n"
    )
    assert found(text, ["name"]) == names(text, "邹德华", "钱玉兰")
