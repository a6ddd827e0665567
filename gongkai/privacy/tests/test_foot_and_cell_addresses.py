"""Issue 16 (after docs168–176, privfix16dc): where an address starts in a cell, whose
property 位于 introduces, whose party an address column's header names, whose contact line
stands at a document's foot, a sample place after 如 and a business holder's premises.
All texts invented.
"""

from __future__ import annotations

from .spans import at, found

# --- an estate's name opening the cell a strong flat closes (estates.estate_cell) ---------


def test_estate_name_opens_the_flat_cell_in_tab_csv_and_pipe_rows():
    tab = (
        "序号\t姓名\t安置房源\t面积\n"
        "1\t宋立群\t锦澜天郡6栋2单元1502室\t98.2\n"
        "2\t贝秋生\t青禾上院12栋1单元302室\t88.0\n"
    )
    assert found(tab, ["address"]) == [
        at(tab, "address", "锦澜天郡6栋2单元1502室"),
        at(tab, "address", "青禾上院12栋1单元302室"),
    ]
    csv = "序号,户主,所选房号\n1,严素梅,翠屿澜湾3栋1单元701室\n"
    assert found(csv, ["address"]) == [at(csv, "address", "翠屿澜湾3栋1单元701室")]
    pipe = "| 序号 | 姓名 | 分配房号 |\n|---|---|---|\n| 1 | 冷思远 | 望江一品9栋3单元2201室 |\n"
    assert found(pipe, ["address"]) == [at(pipe, "address", "望江一品9栋3单元2201室")]


def test_estate_name_not_taken_from_a_label_a_verb_or_a_longer_cell():
    labelled = "房号：6栋2单元1502室\n"
    assert found(labelled, ["address"]) == [at(labelled, "address", "6栋2单元1502室")]
    # a sentence before the flat: only the flat (no cell to open)
    prose = "经抽签，申请人购得6栋2单元1502室。\n"
    assert at(prose, "address", "购得6栋2单元1502室") not in found(prose, ["address"])
    # the cell goes on after the flat (a note): the words before are no estate's name alone
    noted = "序号\t房源\n1\t锦澜天郡6栋2单元1502室（毛坯）\n"
    assert at(noted, "address", "锦澜天郡6栋2单元1502室") not in found(noted, ["address"])


# --- the addressee's place after 位于 (houses._HOME_BEFORE) -----------------------------


def test_the_addressees_place_after_wei_yu_in_a_decision_and_a_bill():
    text = "本机关依法作出补偿决定，你位于青岚县滨河路西段88号的房屋在征收范围内。"
    assert found(text, ["address"]) == [at(text, "address", "青岚县滨河路西段88号")]
    bill = "尊敬的用户：您家位于青岚县滨河路203号的用水已欠费，请及时缴纳。"
    assert found(bill, ["address"]) == [at(bill, "address", "青岚县滨河路203号")]


def test_a_units_or_a_third_persons_place_after_wei_yu_is_left_alone():
    unit = "经查，你单位位于青岚县滨河路88号的仓库未设置消防设施。"
    assert found(unit, ["address"]) == []
    company = "该公司成立于2015年，其位于青岚县滨河路88号的门市已停业。"
    assert found(company, ["address"]) == []


# --- a sample village group after 如 (houses.sample_place) -------------------------------


def test_a_village_group_given_as_an_example_is_no_ones_address():
    text = "说明：现住址只写到村组的，按户籍填写（如青石镇红岩村2组），不得简写。"
    assert found(text, ["address"]) == []
    also = "户籍地写到村组即可，例如白沙乡柳溪村5组。"
    assert found(also, ["address"]) == []


def test_a_persons_village_group_after_a_residence_word_is_a_place_too():
    # (privfix18a: the held-out convention, a bare village group is a place wherever it
    # stands; with a house number it is the person's address)
    text = "申请人顾长庚，现住青石镇红岩村2组，因病致贫。"
    assert found(text, ["address"]) == []
    house = "申请人顾长庚，现住青石镇红岩村2组17号，因病致贫。"
    assert found(house, ["address"]) == [at(house, "address", "青石镇红岩村2组17号")]


# --- the party an address column's header names (addresscells._persons_cell) ------------


