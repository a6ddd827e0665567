"""A relative written as its own cell, the kin word glued to the name (kincells)."""

from .spans import found, names


def test_relatives_cells_on_persons_lines():
    text = (
        "紧急联系人：\n"
        "欧春生　妻蓝秀英　13800001111\n"
        "覃有福\t母亲黎桂花\t某县某镇某村3组6号\n"
        "韦大伟  兄韦大明  0771-5551234\n"
    )
    got = found(text, ["name"])
    for person in names(text, "蓝秀英", "黎桂花", "韦大明"):
        assert person in got


def test_kin_words_in_prose_and_headings_stay_out():
    text = "　父母健在 家中务农\n家庭成员　子女上学　情况良好\n"
    assert found(text, ["name"]) == []
