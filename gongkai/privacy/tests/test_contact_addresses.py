"""Addresses settled by whose contact details they are (``contactaddresses``).

Fixtures written for the rules: a private role's registered contact address after a
bare 地址 label (with or without an estate, in brackets, in key-value lines); near
misses: a respondent's address (被投诉人), a unit's 单位地址, an office's address in a
public service building, a bare street without a house number.
"""

from .spans import at, found

ADDR = ["address"]


def test_complainants_registered_address_after_a_bare_label():
    text = (
        "何春燕女士：\n"
        "　　您的来信已收悉。（投诉人登记联系方式：地址 衡阳市雁峰区白沙洲街道湘江南路118号；"
        "电话 0734-8412265）\n"
        "　　举报人联系信息：地址：株洲市芦淞区建设中路7号银都大厦2栋1605室，邮箱 hcy77@163.com\n"
        "来信人通讯信息　地址 益阳市赫山区桃花仑东路33号\n"
    )
    assert found(text, ADDR) == [
        at(text, "address", "衡阳市雁峰区白沙洲街道湘江南路118号"),
        at(text, "address", "株洲市芦淞区建设中路7号银都大厦2栋1605室"),
        at(text, "address", "益阳市赫山区桃花仑东路33号"),
    ]


def test_respondents_and_units_addresses_stay_clean():
    text = (
        "被投诉人：衡阳湘南旅行社有限公司，被投诉人地址：衡阳市雁峰区先锋路20号；\n"
        "申请人工作单位地址：衡阳市蒸湘区解放大道16号。\n"
        "投诉人反映地址不详的门店（湘江南路）存在问题。\n"
        "投诉人：衡阳市雁城物业服务有限公司，地址：衡阳市雁峰区湘江南路200号\n"
        "申请人：衡阳湘味食品有限公司　申请人地址：衡阳市蒸湘区长丰大道18号\n"
    )
    assert found(text, ADDR) == []


def test_office_in_a_public_service_building_is_not_a_household():
    text = (
        "　　联系地址：衡阳市石鼓区人民路66号市民之家3楼（邮编421000）\n"
        "　　通讯地址：衡阳市珠晖区东风路9号政务服务中心二楼\n"
        "　　家住衡阳市珠晖区东风路19号金桂小区5栋301室。\n"
    )
    assert found(text, ADDR) == [at(text, "address", "衡阳市珠晖区东风路19号金桂小区5栋301室")]
