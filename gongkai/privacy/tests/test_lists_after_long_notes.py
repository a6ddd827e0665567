"""A 、 list goes on after a name whose note holds commas (a home, a relative's phone)."""

from .spans import found, names


def test_list_after_a_long_note_with_commas():
    text = (
        "（三）东门社区：霍长青（家住某县城关镇东门路5号2单元301室，子女在外地，"
        "儿子霍斌电话略）、邝秀英、温德明、柏玉芝。"
    )
    assert found(text, ["name"]) == names(text, "霍长青", "霍斌", "邝秀英", "温德明", "柏玉芝")


def test_list_after_a_note_in_parentheses():
    text = "名单：霍长青(独居，耳背，由邻居代为联系)、邝秀英、温德明。"
    assert found(text, ["name"]) == names(text, "霍长青", "邝秀英", "温德明")


def test_list_inside_a_long_note_still_found():
    text = "附件：名单（组长：某某局副局长，专家：邝秀英、温德明，联络员：办公室）"
    assert found(text, ["name"]) == names(text, "邝秀英", "温德明")


def test_units_after_a_long_note_are_no_names():
    text = "参加单位：县水利局（牵头，负责协调，组织现场勘验）、县应急管理局、县公安局。"
    assert found(text, ["name"]) == []
