"""A person named by their relative, and a header read by its note (issue 16, privfix17d).

Invented cases, none from the held-out documents. ``kinof``: "X的丈夫（姓名不详）" in a
register's cell or a clause names X; a household ("张家的儿子"), a post ("老师的儿子") or
a clause's later words ("这是我们的儿子") are no names. ``tables``: a header of no kind of
its own whose note names a person's role ("车主（所有人）", "渔船（使用人）") reads its
column's name-shaped cells as persons; a header whose note names none ("金额（元）") not.
"""

import pytest

from .spans import found, names

FOUND = [
    ("被举报人：庞秋菊的丈夫（姓名不详）", ["庞秋菊"]),
    ("据群众反映，庞秋菊的丈夫在湖边放置地笼。", ["庞秋菊"]),
    ("序号\t举报人\t被举报人\n1\t钟建设\t黎晓红的儿子\n", ["钟建设", "黎晓红"]),
]
NOT_FOUND = ["据反映，张家的儿子在湖边捕鱼。", "据反映，老师的儿子在湖边。", "这是我们的儿子。"]


@pytest.mark.parametrize("text,pieces", FOUND)
def test_kin_of_name_found(text, pieces):
    assert found(text, ["name"]) == names(text, *pieces)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_kin_of_no_name(text):
    assert found(text, ["name"]) == []


def test_header_read_by_its_note():
    text = (
        '"序号","船名号","船主（所有人）","身份证号码","补助金额（元）"\n'
        '"1","湘渔01001","何平","320623197207165712","3200"\n'
        '"2","湘渔01002","陈敏","320623195906193537","4100"\n'
    )
    assert found(text, ["name"]) == names(text, "何平", "陈敏")
