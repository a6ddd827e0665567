"""A household named by its village group in running text ("牛角湾组X家", "7组X反映");
an office's team (工作组, 纪检组, 专家组) and a group's officers (组长) are no household."""

from .spans import found, names


def test_households_after_a_village_group_with_various_followers():
    text = (
        "二、住房安全。牛角湾组郝惠霞家土坯房后墙开裂；松树下组叶秋根老人独居；"
        "水口组郝彬反映承包地租金未付；7组韦永才的房屋已纳入改造；"
        "上坪组欧阳春华（低保户）申请临时救助；三组蒋丽、五组唐国平两户已搬迁。"
    )
    got = found(text, ["name"])
    assert got == names(text, "郝惠霞", "叶秋根", "郝彬", "韦永才", "欧阳春华", "蒋丽", "唐国平")


def test_near_misses_an_offices_team_and_a_groups_officers():
    text = (
        "县纪委监委派驻纪检组周建国反映的问题已转办；驻村工作组刘志强的走访记录附后；"
        "评审专家组王丽华的意见为通过；水口组组长李明家负责联络；"
        "村民小组召开会议，各组户主参加，本组的耕地已确权。"
    )
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    for word in ("周建国", "刘志强", "王丽华", "长李明", "组户主"):
        assert word not in got


def test_persons_named_by_their_number_in_a_list():
    text = (
        "1. 候补第1号 朱承泽，监护人（父亲）联系方式另行通知；\n"
        "2.摇号第12号　贺芮希；已放弃\n"
        "经复核，第7号司马俊、第15号姚萱（放弃）不再递补。\n"
    )
    assert found(text, ["name"]) == names(text, "朱承泽", "贺芮希", "司马俊", "姚萱")


def test_near_misses_numbered_things_that_are_no_persons():
    text = "第3号楼、第12号地块、第5号文件（渭政办发）已作废，第6号院西墙；第2号公告，第8号展位。\n"
    assert found(text, ["name"]) == []
