"""privfix20g: outlets' and warehouses' premises, a county named after a lead word, and a
unit's fixed line (固定电话, 站点电话) in a licence's record.

- ``quotedheads``: a quoted CSV whose records hold commas inside their quotes is read by
  the commas outside them, so the business's header (网点地址) over an outlet's address is
  found; a record's own words (同网点地址) in the row above head nothing;
- ``unitcontacts._BUSINESS_LABEL``: 零售点/销售点/代销点/仓库 + 地址/位置 name a business's
  site, as 网点地址 does;
- ``leadcounty``: 于 of 于都县 after 住 stays the county's when the document writes the
  county on its own elsewhere;
- ``unitlabels``: 单位固定电话, 站点固定电话 are the unit's line.
"""

from __future__ import annotations

from .spans import at, found


def addresses(text):
    return found(text, ["address"])


_HEAD = '"编号","店名","代销者姓名","身份证号码","网点地址","代销者家庭住址","联系电话","备注"\n'


def test_quoted_register_with_commas_inside_quotes():
    text = _HEAD + (
        '"A01","某某便利店","郑某某","110101198001010010","平和县城关镇东街8号",'
        '"平和县城关镇西村12号","13800000001, 0591-2345678","缺标识,已整改"\n'
        '"A02","北街体彩","钱某某","110101198001010029","平和县城关镇北街3号",'
        '"同网点地址","13800000002",""\n'
        '"A03","南街体彩","孙某某","110101198001010037","平和县城关镇南街6号",'
        '"平和县城关镇花园小区5栋1102房","13800000003",""\n'
    )
    assert addresses(text) == [
        at(text, "address", "平和县城关镇西村12号"),
        at(text, "address", "平和县城关镇花园小区5栋1102房"),
    ]


def test_retail_point_and_warehouse_labels():
    text = (
        '"序号","申请人","身份证号码","联系电话","申请人住址","拟设零售点位置","备注"\n'
        '"1","郑某某","110101198001010010","13800000001","平和县城关镇西村12号",'
        '"平和县城关镇东街8号","续办"\n'
        '"2","钱某某","110101198001010029","13800000002","平和县城关镇南村3组7号",'
        '"平和县城关镇北街3号","新申请"\n'
    )
    assert addresses(text) == [
        at(text, "address", "平和县城关镇西村12号"),
        at(text, "address", "平和县城关镇南村3组7号"),
    ]
    notice = "某批发公司（仓库地址：平和县城关镇工业园仓储区1号，值班电话：0591-2345678）。"
    assert addresses(notice) == []


def test_county_after_a_lead_word():
    text = (
        "江西省于都县应急管理局\n"
        "投诉人李某某（住于都县贡江镇上欧村社下组46号，联系电话15970790001）反映……\n"
    )
    assert addresses(text) == [at(text, "address", "于都县贡江镇上欧村社下组46号")]


def test_lead_word_still_cut_where_the_county_is_not_written_alone():
    text = "投诉人李某某（住于城关镇东街村3组8号，联系电话15970790001）反映……\n"
    assert addresses(text) == [at(text, "address", "城关镇东街村3组8号")]


def test_unit_fixed_line_labels():
    text = (
        "企业名称：平和县某某化工贸易有限公司\n"
        "主要负责人：郑某某\n"
        "主要负责人移动电话：13800000001\n"
        "单位固定电话：0591-2345678\n"
        "站点固定电话：0591-2345679\n"
        "家庭固定电话：0591-2345670\n"
    )
    assert found(text, ["landline"]) == [at(text, "landline", "0591-2345670")]


def test_ground_floor_shops_after_the_number():
    # ``addressedges._PREMISES_AFTER``: "…号底商" names the shops of a block's ground floor
    text = (
        "投诉人郑小明（住平和县城关镇西门路12号3栋501室）反映平和县城关镇东街路66号底商（多家）"
        "空调外机噪声扰民。\n"
    )
    assert addresses(text) == [at(text, "address", "平和县城关镇西门路12号3栋501室")]


def test_de_left_by_a_verb_cut():
    # ``leadcounty``: "租用的攸县…" — 的 is no place's first sign
    text = (
        "序号,当事人,违法事实\n1,郑小明,当事人在其租用的攸县城关镇西村4组12号民房内储存烟花爆竹\n"
    )
    assert addresses(text) == [at(text, "address", "攸县城关镇西村4组12号")]
