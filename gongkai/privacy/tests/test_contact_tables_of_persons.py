"""A contact column beside a unit's own phone or a contact's home is a person's (unitheaders)."""

from gongkai.privacy import scan_html
from gongkai.privacy.tables import UNIT_HEADERS
from gongkai.privacy.unitheaders import units_contacts

from .spans import found, names


def test_home_phone_column_beside_a_units_column():
    text = (
        "| 所在单位 | 联系人 | 住宅电话 | 单位电话 |\n"
        "|---|---|---|---|\n"
        "| 某养殖场 | 温桂香 | 0593-1234567 | 0593-1230000 |\n"
        "| 某民宿 | 邱德旺 | 0593-1234568 | 0593-1230001 |\n"
    )
    assert found(text, ["name"]) == names(text, "温桂香", "邱德旺")


def test_a_units_own_phone_column_names_no_unit():
    assert not units_contacts(["乡镇", "联系人", "手机", "所在单位电话"], UNIT_HEADERS)
    assert not units_contacts(["单位地址", "联系人", "电话"], UNIT_HEADERS)
    assert units_contacts(["单位名称", "联系人", "联系电话"], UNIT_HEADERS)
    assert not units_contacts(["单位名称", "联系人", "家庭电话"], UNIT_HEADERS)


def test_home_phone_column_makes_contacts_persons_in_html():
    html = (
        "<table><tr><th>责任单位</th><th>联系人</th><th>家庭电话</th></tr>"
        "<tr><td>某水库管理站</td><td>詹阿妹</td><td>0593-7654321</td></tr>"
        "<tr><td>某镇中心小学</td><td>校办</td><td>—</td></tr></table>"
    )
    got = [html[f.start : f.end] for f in scan_html(html) if f.type == "name"]
    assert got == ["詹阿妹"]


def test_units_contacts_stay_officials():
    text = (
        "| 单位名称 | 联系人 | 联系电话 |\n"
        "|---|---|---|\n"
        "| 县应急管理局 | 温桂香 | 0593-1234567 |\n"
        "| 县水利局 | 邱德旺 | 0593-1234568 |\n"
    )
    assert found(text, ["name"]) == []
