"""A keeper noted by an office's own department, "X（值班室）", keeps a site for the unit
(privfix20c, deskdepartments); a household's keeper noted by standing stays private."""

from .spans import found, names


def _stacked(rows):
    head = ["序号", "设备编号", "设置地点", "产权单位（户主）", "看护人", "联系电话"]
    return "\n".join(head + [c for r in rows for c in r]) + "\n"


def test_unit_departments_dropped_households_kept():
    text = _stacked(
        [
            ["1", "SB-01", "县档案馆楼顶", "县档案馆", "郜明辉（办公室）", "0718-7262111"],
            ["2", "SB-02", "县职业中学楼顶", "县职业中学", "冼国强（后勤处）", "0718-7262112"],
            ["3", "SB-03", "石桥镇河湾村5组8号（民房）", "庹德友", "庹德友（房东）", "13907215561"],
            ["4", "SB-04", "县自来水厂", "县自来水厂", "糜志军（厂区值班）", "0718-7262113"],
        ]
    )
    got = found(text, {"name"})
    assert names(text, "郜明辉")[0] not in got
    assert names(text, "冼国强")[0] not in got
    assert names(text, "糜志军")[0] not in got
    keeper = text.index("庹德友（房东）")
    assert ("name", keeper, keeper + 3) in got


def test_a_department_inside_prose_or_a_patient_s_ward_is_no_desk():
    text = "1\t阚秀英（内科）\t13907215561\n2\t滕小兵（三年级）\t13907215562\n"
    got = found(text, {"name"})
    assert names(text, "阚秀英")[0] in got
