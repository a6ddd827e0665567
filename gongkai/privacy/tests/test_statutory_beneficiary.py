"""A beneficiary "by law" (法定) in an insurance list's 受益人 column is nobody's name:
the insured person's statutory heirs, not a person called 法定 (privfix16je)."""

from .spans import found, names

CSV = (
    "序号,被保险人姓名,性别,参赛队伍,身故受益人,备注\n"
    "1,岑国梁,男,东关街道队,法定,领队\n"
    "2,祁月娥,女,东关街道队,法定,\n"
    "3,晏振东,男,西关街道队,晏小荷（女儿）,\n"
)

PIPE = (
    "| 序号 | 姓名 | 受益人 | 保额（元） |\n"
    "|---|---|---|---|\n"
    "| 1 | 伍志坚 | 法定继承人 | 100000 |\n"
    "| 2 | 宁翠屏 | 法定 | 100000 |\n"
    "| 3 | 甄卫东 | 甄蓓 | 100000 |\n"
)


def test_statutory_beneficiary_in_a_csv_is_no_name():
    assert found(CSV, ["name"]) == names(CSV, "岑国梁", "祁月娥", "晏振东", "晏小荷")


def test_statutory_heirs_in_a_pipe_table_are_no_name():
    assert found(PIPE, ["name"]) == names(PIPE, "伍志坚", "宁翠屏", "甄卫东", "甄蓓")


def test_legal_representative_header_keeps_its_person():
    text = "序号\t经营者名称\t法定代表人\t联系电话\n1\t城南区宏福小吃店（个体工商户）\t司徒兰\t13905512876\n"
    assert ("name", text.index("司徒兰"), text.index("司徒兰") + 3) in found(text, ["name"])
