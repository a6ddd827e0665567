"""Issue 16 (twenty-fourth held-out batch): a building and room after a residential
estate's name without an estate word (华庭, 锦园, 人才公寓) is a household's flat, in a
tab table, a CSV row, a label's value and prose; a building in a park of firms, a
kindergarten, a government compound or a service centre is not.
"""

from __future__ import annotations

from .spans import at, found


def test_flats_in_named_estates_in_a_tab_table():
    text = (
        "序号\t申请人\t身份证号码\t配租房源\t月租金（元）\n"
        "1\t阮宇\t330482198708247914\t东栅人才公寓9幢1404室\t347\n"
        "2\t苗志琳\t522121195110094508\t秀水华庭14幢1701室\t337\n"
        "3\t申宇\t330402196307044103\t文昌锦园15幢1404室\t470\n"
    )
    assert found(text, ["address"]) == [
        at(text, "address", "东栅人才公寓9幢1404室"),
        at(text, "address", "秀水华庭14幢1701室"),
        at(text, "address", "文昌锦园15幢1404室"),
    ]


def test_a_street_before_the_estate_and_other_layouts():
    text = (
        "房屋所有权人,房屋坐落,退还金额\n"
        "仰英,长水街道秀水华庭9幢105室,1935.09\n"
        "户籍地址：城南区碧桂府3幢2单元601室\n"
        "该户现租住于丽景轩12栋503室，由社区代为联系。\n"
    )
    assert found(text, ["address"]) == [
        at(text, "address", "长水街道秀水华庭9幢105室"),
        at(text, "address", "城南区碧桂府3幢2单元601室"),
        at(text, "address", "丽景轩12栋503室"),
    ]


def test_buildings_of_firms_schools_and_offices_stay_clean():
    text = (
        "办公地点：东禾科技园3幢201室\n"
        "中心幼儿园3幢201室已完成改造。\n"
        "地址：区政府3号楼201室，电话0573-82069132\n"
        "受理地点：东禾区行政服务中心2幢105室\n"
        "项目位于东禾软件园5幢302室。\n"
    )
    assert found(text, ["address"]) == []
