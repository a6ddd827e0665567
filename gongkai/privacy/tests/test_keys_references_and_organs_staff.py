"""Wrong names outside system exports on docs189–197 (issue 16, privfix16hb): what a careful
reader sees in the layout, not in these documents' words.

- A field's key is no person: a cue of entrusting (委托, 授权 …) that opens a line or a cell
  and runs into a colon is the key ("委托来源：…", "委托权限：…"), not the one entrusted.
- A cell pointing at another column's person ("同申请人", "同投诉人", "同上") names nobody.
- A cell opened by a state organ's name lists that organ's staff ("某县人民检察院 X、Y" in
  a 查询人 column): they act in office.
- A public body's head in its own record: "（法定代表人：X）" right after a welfare home,
  "法定代表人：X" / "负责人：X" on the indented lines of a numbered record headed by an
  organ or a public body.
- A list's closing note says who all of its persons are ("X、Y（执法人员）").
- A title or a role written against the name is cut off ("X律师", "房东X").
"""

from gongkai.privacy.nameedges import name_edges
from gongkai.privacy.officenames import office_names

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


# --- a key after a cue of entrusting ------------------------------------------------------


def test_entrusting_cue_opening_a_key_is_no_name():
    text = (
        "【第1件】\n申请人：王建华\n委托来源：市中级人民法院\n受理人：李明\n\n"
        "【第2件】\n申请人：赵丽\n委托来源：医患双方\n"
    )
    assert _names(text) == names(text, "王建华", "赵丽")
    text = "当事人：孙国强\n委托权限：特别授权\n授权方式：书面委托\n"
    assert _names(text) == names(text, "孙国强")
    text = "案号\t当事人\t委托来源\n1\t韩梅梅\t区法院\n"  # a header's cell, a tab before it
    assert at(text, "name", "来源") not in _names(text)


def test_entrusted_person_in_prose_is_still_found():
    text = "本人委托王红梅代为办理，表决票已委托庞敏代签。\n"
    assert _names(text) == names(text, "王红梅", "庞敏")


# --- a cell that points to another column's person ---------------------------------------


def test_same_as_cells_name_nobody():
    text = (
        "序号\n投诉人\n联系电话\n患者\n科室\n\n"
        "1\n冯秀英\n13807351426\n同投诉人\n内科\n\n"
        "2\n褚明亮\n13907351427\n卫兰芳\n外科\n"
    )
    assert _names(text) == names(text, "冯秀英", "褚明亮", "卫兰芳")
    text = (
        "序号\t申请人\t联系电话\t实际居住人\n1\t周建平\t13807351426\t同申请人\n"
        "2\t吴丽华\t13907351427\t同上\n3\t郑国栋\t13707351428\t钱小梅\n"
    )
    assert _names(text) == names(text, "周建平", "吴丽华", "郑国栋", "钱小梅")


# --- an organ opening a person's cell --------------------------------------------------------


def test_organ_opening_a_cell_lists_its_staff():
    text = (
        "序号\t调取日期\t调取人\t证件\t调取对象\t联系电话\n"
        "1\t2024-03-01\t东平县人民检察院 王海、李兵\t工作证\t陶德胜\t0538-6211809\n"
        "2\t2024-03-05\t蒋春燕\t370923198701021234\t本人\t13805386666\n"
    )
    got = _names(text)
    assert at(text, "name", "王海") not in got and at(text, "name", "李兵") not in got
    assert at(text, "name", "陶德胜") in got and at(text, "name", "蒋春燕") in got
    text = "| 序号 | 查询人 | 查询对象 |\n|---|---|---|\n| 1 | 东平县公安局 赵强 | 沈玉梅 |\n"
    assert _names(text) == names(text, "沈玉梅")
    text = '"1","蓬溪县人民法院 钟平","冉秀兰","13905381234"\n'
    assert at(text, "name", "钟平") not in _names(text)


def test_a_place_opening_a_cell_keeps_its_person():
    text = "序号\t查询人\t查询对象\n1\t东平县白沙镇 韦国庆\t沈玉梅\n2\t宁国华\t郝淑芬\n"
    assert at(text, "name", "韦国庆") in _names(text)


# --- a public body's head in its own record ------------------------------------------------


def test_public_bodys_representative_in_its_record():
    text = (
        "一、东平县\n1. 东平县社会福利院\n   地址：东平县文化路8号\n   法定代表人：孔德明\n"
        "   电话：0538-2345678\n2. 东平县民政局婚姻登记处\n"
        "   负责人：曹文静　邮箱：dpxhydj@dp.gov.cn\n"
    )
    assert _names(text) == []
    text = "（一）白沙镇卫生院\n    机构负责人：华晓东\n    电话：0538-7654321\n"
    assert _names(text) == []


def test_representative_in_brackets_after_a_welfare_home():
    text = "送养人：东平县儿童福利院（法定代表人：陶志强）\n收养人：姜文博，身份证号：370923198001011234\n"
    assert _names(text) == names(text, "姜文博")
    text = "被申请人：白沙镇敬老院（法定代表人：戚美玲）\n"
    assert _names(text) == []


