"""Records exported one field a line under a declared list of fields (issue 16)."""

from gongkai.privacy.tests.spans import found, names


def _names(text):
    return found(text, ["name"])


def test_person_field_of_every_record_under_a_slash_list():
    text = (
        "临时救助发放记录（系统导出）\n"
        "字段：序号 / 受助人 / 住址 / 金额 / 经办单位\n"
        "----\n"
        "1\n韩秋菊\n城关镇东风路12号\n1500\n城关镇民政办\n"
        "----\n"
        "2\n谷雨\n白沙乡青石村4组6号\n800\n白沙乡民政办\n"
        "----\n"
    )
    assert _names(text) == names(text, "韩秋菊", "谷雨")


def test_blank_lines_part_records_under_a_list_with_commas():
    text = (
        "字段顺序：编号、申请人、联系电话、办理结果\n\n"
        "YS-01\n努尔古丽·买买提\n13907381234\n予以公开\n\n"
        "YS-02\n邝德明\n0738-6612345\n不予公开\n"
    )
    got = _names(text)
    for span in names(text, "努尔古丽·买买提", "邝德明"):
        assert span in got


def test_records_of_another_length_and_unit_fields_left_alone():
    text = (
        "字段：编号 / 单位名称 / 联系电话\n"
        "—\n"
        "D-01\n县人民医院\n0738-6812345\n"
        "—\n"
        "字段：编号 / 姓名 / 电话 / 备注\n"
        "—\n"
        "E-07\n同上\n0738-6811111\n无\n"
        "—\n"
        "E-08\n已核实\n无\n"
        "—\n"
    )
    assert _names(text) == []
