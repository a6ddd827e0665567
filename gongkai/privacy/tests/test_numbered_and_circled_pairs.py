"""Persons on one line each after its number, whatever the number looks like ("1.张三
2.李四", "①张三 ②李四", "⑴张三　⑵李四", "001 张三　002 李四"), their given names
holding characters that cut names in running text (潘开元, 卢映秋, 卓向阳, 庞若水) where the
number and the gap bound them; items of work, places and units on such a line stay none."""

import pytest

from .spans import found, names


def _names(text):
    return found(text, ["name"])


@pytest.mark.parametrize(
    "line",
    [
        "①张建国 ②李秀英 ③王德明",
        "1.张建国 2.李秀英 3.王德明",
        "1、张建国　2、李秀英　3、王德明",
        "⑴张建国\t⑵李秀英\t⑶王德明",
        "01 张建国  02 李秀英  03 王德明",
    ],
)
def test_numbered_persons_on_a_line(line):
    text = f"2025年度获奖人员：\n{line}\n以上人员予以通报表扬。"
    assert _names(text) == names(text, "张建国", "李秀英", "王德明")


def test_rare_given_name_characters_between_number_and_gap():
    text = "拟确定下列人员为护林员：\n⑴潘开元　⑵卢映秋　⑶卓向阳　⑷庞若水\n公示期五天。"
    assert _names(text) == names(text, "潘开元", "卢映秋", "卓向阳", "庞若水")
    text = "摇号结果：\n001 潘开元　002 卢映秋　003 卓向阳\n"
    assert _names(text) == names(text, "潘开元", "卢映秋", "卓向阳")


@pytest.mark.parametrize(
    "line",
    [
        "1.严把关 2.强监管 3.优服务",
        "①王家村 ②李家湾 ③张家坝",
        "①县民政局 ②县财政局 ③县人社局",
        "1.高新区 2.经开区 3.城东区",
        "1.防汛 2.抗旱 3.消防",
        "1.严明纪律 2.常抓不懈",
    ],
)
def test_items_of_work_places_and_units_are_none(line):
    text = f"重点工作：\n{line}\n"
    assert _names(text) == []
