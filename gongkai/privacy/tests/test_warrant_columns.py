"""A table of persons with their official warrants' numbers names officers (privfix20c,
warrantcolumns); one with a licence's number names private persons."""

from .spans import found, names


def test_officers_beside_warrant_numbers_dropped():
    text = "表3　执法检查人员\n\n姓名\t单位\t执法证号\n庹明辉\t某县统计局\t32070723005\n阚丽\t某县统计局\t32070723011\n"
    assert found(text, {"name"}) == []


def test_licence_holders_kept():
    text = "姓名\t单位\t资格证号\n庹明辉\t某县统计局\t32070723005\n阚丽\t某县统计局\t32070723011\n"
    assert found(text, {"name"}) == names(text, "庹明辉", "阚丽")
