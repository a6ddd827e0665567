"""Issue 16, privfix20b (held-out batch W, docs264–266): numbers, addresses and mailboxes.

- a mobile under its own 手机 label on an office's contact line that opens with the
  office's name, its colon and the contact ("局某股：X，电话…，手机138…") is the contact's own
  (also without the label's colon); a 值班手机 on such a line is the desk's (``unitcolon``);
- a record's channel cell ("电话举报", "来信投诉") is no office's word: the reporter's
  landline keyed after it stays theirs (``channelcells``);
- in a row of two parties, the cells after a body's credit code up to the next party's
  are the body's: its landline is no person's (``codeparties``);
- a mailbox closing a sentence of an office's lines counts a desk's mobile the scanner
  dropped as such a line (``officemails``);
- a neighbour's word before an address (我家隔壁…) is no part of it (``refine``);
- a state farm's company (农场三连) stands for the street before a house number
  (``patterns.STREET_WORD``).
"""

from __future__ import annotations

from .spans import at, found, rid

PHONES = ("mobile", "landline")


def test_a_mobile_after_the_contact_named_by_the_offices_colon_is_the_contacts_own():
    text = (
        "七、联系方式\n"
        "县档案局编研股：韦国强，电话0771-5230418，传真0771-5230419，"
        "电子邮箱daj_byg@126.com，手机13977150218；\n"
        "县档案馆：蒙秀兰，电话0771-5231002转816，值班手机18977150336；\n"
        "县财政局：黄立新（科长），办公电话0771-5236001，手机：15807710425。\n"
    )
    assert found(text, PHONES) == [
        at(text, "mobile", "13977150218"),
        at(text, "mobile", "15807710425"),
    ]  # the offices' landlines and the archive's duty mobile are left


def test_a_duty_mobile_after_the_contact_named_by_the_offices_colon_is_the_desks():
    text = "联系方式如下。\n县档案馆：蒙秀兰，电话0771-5231002转816，值班手机18977150336；\n"
    assert at(text, "mobile", "18977150336") not in found(text, PHONES)


def test_a_channel_cell_of_a_json_record_leaves_the_reporters_landline_theirs():
    text = (
        '{"bh": "JB2025001", "jbsj": "2025-03-02 09:15", "jbqd": "电话举报", "jbr": "覃志刚", '
        '"lxdh": "0772-3318265", "jbnr": "后山有人盗伐松木，请查处。", "cbdw": "县林业局执法大队"}\n'
        '{"bh": "JB2025002", "jbsj": "2025-03-05 16:40", "jbqd": "来信投诉", "jbr": "蓝秀梅", '
        '"lxdh": "0772-3316074", "jbnr": "林地边有人堆放垃圾，请处理。", "cbdw": "县林业局执法大队"}\n'
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0772-3318265"),
        at(text, "landline", "0772-3316074"),
    ]
    # the channel's words as the number's label or in prose keep the line the office's
    notice = (
        "一、电话举报：0772-3312345（工作日）。\n"
        "二、接到群众电话举报，请及时核查，联系电话0772-3312346。\n"
    )
    assert found(text + notice, ["landline"]) == found(text, ["landline"])


def test_a_channel_cell_of_an_xml_record_leaves_the_reporters_landline_theirs():
    text = (
        "<records>\n"
        "<record><qd>网络举报</qd><xm>覃志刚</xm><dh>0772-3318265</dh></record>\n"
        "</records>\n"
    )
    assert found(text, ["landline"]) == [at(text, "landline", "0772-3318265")]


def test_a_bodys_landline_after_its_code_in_a_row_of_two_parties_is_the_bodys():
    text = (
        "序号\t名称\t所有权人\t证件号码\t联系电话\t使用人\t证件号码\t联系电话\n"
        f"1\t黄氏宗祠\t黄永福\t{rid('45022519620314201')}\t0772-5512347\t"
        "某县旅游开发有限公司\t91450225MA5K8QXP3Q\t0772-5518890\n"
        f"2\t韦家大院\t韦秀英\t{rid('45022519700822302')}\t13977251246\t"
        f"韦明\t{rid('45022519951103403')}\t15877251358\n"
    )
    assert found(text, PHONES) == [
        at(text, "landline", "0772-5512347"),
        at(text, "mobile", "13977251246"),
        at(text, "mobile", "15877251358"),
    ]  # the company's landline after its credit code is left


def test_a_mailbox_after_a_desks_dropped_mobile_is_the_offices():
    text = (
        "（四）监督渠道：县林业局举报电话0772-3312345，值班手机18977250011，"
        "电子邮箱lyjjb@163.com，来信请寄县林业局办公室。\n"
        "（五）群众覃志刚，手机13977251122，电子邮箱qinzhigang88@163.com，反映了问题。\n"
    )
    assert found(text, ("mobile", "landline", "email")) == [
        at(text, "mobile", "13977251122"),
        at(text, "email", "qinzhigang88@163.com"),
    ]


def test_a_neighbours_word_before_an_address_is_no_part_of_it():
    text = (
        "来信称：我家隔壁城南街道柳巷东路18号住户私自加建两层。\n"
        "另据反映，邻居城北街道槐树巷9号住户在院内搭建彩钢棚。\n"
    )
    assert found(text, ["address"]) == [
        at(text, "address", "城南街道柳巷东路18号"),
        at(text, "address", "城北街道槐树巷9号"),
    ]


def test_a_state_farms_company_before_a_house_number_is_a_home():
    text = (
        "当事人李建军（最后已知住址：某县红旗农场五连12号，原联系电话已停机）。\n"
        "某县红旗农场有限公司（地址：某县红旗农场场部6号）。\n"
    )
    assert found(text, ["address"]) == [at(text, "address", "某县红旗农场五连12号")]


def test_a_dwelling_word_before_an_address_is_no_part_of_it():
    text = (
        "经查，邻居韦丽在其住宅城东镇锦绣苑3栋1单元602室楼顶加建彩钢房。\n"
        "当事人称取土系为自家院落青川县河口乡团结村4组21号翻建所用。\n"
        "住址：院落村3组12号（户主蒙秀英）。\n"
    )
    assert found(text, ["address"]) == [
        at(text, "address", "城东镇锦绣苑3栋1单元602室"),
        at(text, "address", "青川县河口乡团结村4组21号"),
        at(text, "address", "院落村3组12号"),
    ]  # a village so named stays whole
