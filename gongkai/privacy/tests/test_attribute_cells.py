"""Cells under a column of a person's attribute (界别, 党派, 民族, 涉及条款 …) are no names
(attributecells), in delimited rows of any separator and in HTML; the persons beside them
stay found."""

import pytest

from gongkai.privacy.markup import scan_html

from .spans import at, found, rid

ID1, ID2 = rid("33068719840322134"), rid("33068619770102699")


@pytest.mark.parametrize("sep", ["\t", " | ", ","])
@pytest.mark.parametrize(
    ("head", "first", "second"),
    [
        ("界别", "农业界", "农工党"),
        ("所属党派", "农工党", "民进"),
        ("涉及条款", "第五条", "第十二条"),
    ],
)
def test_attribute_cells_beside_persons_are_no_names(sep, head, first, second):
    rows = [
        ("序号", "姓名", head, "身份证号码", "补助金额"),
        ("1", "段国洋", first, ID1, "600"),
        ("2", "宁雪梅", second, ID2, "450"),
    ]
    text = "委员调研补助发放表\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    got = found(text, ["name"])
    assert at(text, "name", "段国洋") in got
    assert at(text, "name", "宁雪梅") in got
    assert at(text, "name", first) not in got
    assert at(text, "name", second) not in got


def test_an_attribute_column_in_html_under_a_header_on_two_rows():
    html = (
        "<table><tr><th rowspan='2'>序号</th><th colspan='2'>意见提出人</th>"
        "<th rowspan='2'>涉及条款</th><th rowspan='2'>意见</th></tr>"
        "<tr><th>姓名</th><th>联系方式</th></tr>"
        "<tr><td>1</td><td>郭新珩</td><td>13907315562</td><td>第五条</td><td>建议降低下限</td></tr>"
        "<tr><td>2</td><td>宁雪梅</td><td>15807316618</td><td>第五条</td><td>建议删除</td></tr>"
        "</table>"
    )
    got = [html[f.start : f.end] for f in scan_html(html, allow=[]) if f.type == "name"]
    assert "郭新珩" in got and "宁雪梅" in got
    assert "第五条" not in got


def test_a_person_alone_on_its_line_is_not_dropped_by_an_attribute_above():
    text = "姓名\n民族\n身份证号码\n龙秀英\n苗族\n" + ID1 + "\n"
    got = found(text, ["name"])
    assert at(text, "name", "龙秀英") in got
