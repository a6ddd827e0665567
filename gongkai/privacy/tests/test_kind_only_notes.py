"""A number's note of its kind alone ("（座机）") in a column of persons' phones names no
unit (issue 16, privfix18e); a unit's desk in the note still does."""

from .spans import at, found

ROWS = (
    "序号\t学生姓名\t家长姓名\t联系电话\t备注\n"
    "1\t谷雨桐\t谷建军\t13836152207\t\n"
    "2\t尚思琪\t尚海\t5317720（座机）\t\n"
    "3\t甘子轩\t甘立平\t15946613382\t\n"
    "4\t滕乐乐\t滕守业\t0453-6281190(固话)\t\n"
    "5\t柴一诺\t柴文\t18745301276\t\n"
)


def test_kind_only_note_keeps_the_persons_landline():
    got = found(ROWS, ["landline"])
    assert at(ROWS, "landline", "5317720") in got
    assert at(ROWS, "landline", "0453-6281190") in got


def test_unit_desk_note_and_prose_stay_the_units():
    text = ROWS.replace("5317720（座机）", "5317720（单位座机）")
    assert at(text, "landline", "5317720") not in found(text, ["landline"])
    prose = "如需咨询，请致电县教育局基础教育股，电话：0453-6281100（座机）。\n"
    assert at(prose, "landline", "0453-6281100") not in found(prose, ["landline"])