def test_private_persons_head_and_unnumbered_records_stay():
    text = "申请人：魏国华\n负责人：金玉兰\n住址：东平县东山路3号\n"
    assert at(text, "name", "魏国华") in _names(text)
    # a registration notice's private centre: its representative is left to the other rules
    text = (
        "2. 东平县乐康居家养老服务中心\n   统一社会信用代码：52370923MJ0000000X\n"
        "   法定代表人：闻雅琴（理事长）\n"
    )
    assert at(text, "name", "闻雅琴") in _names(text)


# --- a list's closing note ------------------------------------------------------------------


def test_note_closing_a_list_of_staff():
    text = "联系人：谢志明、邹海燕（执法人员），电话0538-1234567\n"
    assert _names(text) == []
    text = "联系人：谢志明、邹海燕（其子女）\n"
    assert _names(text) == names(text, "谢志明", "邹海燕")


# --- a title or a role against the name -------------------------------------------------


def test_title_after_a_name_is_cut_off():
    text = "你的委托代理人上官文律师于2024年3月2日提交了材料。"
    s = text.index("上官文律")
    assert name_edges(text, [(s, s + 4, "name", 0.8)]) == [(s, s + 3, "name", 0.8)]
    text = "经司马青医生诊断，需住院。"
    s = text.index("司马青医")
    assert name_edges(text, [(s, s + 4, "name", 0.8)]) == [(s, s + 3, "name", 0.8)]
    text = "患者张律师事务繁忙。"  # a surname alone would remain: left as it is
    s = text.index("张律")
    assert name_edges(text, [(s, s + 2, "name", 0.8)]) == [(s, s + 2, "name", 0.8)]


def test_role_before_a_name_is_cut_off():
    text = "现场检查时，房东钱玉珍（住东平县文化路9号）在场见证。"
    s = text.index("房东钱玉珍")
    assert office_names(text, [(s, s + 5, "name", 0.7)]) == [(s + 2, s + 5, "name", 0.7)]
    text = "邻居王秀兰也在场。"
    s = text.index("邻居王秀兰")
    assert office_names(text, [(s, s + 5, "name", 0.7)]) == [(s + 2, s + 5, "name", 0.7)]
    text = "房东明在场。"  # a surname 房 with one character: a name of its own
    assert office_names(text, [(0, 3, "name", 0.7)]) == [(0, 3, "name", 0.7)]


# --- a person's row by its category, one cell a line ---------------------------------------


def test_category_cell_one_a_line_with_blank_lines():
    text = (
        "行政处罚结果公示\n\n当事人名称\n当事人类型\n证件号码\n处罚内容\n处罚日期\n\n"
        "柏秋云\n自然人\n370923********1234\n罚款200元\n2024-05-06\n\n"
        "东平县宏远商贸有限公司\n法人及非法人组织\n91370923MA3C00000X\n罚款5000元\n2024-05-07\n\n"
        "蔺东\n个人\n370923********5678\n警告\n2024-05-08\n"
    )
    got = _names(text)
    assert at(text, "name", "柏秋云") in got and at(text, "name", "蔺东") in got
    assert not any(text[s:e] in ("法人及", "宏远") for _k, s, e in got)


def test_category_cell_one_a_line_without_blank_lines():
    text = (
        "序号\n被处罚对象名称\n对象类别\n处罚日期\n"
        "1\n简慧芳\n自然人\n2024-05-06\n"
        "2\n东平县宏远商贸有限公司\n法人\n2024-05-07\n"
        "3\n闵德\n自然人\n2024-05-08\n"
    )
    got = _names(text)
    assert at(text, "name", "简慧芳") in got and at(text, "name", "闵德") in got


# --- a numbered item addressing a party -------------------------------------------------


def test_numbered_item_addressing_a_party():
    text = (
        "因下列当事人下落不明，现公告送达如下：\n\n"
        "一、阮桂枝：\n    你（女，住东平县文化路9号）作为某超市的经营者，未按期报送年度报告。\n\n"
        "（二）上官明远：\n    您（男）于2023年5月提交的申请不予受理。\n\n"
        "3. 晏平：\n    你于2023年6月…\n"
    )
    got = _names(text)
    for name in ("阮桂枝", "上官明远", "晏平"):
        assert at(text, "name", name) in got, name


def test_numbered_heading_not_spoken_to_is_no_name():
    text = "一、基本情况：\n    本次检查共抽查10户。\n二、高峰时段：\n    每日7时至9时。\n"
    assert _names(text) == []


# --- a proxy's key in a cell, a courtesy title in brackets --------------------------------


def test_proxy_key_in_a_cell_names_the_proxy():
    text = (
        '"序号","姓名","身份证号码","领取方式"\n'
        '"1","龙凤英","370923194301011234","本人领取"\n'
        '"2","史秀珍","370923194202021234","代领：单志伟"\n'
    )
    assert at(text, "name", "单志伟") in _names(text)
    text = "领取方式\t签收\n银行代发\t代收：邓晓燕\n"
    assert at(text, "name", "邓晓燕") in _names(text)


def test_courtesy_title_in_brackets_after_a_name():
    text = "投诉人称，维修工东方建国（先生）拒绝退款。\n"
    assert at(text, "name", "东方建国") in _names(text)
    text = "车辆驾驶人欧阳振东（先生，电话13912345678）未到场。\n"
    assert at(text, "name", "欧阳振东") in _names(text)
