"""A place in a site's grid is no home address (``siteplaces``)."""

from __future__ import annotations

from gongkai.privacy import scan_text


def _found(text: str, kind: str) -> list[str]:
    return [f.text for f in scan_text(text, allow=[]) if f.type == kind]


_GRID_TSV = (
    "序号\t姓名\t身份证号\t存放位置\t家庭住址\n"
    "1\t龚玉梅\t320102198001020026\tB区14排11号\t江宁区秣陵街道将军大道88号\n"
    "2\t严志刚\t320102197512300031\tA区2列5位\t柏各庄镇青坨营村中街2排6号\n"
)


def test_grid_place_is_no_address_but_village_row_number_is():
    addresses = _found(_GRID_TSV, "address")
    assert "B区14排11号" not in addresses and "A区2列5位" not in addresses
    assert "柏各庄镇青坨营村中街2排6号" in addresses


def test_building_flat_stays_an_address():
    text = "序号\t姓名\t住址\n1\t龚玉梅\t2栋3单元202室\n2\t严志刚\t5栋1单元501室\n"
    assert _found(text, "address") == ["2栋3单元202室", "5栋1单元501室"]


def test_grid_place_in_prose_record():
    text = "经办人登记：逝者韦金元，骨灰存放于C区7排3号，家属住址：大桥镇白鹤村8组5号。"
    addresses = _found(text, "address")
    assert "C区7排3号" not in addresses
    assert "大桥镇白鹤村8组5号" in addresses
