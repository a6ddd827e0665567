"""Issue 16, the forty-sixth held-out batch: a writer naming themself in a letter or a
message's summary ("我是X，…", "我叫X，今年71岁", "本人名叫X。")."""

from __future__ import annotations

from .spans import at, found


def _names(text):
    return [text[s:e] for k, s, e in found(text, ["name"])]


def test_writers_introducing_themselves():
    cases = (
        ("来信摘要：我是邹大勇，在外地工作，父母住本小区。", "邹大勇"),
        ("留言：我叫韩桂兰，今年68岁，独居。", "韩桂兰"),
        ("本人名叫罗建军。现反映如下问题：", "罗建军"),
        ("您好！我的名字叫宋秀珍，是三楼住户。", "宋秀珍"),
    )
    for text, name in cases:
        assert at(text, "name", name) in found(text, ["name"]), text


def test_a_writer_introducing_a_role_is_no_name():
    text = (
        "我是租户，楼道灯坏了。我是本楼业主。我是房东，我是车主。"
        "我是志愿者，我是退休职工，我是残疾人。我是党员。"
    )
    assert _names(text) == []