def test_the_named_partys_address_beside_a_company_in_another_party_column():
    text = (
        "| 序号 | 原告 | 被告（公告送达） | 被告住址 | 案由 |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 青岚宏达建材有限公司 | 郁海涛 | 青岚县滨河路77号 | 买卖合同纠纷 |\n"
        "| 2 | 戚晓雯 | 聂文博、桑玉芬 | 青岚县滨河路81号 | 民间借贷纠纷 |\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青岚县滨河路77号") in got
    assert at(text, "address", "青岚县滨河路81号") in got


def test_a_companys_address_under_its_own_header_stays_unfound():
    text = (
        "| 序号 | 申请人 | 被申请人 | 被申请人住所 |\n"
        "|---|---|---|---|\n"
        "| 1 | 戚晓雯 | 青岚宏达建材有限公司 | 青岚县滨河路77号 |\n"
    )
    assert at(text, "address", "青岚县滨河路77号") not in found(text, ["address"])


# --- a business holder's premises in a register's item (houses.business_item) ------------


def test_a_business_holders_premises_and_a_persons_flat_in_one_notice():
    text = (
        "一、权利人：闻雅琴，身份证号330327198805120027。不动产坐落：青岚县滨河路12号；"
        "用途：住宅。\n"
        "二、权利人：个体工商户“兴旺五金店”经营者满德胜，身份证号330327197002150013。"
        "不动产坐落：青岚县商贸街9号；用途：商业。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青岚县滨河路12号") in got
    assert at(text, "address", "青岚县商贸街9号") not in got


# --- the issuer's contact line at a document's foot (footcontacts) ----------------------


def test_contact_line_between_the_body_and_the_issuers_signature():
    text = (
        "青岚县人民政府\n行政处罚决定书\n\n"
        "当事人：甘振华，住青岚县滨河路44号，联系电话13905781234。\n\n"
        "经查，……决定如下：罚款500元。\n\n"
        "联系地址：青岚县府前路1号　联系电话：0571-86001234\n"
        "送达人：某某、某某\n\n青岚县人民政府\n2025年6月3日\n"
    )
    got = found(text, ["address", "landline"])
    assert at(text, "address", "青岚县滨河路44号") in got
    assert at(text, "address", "青岚县府前路1号") not in got
    assert at(text, "landline", "0571-86001234") not in got


def test_contact_line_after_the_signature_and_the_clerk():
    text = (
        "青岚县人民法院\n决定书\n\n被执行人：甘振华，住青岚县滨河路44号。\n\n本院认为……\n\n"
        "审判员　某某\n二〇二五年六月三日\n书记员　某某\n\n"
        "执行局联系电话：0571-86002345　送达地址确认：青岚县府前路9号\n"
    )
    assert at(text, "address", "青岚县府前路9号") not in found(text, ["address"])


def test_a_persons_delivery_block_under_the_signature_is_kept():
    text = (
        "青岚县财政局\n退款通知书\n\n你单位缴纳的款项已退还。\n\n青岚县财政局\n2025年6月3日\n\n"
        "送达地址：青岚县滨河路143号12栋3单元1002室\n联系电话：13905781234\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "青岚县滨河路143号12栋3单元1002室") in got
    # a letter's writer signs with a contact line: no organ heads it or signs it
    letter = (
        "尊敬的领导：\n我家门前道路积水严重，恳请尽快处理。\n\n"
        "联系地址：青岚县红岩村2组17号　联系电话：0571-86003456\n2025年6月3日\n"
    )
    assert at(letter, "address", "青岚县红岩村2组17号") in found(letter, ["address"])


def test_a_person_named_over_the_contact_lines_at_the_foot_keeps_them():
    text = (
        "青岚县人民法院\n公告\n\n本院受理的原告某公司诉被告一案，现依法向你公告送达起诉状副本。\n\n"
        "受送达人：郁海涛\n地址：青岚县红岩村2组17号\n\n青岚县人民法院\n2025年6月3日\n"
    )
    assert at(text, "address", "青岚县红岩村2组17号") in found(text, ["address"])


def test_a_place_whose_name_starts_with_ru_is_no_example():
    text = "申请人顾长庚（户籍：如城街道红岩村2组5号），因病致贫。"
    assert found(text, ["address"]) == [at(text, "address", "如城街道红岩村2组5号")]
    labelled = "现住址：如东县红岩村2组5号\n"
    assert found(labelled, ["address"]) == [at(labelled, "address", "如东县红岩村2组5号")]
