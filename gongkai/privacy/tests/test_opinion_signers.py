"""Issue 16 (privfix27c): the class teacher or a group's head signing an office's opinion on
a form ("辅导员意见：属实。签字：X") acts in office. Near miss: the applicant's or a parent's
own opinion keeps its signer."""

from __future__ import annotations

from .spans import found, names


def test_an_offices_opinion_signer():
    text = (
        "学生姓名：阿依古丽·热合曼\n"
        "辅导员意见：经核实，情况属实。签字：努尔兰·沙布尔\n"
        "学院评议小组意见：同意。签名：吐尔洪·阿吉\n"
    )
    assert found(text, ("name",)) == names(text, "阿依古丽·热合曼")


def test_a_parents_opinion_keeps_the_signer():
    text = "学生姓名：阿依古丽·热合曼\n监护人意见：所填属实。签字：热合曼·卡德尔\n"
    assert found(text, ("name",)) == names(text, "阿依古丽·热合曼", "热合曼·卡德尔")
