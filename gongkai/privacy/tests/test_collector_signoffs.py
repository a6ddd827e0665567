"""The collector and the checker on a record's sign-off line (``collectorsignoffs``,
privfix26d): the office's staff; a collector with their own mobile, or a 采集人 alone on its
line, keeps the name."""

from gongkai.privacy.tests.spans import at, found, rid

_ID = rid("43052119680914371")


def test_key_value_records_closed_by_collector_and_checker():
    text = (
        "某县优抚对象信息入户采集表\n\n"
        "【第1户】\n"
        "姓名：邓国强\n"
        f"公民身份号码：{_ID}\n"
        "联系电话：13974512068\n"
        "采集人：邝丽芳　　核验人：戴文斌\n\n"
        "【第2户】\n"
        "姓名：欧阳秀英\n"
        f"公民身份号码：{rid('43052119550203282')}\n"
        "采集员：尹晓玲　复核人：戴文斌\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "邓国强") in got
    assert at(text, "name", "欧阳秀英") in got
    assert at(text, "name", "邝丽芳") not in got
    assert at(text, "name", "尹晓玲") not in got


def test_collector_with_own_mobile_or_alone_keeps_the_name():
    text = (
        "姓名：廖春生\n"
        f"身份证号：{_ID}\n"
        "采集人：廖春生　　联系电话：13807316254　　审核人：万志红\n"
        "\n备注：本户由社区志愿者协助填写。\n"
        "采集人：潘美玲\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "廖春生") in got
    assert at(text, "name", "廖春生", text.index("采集人")) in got
