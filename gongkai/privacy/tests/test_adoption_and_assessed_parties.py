"""The parties of an adoption (送养人, 收养人) and who an assessment is about (被鉴定人)."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("3．被鉴定人邱桂芬，身份证号码略，用人单位某县化肥厂。", "邱桂芬"),
        ("被鉴定人：韩志军\n鉴定结论：部分丧失劳动能力", "韩志军"),
        ("送养人欧阳秀（生父），联系电话略。", "欧阳秀"),
        ("收养人：祁永福、满桂香夫妇，住某村。", "祁永福"),
        ("被收养人 甘小雨，女，2019年生。", "甘小雨"),
        ("被评估人：葛春娥　评估等级：中度失能", "葛春娥"),
    ],
)
def test_party_after_label_is_a_name(text, name):
    assert at(text, "name", name) in found(text, ["name"])


@pytest.mark.parametrize(
    "text",
    [
        "收养人应当同时具备下列条件：无子女或者只有一名子女。",
        "送养人可以是孤儿的监护人、儿童福利机构。",
        "被鉴定人对鉴定结论不服的，可以申请再次鉴定。",
        "鉴定人员：市劳动能力鉴定委员会专家组。",
    ],
)
def test_rule_wording_has_no_name(text):
    assert found(text, ["name"]) == []
