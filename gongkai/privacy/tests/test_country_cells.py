"""Issue 16, the forty-sixth held-out batch: a country in a 国籍 column (韩国, 伊朗, 泰国)
looks like a surname and a given name's character but names nobody."""

from __future__ import annotations

from .spans import at, found


def test_countries_in_a_nationality_column_are_no_names():
    text = (
        "序号\t承租人\t国籍\t联系电话\n"
        "1\t朴志勋\t韩国\t13912340001\n"
        "2\t阿里\t伊朗\t13912340002\n"
        "3\t颂猜\t泰国\t13912340003\n"
        "4\t宋秀珍\t中国\t13912340004\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "宋秀珍") in got
    names = {text[s:e] for k, s, e in got}
    assert not names & {"韩国", "伊朗", "泰国", "中国"}
