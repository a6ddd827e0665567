"""Households listed by their heads with a head count ("受威胁对象：X家4人、Y家3人") give each
head as a name (householdcounts); one such item alone, a place's 张家 and a family's 全家
are left alone."""

from .spans import found, names


def test_heads_of_households_listed_with_their_counts():
    text = (
        "险情地点：某镇七里村4组屋后边坡\n"
        "受威胁对象：扈长明家4人、滕家福家3人、阙玉兰家2口，共3户9人\n"
        "报告人：滕家福，电话13908144012\n"
    )
    assert found(text, ["name"]) == names(text, "扈长明", "滕家福", "阙玉兰", "滕家福")


def test_near_miss_one_item_places_and_whole_families():
    text = (
        "受威胁对象：扈长明家4人\n转移地点：张家3组、李家湾，全家5口已转移，联系电话13908144012\n"
    )
    assert found(text, ["name"]) == []
