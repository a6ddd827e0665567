"""A line break (<br>) in a Markdown table's cell parts the persons in it."""

from .spans import found, missing_names


def test_persons_on_both_sides_of_a_break():
    text = (
        "| 户号 | 户主 | 家庭成员 |\n"
        "|---|---|---|\n"
        "| 0301 | 祁永和 | 祁永和、邵桂芬<br>祁明远<br/>祁思琪 |\n"
    )
    assert missing_names(text, "邵桂芬", "祁明远", "祁思琪") == []


def test_break_in_a_cell_of_words_leaves_no_person():
    text = "| 序号 | 事项 |\n|---|---|\n| 1 | 道路硬化<br>路灯安装 |\n"
    assert found(text, ["name"]) == []
