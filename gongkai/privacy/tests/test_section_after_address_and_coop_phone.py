"""Issue 16: a unit's address with its section after a space ("联系地址：…88号 房地产市场
监管科") is the office's; a cooperative's phone label (合作社电话：) gives the unit's number.
Near misses kept: a person's address with a following word that only starts like a
section (科技园), a person's phone in the record above.
"""

from __future__ import annotations

from .spans import at, found


def test_a_sections_address_after_a_space():
    text = "联系地址：岚山市河西区建设大道88号 不动产登记科\n联系电话：0745-2261031\n"
    assert found(text, ("address",)) == []
    text = "联系地址：岚山市河西区建设大道88号　法规股\n"
    assert found(text, ("address",)) == []


def test_a_persons_address_stays():
    text = "申请人：蒙德福，住址：岚山市河西区幸福小区建设路8号 科技园旁\n"
    assert at(text, "address", "岚山市河西区幸福小区建设路8号") in found(text, ("address",))


def test_a_cooperatives_phone_label():
    text = (
        "借款人：岚山市绿野种植专业合作社（法定代表人 蒙德福）\n"
        "联系电话：13807451234　固定电话：0745 2261937\n"
        "合作社电话：0745-2263015\n"
    )
    got = found(text, ("landline", "mobile"))
    assert at(text, "landline", "0745-2263015") not in got
    assert at(text, "mobile", "13807451234") in got
