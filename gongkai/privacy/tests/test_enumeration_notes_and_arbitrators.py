"""Lists inside a long note in brackets; arbitrators and mediators listed in office."""

from .spans import found, names


def test_a_list_inside_a_long_note():
    text = (
        "经查，申请人邝志豪、甘秀兰等7户（其余4户为覃有福、蓝桂英、韦春来、黎小燕，"
        "均未参加本次调解）与村民小组签订协议。\n"
    )
    got = found(text, ["name"])
    for person in names(text, "覃有福", "蓝桂英", "韦春来", "黎小燕"):
        assert person in got


def test_short_notes_after_each_name_still_read():
    text = "送达：欧春生（家属欧德顺，13800001111）、蓝桂英（家属蓝小燕，13900002222）。\n"
    got = found(text, ["name"])
    for person in names(text, "欧春生", "欧德顺", "蓝桂英", "蓝小燕"):
        assert person in got


def test_arbitrators_and_mediators_act_in_office():
    for text in (
        "仲裁员：覃有福、蓝桂英\n",
        "人民调解员：韦春来、黎小燕\n",
        "人民陪审员：甘秀兰、邝志豪\n",
    ):
        assert found(text, ["name"]) == [], text
