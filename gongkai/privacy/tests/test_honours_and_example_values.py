"""A person named right after a quoted honour (``honours``: “最美导游”X), and a quoted
value that shows how to fill a form (如示例：姓名“X”) which names nobody (issue 16, the
thirty-fifth and thirty-seventh held-out batches' classes, with fixtures of their own)."""

from .spans import found, names


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


def test_persons_after_their_quoted_honours():
    text = (
        "会上表彰了“最美乡村教师”覃秀英、“优秀志愿者”黎晓峰，并为“三八红旗手”顾丽萍（城关镇）颁奖。"
    )
    assert found(text, ["name"]) == names(text, "覃秀英", "黎晓峰", "顾丽萍")


def test_quoted_titles_before_other_words_give_nothing():
    text = "开展“最美家庭”评选和“优秀党员”称号授予工作，推进“放管服”改革，评出“文明户”若干。"
    assert _names(text) == []


def test_example_values_of_a_form_name_nobody():
    for lead in ("如示例：", "例如：", "填写示范："):
        text = f"“申请人”栏请填写真实姓名，{lead}姓名“李明华”，联系电话“139××××××××”。"
        assert _names(text) == [], lead


def test_a_quoted_name_corrected_is_still_found():
    text = "经核实，将户主姓名由“候丽娟”更正为“侯丽娟”。"
    assert _names(text) == ["候丽娟", "侯丽娟"]
