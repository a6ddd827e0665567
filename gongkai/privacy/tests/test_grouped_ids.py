"""A resident ID written in four groups, region, year, month and day, the rest
("513425 2003 0104 5711"), is an ID when its check character holds; a card number or a
number failing the check in that shape is not (numbers.idsp, privfix24a)."""

from .spans import at, found


def test_id_in_four_groups_under_its_label():
    text = "姓名：沙马拉且\n公民身份号码：513425 2003 0104 5711\n联系电话：19981254307\n"
    assert at(text, "id_card", "513425 2003 0104 5711") in found(text, {"id_card"})


def test_dashed_groups():
    text = "身份证号：513425-2003-0104-5711，\n"
    assert at(text, "id_card", "513425-2003-0104-5711") in found(text, {"id_card"})


def test_wrong_check_character_or_a_card_is_no_id():
    text = "登记编号：513425 2003 0104 5712\n卡号：622848 2003 0104 5711\n"
    assert found(text, {"id_card"}) == []
