"""A house number followed by its floor and door ("229号6-1"), and the address on a
notice's own contact line (issue 16, the sixteenth held-out batch's classes, with
fixtures of their own)."""

import pytest

from .spans import at, found


@pytest.mark.parametrize(
    "address",
    [
        "南岸区南坪街道长江路118号7-2",
        "渝北区龙溪街道松石大道66号附3号12-4",
        "江津区几江街道大同路9号3-1",
    ],
)
def test_a_floor_and_door_after_a_house_number_are_part_of_the_home(address):
    text = f"1．户主：邝德明；原登记住址：{address}；原登记电话：13908120001\n"
    assert at(text, "address", address) in found(text, ["address"])


def test_a_number_range_after_a_house_number_is_not_taken():
    text = "1．户主：邝德明；住址：长江路118号；楼层：7-2号楼\n"
    assert all(text[s:e] != "长江路118号7-2" for _k, s, e in found(text, ["address"]))


@pytest.mark.parametrize(
    "line",
    [
        "　　电话：023-48652130　地址：綦江区古南街道陵园路88号服务大厅B座205室\n",
        "　　联系电话：0871-6534218，地址：呈贡区春城路22号档案馆3楼302室。\n",
    ],
)
def test_the_address_on_a_notices_own_contact_line_is_the_offices(line):
    text = "　　公示期内如有异议，请书面反映。\n" + line
    assert found(text, ["address", "landline"]) == []


def test_a_persons_address_beside_their_phone_stays_theirs():
    text = "　　申请人：贺春生\n　　联系电话：0871-6534218　住址：呈贡区春城路22号5栋2单元302室\n"
    got = found(text, ["address"])
    assert at(text, "address", "呈贡区春城路22号5栋2单元302室") in got
