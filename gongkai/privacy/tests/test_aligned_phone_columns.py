"""privfix23a: a landline in a space-aligned column of persons' own numbers (a roster
printed to PDF and read back) is the person's, though the row names the firm the person
works for, when the same column holds mobiles in other rows (``alignedcolumns``)."""

from __future__ import annotations

from .spans import at, found

_ROSTER = (
    "梅川县燃气经营企业从业人员名册\n"
    "序号  所在企业                    姓名    性别  身份证号              职务      联系电话        家庭住址\n"
    "1     梅川县顺达燃气有限公司      柯文斌  男    421182198503120510    经理      0713-6231457    梅川县城关镇东门街12号\n"
    "2     梅川县顺达燃气有限公司      周玉芬  女    421182197707042329    安全员    13872046615     梅川县城关镇西河路8号\n"
    "3     梅川县顺达燃气有限公司      汪海涛  男    421182199111281029    送气工    15997320184     梅川县横车镇桥头村3组21号\n"
    "4     梅川县福源液化气站          石德胜  男    421182196802153436    站长      6245813         梅川县城关镇北门路30号\n"
    "5     梅川县福源液化气站          樊秋云  女    42118219730906184X    充装工    18727761093     梅川县城关镇北门路33号\n"
)


def _landlines(text):
    return [text[s:e] for k, s, e in found(text, ["landline"])]


def test_a_landline_in_a_column_of_persons_mobiles_is_theirs():
    got = found(_ROSTER, ["landline"])
    assert at(_ROSTER, "landline", "0713-6231457") in got
    assert at(_ROSTER, "landline", "6245813") in got  # a local number in the same column


def test_a_column_of_office_phones_stays_the_units():
    text = _ROSTER.replace("联系电话      ", "单位电话      ")
    assert _landlines(text) == []


def test_a_list_of_units_with_their_lines_finds_no_persons_line():
    text = (
        "梅川县燃气经营企业名录\n"
        "序号  企业名称                    地址                      联系电话\n"
        "1     梅川县顺达燃气有限公司      梅川县城关镇东门街88号    0713-6231457\n"
        "2     梅川县福源液化气站          梅川县城关镇北门路2号     0713-6245813\n"
        "3     梅川县安达燃气有限公司      梅川县横车镇正街6号       0713-6259921\n"
    )
    assert _landlines(text) == []


_WARDS = (
    "特困供养对象花名册\n"
    "序号  姓名    身份证号              照料人        联系电话        居住地址\n"
    "1     柯文斌  421182198503120510    柯志强        13872046615     梅川县城关镇东门街12号\n"
    "2     周玉芬  421182197707042329    县福利院      0713-6231457    梅川县福利院\n"
    "3     汪海涛  421182199111281029    汪小红        15997320184     梅川县横车镇桥头村3组21号\n"
    "4     石德胜  421182196802153436    石磊          18727761093     梅川县城关镇北门路30号\n"
)


def test_a_care_homes_line_as_a_wards_carer_stays_the_homes():
    assert _landlines(_WARDS) == []


def test_a_line_put_through_to_a_desk_stays_the_units():
    text = _ROSTER.replace("0713-6231457    ", "0713-6231457转8 ")
    assert "0713-6231457" not in _landlines(text)
