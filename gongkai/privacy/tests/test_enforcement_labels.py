"""Parties of an enforcement case (申请执行人, 被执行人) as labels of persons (issue 16)."""

from .spans import at, found


def person_names(text):
    return found(text, ["name"])


def test_enforcement_parties():
    cases = [
        ("未履行金额：人民币19900元（申请执行人蔚志成）。", "蔚志成"),
        ("被执行人：王建国，男，1980年出生，住某村。", "王建国"),
        ("申请执行人:欧阳丽华；执行标的：8000元", "欧阳丽华"),
    ]
    for text, name in cases:
        assert at(text, "name", name) in person_names(text), text


def test_enforcement_near_misses():
    for text in (
        "被执行人：澧川县某某建材有限公司",
        "申请执行人与被执行人达成和解协议。",
        "申请执行人应当在判决生效后二年内申请执行。",
    ):
        assert person_names(text) == [], text
