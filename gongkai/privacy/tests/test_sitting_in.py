"""Persons who sit in on a meeting (列席) noted by their organ or company attend in that
role and are no finding; one noted as an owner or resident, or without a note, stays a
private person (benchmarks/privacy_heldout/README.md, the 列席 decision of privfix18g;
enumerations._SITTING_IN)."""

import pytest

from .spans import found


def names(text):
    return [text[s:e] for _t, s, e in found(text, {"name"})]


@pytest.mark.parametrize(
    "text",
    [
        "业主大会筹备会议纪要\n列席人员：钱卫东（白沙街道城建办）、孔丽（县住建局）、"
        "冯国强（江城设计咨询有限公司工程师）\n",
        "列席：钱卫东（县财政局）、孔丽（平安社区居委会）\n",
        "列席单位人员：钱卫东（县自然资源局）、孔丽（中铁某局集团项目部经理）\n",
    ],
)
def test_sitting_in_noted_by_an_organ_or_company_is_no_name(text):
    assert names(text) == []


def test_sitting_in_noted_as_owner_or_resident_stays_a_person():
    text = "列席人员：钱卫东（5号院业主）、孔丽（居民代表）、冯国强\n"
    assert names(text) == ["钱卫东", "孔丽", "冯国强"]


def test_attendees_under_another_label_stay_persons_with_a_unit_note():
    # only 列席 is decided: a commendation or participants' list with units stays marked
    text = "参加人员：钱卫东（县住建局）、孔丽（业主）\n"
    assert names(text) == ["钱卫东", "孔丽"]
