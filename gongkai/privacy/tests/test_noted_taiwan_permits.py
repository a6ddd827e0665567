"""A Taiwan permit's number noted with the document's name in brackets (issue 16)."""

from .spans import at, found


def permits(text):
    return found(text, ["permit"])


def test_number_noted_with_the_documents_name():
    texts = [
        ("母亲姓名\n母亲有效证件号码\n王美惠\n09763521（台湾居民来往大陆通行证）\n", "09763521"),
        ("申请人林冠宇，证件 0961834701(台胞证)，现居厦门。", "0961834701"),
        ("1\t林若溪\t09618347 （台湾居民来往大陆通行证）\t遗失\n", "09618347"),
    ]
    for text, number in texts:
        assert at(text, "permit", number) in permits(text), text


def test_other_numbers_noted_with_other_documents_are_no_taiwan_permits():
    for text in (
        "车辆编号 01234567（车辆通行证），有效期一年。",
        "郭晓燕\n12345678（港澳居民来往内地通行证）\n",
        "原证编号：35028761（出生医学证明）\n",
    ):
        assert permits(text) == [], text
