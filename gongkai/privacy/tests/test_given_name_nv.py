"""A given name ending in 女 (存女, 改女) is whole after its label's sign."""

from .spans import at, found


def test_name_ending_in_nv_after_a_label():
    text = "1. 姓名：郝改女　　性别：女　　1962年生\n申请人：田招女，住本村。\n"
    got = found(text, ["name"])
    assert at(text, "name", "郝改女") in got
    assert at(text, "name", "田招女") in got


def test_a_name_and_sex_written_together_are_not_joined_without_a_sign():
    text = "　　村民黄建国女儿出嫁。\n"
    assert at(text, "name", "黄建国女") not in found(text, ["name"])
