"""The receiver named after a receiving unit on the same line acts for that unit
(issue 16, privfix16ic, ``servicestaff._RECEIVING_UNIT``), with fixtures of its own."""

import pytest

from .spans import at, found


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


@pytest.mark.parametrize(
    "unit",
    ["接收单位：桐柏县司法局", "接收司法所：月河镇司法所", "接收机构：南阳市救助管理站"],
)
@pytest.mark.parametrize("gap", ["　　", " ", "；"])
def test_the_receiving_units_receiver_is_left_alone(unit, gap):
    text = (
        "登记编号：TBJX20210033\n"
        "姓名：郝春生\n"
        "性别：男\n"
        "家庭联系人：邱立平（兄）\n"
        f"{unit}{gap}接收人：钱晓峰\n"
        "————————\n"
    )
    assert found(text, ["name"]) == [at(text, "name", "郝春生"), at(text, "name", "邱立平")]


@pytest.mark.parametrize(
    "line",
    ["接收人：马桂英\n", "接收方式：家属接回　　接收人：马桂英\n", "接收人：马桂英（妻子）\n"],
)
def test_a_receiver_with_no_unit_before_it_keeps_the_name(line):
    text = "姓名：郝春生\n性别：男\n" + line
    assert _names(text) == ["郝春生", "马桂英"]


@pytest.mark.parametrize("gap", ["    ", "　　", "\t"])
@pytest.mark.parametrize("label", ["报到日期：2025年4月2日", "报到时间：2025-04-02 09:30"])
def test_the_receiver_of_a_reporting_in_is_left_alone(gap, label):
    text = (
        "【登记 3】\n"
        "姓名：邝永福\n"
        "紧急联系人：邝海（父亲）  电话：13611235530\n"
        f"接收人：殷晓岚{gap}{label}\n"
    )
    assert found(text, ["name"]) == [at(text, "name", "邝永福"), at(text, "name", "邝海")]


def test_a_receiver_before_another_label_keeps_the_name():
    text = "姓名：邝永福\n接收人：邝海    与本人关系：父亲\n"
    assert _names(text) == ["邝永福", "邝海"]
