"""Quoted display names in a mail header, of surnames on no list (mailnames)."""

from .spans import at, found, names


def test_quoted_names_of_no_known_surname_among_persons():
    text = (
        '收件人: "王春燕" <wcy1988@163.com>; "扎西顿珠" <zxdz@qq.com>; '
        '"李海涛" <lht@126.com>; "格桑" <gesang_88@163.com>\n'
    )
    assert found(text, ["name"]) == names(text, "王春燕", "扎西顿珠", "李海涛", "格桑")


def test_unit_display_names_and_lone_quotes_stay_out():
    text = (
        'To: "王春燕" <wcy1988@163.com>; "李海涛" <lht@126.com>; "值班室" <zbs@163.com>\n'
        '抄送: "扎西顿珠" <zxdz@qq.com>\n'
    )
    assert found(text, ["name"]) == names(text, "王春燕", "李海涛")


def test_display_names_of_todays_given_names():
    text = (
        "收件人（3人）：\n"
        "    夏若曦 <bluesky1973@example.com>；\n"
        "    钱可欣 <happy.home1337@example.com>；\n"
        "    于是乎 <yushihu@example.com>；\n"
        '发件人："巫若磊" <chen_min23@example.com>\n'
        "抄送：文学社 <wxs@example.com>; 万达广场 <wd@example.com>\n"
    )
    got = found(text, ["name"])
    for piece in ("夏若曦", "钱可欣", "巫若磊"):
        assert at(text, "name", piece) in got, piece
    for piece in ("于是乎", "文学社", "万达广场"):
        assert at(text, "name", piece) not in got, piece
