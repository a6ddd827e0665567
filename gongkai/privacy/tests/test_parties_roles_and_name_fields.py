"""Classes of misses of the fifty-third and fifty-fourth held-out batches (issue 16), each
on new text: the parties of a sale or lease heading a column, a word for a kind of person
opening a numbered item, 老板 before a shop owner's name, a 姓名 field whose surname no
list holds. Every test asserts the exact spans found and the near misses beside them.
"""

from gongkai.privacy.tests.spans import found, names, rid

# --- party columns (买方, 受让方, 出租方) ----------------------------------------------


def test_party_columns_one_cell_a_line():
    rows = [
        ("冯秀兰", "桑立国"),
        ("段志刚", "蒋秋菊"),
        ("韩玉梅", "曹德明"),
        ("罗建华", "钟丽娟"),
        ("邓小军", "姚春燕"),
    ]
    text = "房屋租赁备案登记\n\n备案号\n出租方\n出租方身份证号\n承租方\n承租方身份证号\n月租金（元）\n\n"
    for k, (owner, tenant) in enumerate(rows):
        a, b = rid(f"410521198001{10 + k}123"), rid(f"410521198502{10 + k}234")
        text += f"ZL2026-0{k}\n{owner}\n{a}\n{tenant}\n{b}\n{900 + 100 * k}\n\n"
    got = found(text, {"name"})
    assert got == names(text, *[p for row in rows for p in row])


def test_party_columns_in_a_tab_table_and_a_pipe_table():
    tab = "序号\t转让方\t受让方\t面积（亩）\n1\t罗永福\t曾海燕\t3.5\n2\t梁德明\t谢春华\t2.0\n"
    assert found(tab, {"name"}) == names(tab, "罗永福", "曾海燕", "梁德明", "谢春华")
    pipe = "| 合同号 | 卖方 | 买方 |\n|---|---|---|\n| H-1 | 蔡国强 | 潘玉兰 |\n| H-2 | 杜建军 | 叶小红 |\n"
    assert found(pipe, {"name"}) == names(pipe, "蔡国强", "潘玉兰", "杜建军", "叶小红")


def test_party_columns_holding_units_give_no_name():
    text = (
        "序号\t出让方\t受让方\t成交价（万元）\n"
        "1\t东河县国有资产经营公司\t东河县清源水务有限公司\t120\n"
        "2\t东河县城西街道办事处\t东河县第二中学\t80\n"
    )
    assert found(text, {"name"}) == []


def test_a_word_ending_in_fang_that_is_no_party_heads_no_persons():
    text = "序号\t地方\t处方\t配方\n1\t王家庄\t黄连\t甘草\n2\t李家湾\t白芍\t当归\n"
    assert found(text, {"name"}) == []


# --- a word for a kind of person opening a numbered item ---------------------------


def test_a_kind_of_person_before_the_name_in_numbered_items():
    text = (
        "下列人员的证明遗失，现予公告：\n"
        "1. 新生儿邓雨桐，女，2025年1月2日出生。\n"
        "2、患儿付子轩，男，2024年8月出生。\n"
        "3. 产妇黄丽萍，女，1996年生。\n"
        "（四）受助人欧阳明远，男，1960年生。\n"
    )
    assert found(text, {"name"}) == names(text, "邓雨桐", "付子轩", "黄丽萍", "欧阳明远")


def test_a_long_name_of_an_item_without_a_role_word_stays_whole():
    text = "1. 额尔敦巴雅尔，男，蒙古族，1978年生。\n2. 宝音德力格尔，女，1981年生。\n"
    assert found(text, {"name"}) == names(text, "额尔敦巴雅尔", "宝音德力格尔")


# --- 老板 before a shop owner's name -------------------------------------------------


def test_the_owner_after_laoban_in_a_complaint():
    text = "我在该理发店办了会员卡，现在店铺关门，老板邹建平一直不接电话，老板娘也联系不上。"
    assert found(text, {"name"}) == names(text, "邹建平")


def test_laoban_without_a_name_gives_none():
    text = "经营户老板们表示支持。个体老板应当依法纳税，老板电话已登记。"
    assert found(text, {"name"}) == []


# --- a 姓名 field's value whose surname no list holds --------------------------------


def test_a_name_field_with_a_rare_surname_is_a_name():
    text = "姓名：养涛\n性别：男\n"
    assert found(text, {"name"}) == names(text, "养涛")
    text = "申请人姓名：须芳，联系电话：13912345678。\n"
    assert found(text, {"name"}) == names(text, "须芳")


def test_a_name_field_saying_nobody_gives_none():
    for text in ("姓名：不详\n性别：男\n", "姓名：无\n性别：女\n", "姓名：暂缺\n"):
        assert found(text, {"name"}) == []


# --- a mail header's display name whose surname no list holds ----------------------


def test_a_sender_display_name_of_a_rare_surname():
    text = (
        "发件人: 须晓梅 <xu.xm@163.com>\n收件人: 东河县市场监管局 <scj@dh.gov.cn>\n主题: 投诉\n\n"
        "From：益文静 <yiwj@qq.com>\nTo: 办公室 <office@example.com>\n"
    )
    assert found(text, {"name"}) == names(text, "须晓梅", "益文静")


def test_a_display_name_in_prose_or_a_units_needs_a_known_surname():
    text = "收件人: 客服部 <kf@shop.com>\n抄送: 信息科 <xxk@qq.com>\n请回复须知 <a@qq.com>\n"
    assert found(text, {"name"}) == []


# --- a salutation with a note of the addressee's part ------------------------------


def test_a_salutation_with_a_note_naming_a_private_part():
    for note in ("家属", "户主", "监护人", "继承人", "配偶"):
        text = f"邓丽华（{note}）：\n    经复核，你家庭的补助资格已于2025年取消。\n"
        assert found(text, {"name"}) == names(text, "邓丽华"), note


def test_a_salutation_with_a_note_of_an_office_or_a_seal_gives_none():
    for line in ("邓丽华（负责人）：", "东河县林业站（盖章）：", "邓丽华（联系人）："):
        text = f"{line}\n    经复核，该事项已办结。\n"
        assert found(text, {"name"}) == [], line


# --- a household field: relation, one space, the name ------------------------------


def test_relations_spaced_from_their_names_in_a_members_field():
    text = "家庭成员：配偶 许文斌（13812345678）；子女 岑小雨；母亲 邹桂英\n"
    assert found(text, {"name"}) == names(text, "许文斌", "岑小雨", "邹桂英")
    text = "共同生活人员：儿子\u3000韦志明，女儿\u3000韦丽娜\n"
    assert found(text, {"name"}) == names(text, "韦志明", "韦丽娜")


def test_a_spaced_relation_before_no_name_gives_none():
    for text in ("家庭成员：子女 两人\n", "家庭成员：子女 在外务工\n", "其子 已于2020年去世。\n"):
        assert found(text, {"name"}) == [], text


def test_a_spread_name_label_with_a_rare_surname():
    text = "姓　　名：养晓燕　　性　　别：女\n身份证号：见附件\n"
    assert found(text, {"name"}) == names(text, "养晓燕")
    text = "姓　　名：不详　　性　　别：男\n"
    assert found(text, {"name"}) == []
