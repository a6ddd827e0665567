"""A landline named a unit's after it ("…为我局原社保股电话"), or under a bare contact
label right after a sentence giving a place at a unit ("缴费地点：…资产管理股。联系电话：
…"), is no finding; a home's place or a person's own number is (landlineowner; issue 16)."""

import pytest

from gongkai.privacy import scan_html

from .spans import at, found

UNITS = [
    "三、经查，您拨打的号码0577-68123401为我局原社保股电话，机构改革后已停用。",
    "来信所称的（0736）7021152系该中心值班室座机，现已恢复接听。",
    "号码 0816-2265523 是县医保局的咨询电话。",
    "缴费地点：某县成纪大道96号县财政局三楼资产管理股。联系电话：0938-2930411，6412311。",
    "办理地点：县政务服务中心二楼民政窗口；咨询电话：0773-2216663\n",
    "三、领取地址：城关镇人民路8号县档案馆。电话 0771-5523319。\n",
]


def test_a_place_at_a_unit_in_an_html_paragraph_gives_its_line_to_the_unit():
    html = "<p>领取地址：城关镇人民路8号县档案馆。联系电话：0771-5523320。</p>"
    assert [f for f in scan_html(html, allow=[]) if f.type == "landline"] == []


@pytest.mark.parametrize("text", UNITS)
def test_units_named_after_or_placed_before_are_no_findings(text):
    assert found(text, ["landline"]) == []


PRIVATE = [
    # a home named after the number
    ("经核实，0577-68123402为其家庭电话，已于当日联系到本人。", "0577-68123402"),
    # a home's address before a bare label
    ("家庭地址：某县城关镇人民路12号3单元201室。联系电话：0938-2930412。", "0938-2930412"),
    # a place at a unit, but the applicant's name given in the label's sentence
    (
        "办理地点：县民政局二楼。联系电话：0773-2216664（申请人黄德明本人）。",
        "0773-2216664",
    ),
]


@pytest.mark.parametrize(("text", "number"), PRIVATE)
def test_homes_and_persons_numbers_stay_findings(text, number):
    assert at(text, "landline", number) in found(text, ["landline"])
