"""Seven or eight digits in a column headed 联系方式 (phones and mailboxes mixed) are a
person's local landline, in tab, pipe and quoted CSV tables; other columns' numbers and
units' rows stay clean."""

from .spans import at, found

TAB = (
    "序号\t户主\t人口\t联系方式\t备注\n"
    "1\t谭振国\t4\t13807351234\t\n"
    "2\t卓玉兰\t3\t6613045\t\n"
    "3\t欧阳德\t2\tode_1960@163.com\t外出务工\n"
)
PIPE = (
    "| 序号 | 姓名 | 家庭联系方式 | 档案编号 |\n"
    "| --- | --- | --- | --- |\n"
    "| 1 | 谭振国 | 82716630 | 5530218 |\n"
)
CSV = (
    '"序号","户主姓名","应缴(元)","联系方式"\n'
    '"1","谭振国","60","13807351234"\n'
    '"2","卓玉兰","2400000","5529031"\n'
)


def test_local_numbers_in_contact_way_columns():
    assert at(TAB, "landline", "6613045") in found(TAB, ["landline"])
    assert found(PIPE, ["landline"]) == [at(PIPE, "landline", "82716630")]
    assert found(CSV, ["landline"]) == [at(CSV, "landline", "5529031")]


def test_other_columns_stay_clean():
    got = found(PIPE + CSV)
    assert ("landline",) + at(PIPE, "landline", "5530218")[1:] not in got
    assert all(CSV[s:e] != "2400000" for _, s, e in got)


def test_units_contact_way_stays_clean():
    text = (
        "序号\t单位名称\t联系方式\n1\t南岭县白沙镇人民政府\t6612345\n2\t南岭县农业农村局\t6623456\n"
    )
    assert found(text, ["landline"]) == []
