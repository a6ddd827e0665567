"""A landline in an office's reply paragraph (答复（…）：…联系电话：0xxx-…) is the office's; the
caller's own numbers in the order's fields and a home's number in the reply stay private
(privfix26c, replylines)."""

from .spans import at, found

ORDER = (
    "工单编号：QC12345202403110057\n"
    "来电人：蒋明芳　来电号码：13909176254\n"
    "诉求内容：村口采石场夜间放炮，震裂房屋，家中座机0917-4420518无人接听时请打手机。\n"
    "答复（2024-03-15，青川县自然资源局执法监察大队）：经核实，该采石场已停产整改；"
    "已电话联系蒋明芳本人说明情况。联系电话：0917-4431206。\n"
)


def test_the_replying_offices_landline():
    got = found(ORDER, {"landline", "mobile", "name"})
    assert at(ORDER, "landline", "0917-4431206") not in got
    assert at(ORDER, "landline", "0917-4420518") in got
    assert at(ORDER, "mobile", "13909176254") in got


def test_a_home_number_in_a_reply_stays():
    text = (
        "来电人：蒋明芳　来电号码：13909176254\n"
        "回复：经核实，来电人家庭电话0917-4420518已登记，将安排入户核查。\n"
    )
    assert at(text, "landline", "0917-4420518") in found(text, {"landline"})
