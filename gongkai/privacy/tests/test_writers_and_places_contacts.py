"""Whose phone or mailbox it is in mail exports, replies, notices to several persons and
YAML/JSON/XML records (issue 16, after docs78-80): the writer's header box given again in
the reply, the contacts a letter gives back as its addressee's or writer's own, a public
place's phone label, the line a reader is told to call, local numbers in quoted values."""

from gongkai.privacy.tests.spans import at, found, rid

MAIL = ("email",)
PHONES = ("mobile", "landline")


# --- a writer's header mailbox, again in the office's reply (mailechoes) ---------------


def test_sender_box_given_again_in_reply_is_the_senders():
    text = (
        "某县住建局局长信箱来信导出\n"
        "收件人：某县住建局 <zjj@example.gov.cn>\n\n"
        "==== 第1封 ====\n"
        "发件人：罗明亮 <lml_1983@126.com>\n"
        "主题：小区电梯维修\n"
        "　　答复（房管股）：罗明亮您好！已转物业科办理，结果将通过lml_1983@126.com告知您。"
        "咨询电话0731-5216000。\n\n"
        "==== 第2封 ====\n"
        "From: 黄秀珍 <HXZ2020@foxmail.com>\n"
        "　　答复（综合股）：已收悉，回复已发至hxz2020@foxmail.com，咨询电话0731-5216000。\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "lml_1983@126.com") in got
    second = text.index("lml_1983@126.com", text.index("通过"))
    assert ("email", second, second + len("lml_1983@126.com")) in got
    assert at(text, "email", "HXZ2020@foxmail.com") in got
    assert at(text, "email", "hxz2020@foxmail.com") in got  # the same box, other case
    assert at(text, "email", "zjj@example.gov.cn") not in got  # the unit's inbox


def test_copy_line_box_again_in_the_letter_and_no_part_of_a_longer_box():
    text = (
        "某区市场监督管理局\n投诉答复函\n\n"
        "李女士：\n"
        "　　您的投诉已收悉。经查，被投诉人已退款。如有疑问请发送至本局邮箱"
        "xli88@163.com.cn，或致电0710-3261295。抄送的电子送达邮箱为xli88@163.com。\n\n"
        "寄件人：李红梅 xli88@163.com\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "xli88@163.com", text.index("寄件人")) in got
    assert at(text, "email", "xli88@163.com", text.index("抄送的")) in got
    # "xli88@163.com.cn" is another address: not the header's box, the office's here
    assert ("email", text.index("xli88@163.com.cn"), text.index("xli88@163.com.cn") + 16) not in got


def test_unit_box_in_many_replies_is_not_echoed_without_a_header():
    text = (
        "来信一：反映路灯不亮。\n答复：已转城管股办理，结果将发送至ldgl@163.com，咨询电话0534-5216000。\n"
        "来信二：反映积水。\n答复：已转城管股办理，结果将发送至ldgl@163.com，咨询电话0534-5216000。\n"
    )
    assert found(text, MAIL) == []


# --- contacts a letter gives back as its addressee's or writer's own (addressee) --------


def test_contacts_the_addressee_left_are_theirs():
    text = (
        "某县市场监督管理局\n价格举报答复函\n\n王先生：\n"
        "　　您在举报中留下的联系地址为某县城关镇新华路12号，联系电话0710-2261182，"
        "电子邮箱wang_j80@hengtai.com。接到举报后，我局执法人员赴现场检查。\n"
        "　　如对本答复不服，可申请行政复议。联系人：赵敏，电话：0710-3261295。\n\n"
        "赵女士：\n"
        "　　您预留的固定电话为0710-5123467，我局已按该号码回访。\n"
    )
    got = found(text, PHONES + MAIL)
    assert at(text, "landline", "0710-2261182") in got
    assert at(text, "email", "wang_j80@hengtai.com") in got
    assert at(text, "landline", "0710-5123467") in got
    assert at(text, "landline", "0710-3261295") not in got  # the office's contact


def test_addressee_words_then_a_units_own_contact_stay_the_units():
    text = (
        "张先生：\n"
        "　　您反映的问题已办结。您的邮箱我局已收到，如有疑问请发送至本局邮箱"
        "xfb2026@163.com，或拨打我局电话0736-7123456。\n"
    )
    got = found(text, PHONES + MAIL)
    assert at(text, "email", "xfb2026@163.com") not in got
    assert at(text, "landline", "0736-7123456") not in got


def test_a_writers_own_or_relatives_box_is_theirs_not_my_offices():
    text = (
        "发件人：镇长信箱转办件\n"
        "正文：我母亲低保被取消，请核实。联系电话：16629624589，也可回复至我女儿的邮箱"
        "luo_bin1252@qq.com。\n"
        "回复：已转民政办。如需补充材料可发至我办邮箱mzb_2026@163.com。\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "luo_bin1252@qq.com") in got
    assert at(text, "email", "mzb_2026@163.com") not in got
    line = "　　联系电话：13912345678，也可回复至我儿子的邮箱chen_wei_77@qq.com\n"
    assert found(line, MAIL) == [at(line, "email", "chen_wei_77@qq.com")]


# --- a public place's phone, kin on the next line (unitphones) --------------------------


def test_place_phone_label_is_the_offices_and_kin_below_keep_theirs():
    person = rid("44082619830508976")
    text = (
        f"黎某民（身份证号{person}）：\n"
        "　　请你于十日内到港头镇司法所报到。\n"
        "　　报到地点电话：（0759）3943834\n"
        "　　抄送：董慧敏（家属，联系电话15701145554）\n\n"
        "　　受理地址联系电话：0759-6514300\n"
        "　　监护人：肖红霞 18698622098\n"
    )
    got = found(text, PHONES)
    assert at(text, "landline", "（0759）3943834") not in got
    assert at(text, "landline", "0759-6514300") not in got
    assert at(text, "mobile", "15701145554") in got
    assert at(text, "mobile", "18698622098") in got


def test_a_public_place_line_still_gives_its_next_phone_line_to_the_office():
    text = "　　领取地点：县民政局一楼大厅\n　　联系电话：0759-3101234\n"
    assert found(text, PHONES) == []


# --- the line a reader is told to call (unitphones._called_for) ------------------------


def test_a_number_the_reader_calls_to_ask_is_the_units():
    text = (
        "回复（已转办）：付桂兰您好：您反映的问题已转桃源司法所办理，可拨打0792 2046118咨询。\n"
        "回复（已办结）：韦婷您好：已转县公证处，请致电（0792）8902202查询办理进度。\n"
        "回复：于强您好：如有疑问可拨打县公证处电话0792-8521175转2了解。\n"
        "正文：本人于强，家里座机0792-2265093，请予答复。\n"
    )
    got = found(text, PHONES)
    assert at(text, "landline", "0792 2046118") not in got
    assert at(text, "landline", "（0792）8902202") not in got
    assert at(text, "landline", "0792-8521175") not in got
    assert at(text, "landline", "0792-2265093") in got


def test_a_relatives_number_to_call_stays_theirs():
    text = "经办人说明：请拨打其女儿电话13812345678核实家庭情况。\n"
    assert at(text, "mobile", "13812345678") in found(text, PHONES)


# --- local numbers in quoted or tagged values; YAML records with nested lists ----------


def test_local_numbers_in_yaml_json_and_xml_values():
    person = rid("36043119940318084")
    yaml = f'申请人: 丁香\n身份证号: "{person}"\n联系电话: "8710747"\n'
    json = f'{{"申请人": "丁香", "身份证号": "{person}", "联系电话": "8495274"}}\n'
    xml = f"<申请人>丁香</申请人><身份证号>{person}</身份证号><联系电话>8419487</联系电话>\n"
    assert at(yaml, "landline", "8710747") in found(yaml, PHONES)
    assert at(json, "landline", "8495274") in found(json, PHONES)
    assert at(xml, "landline", "8419487") in found(xml, PHONES)


def test_a_units_quoted_local_number_stays_the_units():
    text = '公开单位: 白沙镇人民政府\n公开单位电话: "8622415"\n批次: 2026年第3批\n'
    assert found(text, PHONES) == []


def test_yaml_record_with_a_nested_list_keeps_its_mailbox_the_persons():
    person = rid("36043119830718904")
    text = (
        "审批事项:\n"
        '  - 受理编号: "BS-2026-00107"\n'
        "    申请人: 魏海涛\n"
        f'    身份证号: "{person}"\n'
        "    现住址: 某县白沙镇滨江路265号\n"
        "    家庭成员:\n"
        "      - 郝永福\n"
        "      - 姚子豪\n"
        "    拟用地位置: 沙湖村2组\n"
        "    审批结果: 不予批准（不符合一户一宅）\n"
        '    电子邮箱: "zhou.yl1066@yeah.net"\n'
    )
    assert at(text, "email", "zhou.yl1066@yeah.net") in found(text, MAIL)


# --- units' boxes: a desk's box on the firm's domain, a firm's box on a copy line -------


def test_a_desks_box_on_the_firms_domain_is_the_firms():
    text = (
        "序号\t企业名称\t统计负责人\t手机\t电子邮箱\n"
        "1\t某县华鑫机械有限公司\t钟玉财\t19939998091\tluolan@zcjx.com\n"
        "2\t某县丝绸有限公司\t邓蓉\t15766420730\ttongji@zcsilk.cn\n"
        "3\t某县食品有限公司\t付光锦\t15082069956\tOffice2@zcfood.com.cn\n"
        "4\t某县纺织厂\t姜宇\t13539827951\ttongji@163.com\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "luolan@zcjx.com") in got  # written from a name
    assert at(text, "email", "tongji@zcsilk.cn") not in got
    assert at(text, "email", "Office2@zcfood.com.cn") not in got
    assert at(text, "email", "tongji@163.com") in got  # a public service: anyone's


def test_a_firms_box_on_a_copy_line_is_the_firms_and_a_persons_stays():
    text = (
        "某县司法局\n律师执业投诉处理答复函\n\n"
        "抄送：某某明正律师事务所（0313-6157741，mingzheng_law@ylmz.com）\n"
        "抄送：县司法所 <sfs_2026@163.com>\n"
        "抄送：刘建华 <ljh_1975@163.com>\n"
    )
    got = found(text, MAIL)
    assert at(text, "email", "mingzheng_law@ylmz.com") not in got
    assert at(text, "email", "sfs_2026@163.com") not in got
    assert at(text, "email", "ljh_1975@163.com") in got


# --- a bracketed area code's local part; a form's sign-off with the office's own line ----


def test_the_local_part_of_a_bracketed_number_is_not_read_alone():
    office = (
        "公示期间如有异议，请向县司法局基层工作股反映。联系电话：（0792）2242087，"
        "0792-2163024转204；电子邮箱：sfj@example.gov.cn。\n"
    )
    assert found(office, PHONES) == []
    person = f"张某某，身份证号{rid('36043119940318084')}，（0792）2251234，13912345678\n"
    assert found(person, PHONES) == [
        at(person, "landline", "（0792）2251234"),
        at(person, "mobile", "13912345678"),
    ]


def test_a_forms_sign_off_then_the_offices_own_line():
    for label in ("所内电话", "站内电话", "本所电话", "办公电话"):
        text = f"　　所长审核：苏某某　制表：魏某某　{label}：0792 8840847\n"
        assert found(text, PHONES) == [], label
    home = "　　登记人：苏翠花　家庭电话：0792 8840847\n"
    assert found(home, PHONES) == [at(home, "landline", "0792 8840847")]


def test_what_you_registered_and_your_relatives_phone_are_yours():
    text = (
        "黄某某：\n"
        "　　我局已两次拨打你户登记的联系电话0772-5126408，均无人接听。你在报装时登记的"
        "电子邮箱shilina_0772@163.com、座机0772 5198374均无回复。\n"
        "　　工作人员已与您的爱人于桂香女士电话（0734-4316622）约定上门核查。\n"
        "　　如有疑问请拨打我局客服电话0772-5120000。你单位的联系电话0772-5121111已登记。\n"
    )
    got = found(text, PHONES + MAIL)
    for piece, kind in (
        ("0772-5126408", "landline"),
        ("shilina_0772@163.com", "email"),
        ("0772 5198374", "landline"),
        ("0734-4316622", "landline"),
    ):
        assert at(text, kind, piece) in got, piece
    assert at(text, "landline", "0772-5120000") not in got
    assert at(text, "landline", "0772-5121111") not in got


def test_a_home_number_after_a_calls_verb():
    text = "你好，我是赖春，住羊口镇圣城街62号。白天打15345658115，晚上打家里3440685。\n"
    assert found(text, PHONES) == [
        at(text, "mobile", "15345658115"),
        at(text, "landline", "3440685"),
    ]


# --- a landline right after a person's home address (homelines) ------------------------


def test_a_landline_after_a_persons_home_address_is_theirs():
    text = (
        "　　妻区慧玲，住所广东省珠海市香洲区情侣中路39号海滨花园8栋1502房，电话0756-2218637\n"
        "冒领人境内联系人：罗素琴，住闽溪市沙溪区碧溪路7号碧溪花园9幢603室，座机：0598 8351920\n"
        "本局地址：某市香洲区情侣中路41号，电话0756-2218699。\n"
    )
    got = found(text, PHONES)
    assert at(text, "landline", "0756-2218637") in got
    assert at(text, "landline", "0598 8351920") in got
    assert at(text, "landline", "0756-2218699") not in got  # the office's address and line


def test_the_reader_told_to_call_and_a_lawyers_firm_line_after_the_licence():
    text = (
        "> 注：变更定点医院请拨打 0598-5836022 或发邮件至医保局。\n"
        "如需帮助，可以致电县救助站0598-5836033。\n"
        "委托代理人：向某某，江西某某律师事务所律师，执业证号13604201910873652，"
        "电话0792-6590211，手机13907921234\n"
        "核实方式：请拨打申请人家中电话0598-5836044核实。\n"
    )
    got = found(text, PHONES)
    for unit in ("0598-5836022", "0598-5836033", "0792-6590211"):
        assert at(text, "landline", unit) not in got, unit
    assert at(text, "mobile", "13907921234") in got  # the lawyer's own mobile
    assert at(text, "landline", "0598-5836044") in got


def test_a_sign_off_row_of_tab_cells_then_the_offices_line():
    text = "制表：户政大队内勤\t\t\t审核：罗某某\t\t\t联系电话：\t0831 7712018\t\t\n"
    assert found(text, PHONES) == []


# --- local numbers of a person's record: a "local landline" note, offices named below ----


def test_a_local_landline_note_is_no_units_note():
    person = rid("23010319800101123")
    text = f"姓名：张某某\n身份证号：{person}\n　亲情电话：6187234（本地座机）\n"
    assert found(text, PHONES) == [at(text, "landline", "6187234")]
    office = "　值班电话：6187299（单位座机）\n"
    assert found(office, PHONES) == []


def test_a_records_local_number_though_offices_are_named_around_it():
    person = rid("42282719490611362")
    text = (
        "户主姓名：谭某某\n"
        f"身份证号：{person}\n"
        "房屋坐落：某县龙潭镇茶园坪村8组11号\n"
        "鉴定结论：C级（局部危险）\n"
        "联系电话：6318245（邻居家代接）\n"
        "鉴定人员：刘某、向某（县住建局村镇建设股）\n"
    )
    assert at(text, "landline", "6318245") in found(text, PHONES)
