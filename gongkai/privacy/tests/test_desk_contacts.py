"""Whose number or mailbox it is: the person's of the row, or the unit's (issue 16,
privfix16yd, after docs138–143). A desk's mobile by its label or column (deskphones), a note
denying any person, a legal representative named under the head's post, a farm's line in an
export, a support or service line, a mailbox offered to hand something in, a writer's reply
box, an individual business's keeper's row."""

from gongkai.privacy.tests.spans import at, found

PHONES = ("mobile", "landline")
MAIL = ("email",)


# --- a desk's mobile (deskphones) ---------------------------------------------------------


def test_duty_mobile_on_a_units_directory_line_is_the_desks():
    text = "3. 东林镇应急管理办公室　电话：0571-6123456　值守手机：13857112345\n"
    assert found(text, PHONES) == []


def test_duty_mobile_in_prose_and_a_service_mobile_under_a_key():
    text = (
        "东林镇防汛抗旱指挥部办公室，夜间可拨打值班手机 13857112346，或24小时热线0571-6123470。\n\n"
        "单位名称：临江县农机服务站\n咨询手机：13857112347\n"
    )
    assert found(text, PHONES) == []


def test_desk_mobile_columns_pipe_and_tab():
    pipe = "| 单位 | 座机 | 值班手机 |\n| --- | --- | --- |\n| 临江县防汛办 | 0571-6123457 | 13857112350 |\n"
    tab = "单位\t座机\t服务手机\n临江县农技站\t0571-6123457\t13857112351\n"
    assert at(pipe, "mobile", "13857112350") not in found(pipe, PHONES)
    assert at(tab, "mobile", "13857112351") not in found(tab, PHONES)


def test_persons_own_mobiles_stay_beside_a_desk_label_or_column():
    record = "申请人：王建新，身份证号330122198003152416，本人手机：13857112348，值班手机：13857112349。\n"
    got = found(record, PHONES)
    assert at(record, "mobile", "13857112348") in got
    assert at(record, "mobile", "13857112349") in got  # a person's record: kept
    roster = "序号,姓名,值班手机\n1,王建国,13857112355\n"
    assert at(roster, "mobile", "13857112355") in found(roster, PHONES)  # staff's row named
    contact = "序号\t姓名\t联系手机\n1\t王建国\t13857112356\n"
    assert at(contact, "mobile", "13857112356") in found(contact, PHONES)
    kin = "住户：李春梅　手机：13857112352（本人）　家属手机：13857112354\n"
    assert found(kin, PHONES) == [
        at(kin, "mobile", "13857112352"),
        at(kin, "mobile", "13857112354"),
    ]


def test_a_note_denying_any_person_and_an_occupation_note():
    text = "联系方式：0571-6123458（单位座机，非个人号码）；邮箱：dljz2020@163.com（公用邮箱）。\n"
    assert found(text, PHONES + MAIL) == []
    prose = "　　如对补助发放有疑问，可在工作日联系13857112382（非个人号码，工作日接听）。\n"
    assert found(prose, PHONES) == []
    own = "　　申请人刘德明，手机13857112385（本人使用）。\n"
    assert found(own, PHONES) == [at(own, "mobile", "13857112385")]
    member = "二、会员：张建军，13857112353（公务员），住临江县滨江路12号3幢201室。\n"
    assert at(member, "mobile", "13857112353") in found(member, PHONES)


# --- a legal representative under the head's post (legalpersons) -------------------------


def test_cooperatives_head_as_legal_representative_gives_the_units_line():
    text = (
        "临江县青山养蜂专业合作社成员名单\n"
        "1　周国平　330122196805121234　临江县青山镇石门村3组12号\n"
        "合作社理事长（法定代表人）：赵国强　联系电话：0571-6123460\n"
    )
    assert found(text, PHONES) == []
    home = "法定代表人：钱立新，住宅电话：0571-6123462。\n"
    assert found(home, PHONES) == [at(home, "landline", "0571-6123462")]  # a home's label


# --- a farm's line in an export's record (recordparts) -------------------------------------


def test_farms_line_keyed_after_its_name_in_json_and_xml():
    text = (
        '{"xm": "孙丽华", "sfzh": "330122197105083321", "dh": "0571-6123463", '
        '"jsfmc": "临江县青禾家庭农场", "jsfdh": "0571-6123464"}\n'
        '{"xm": "陈明", "sfzh": "330122198802143318", "dh": "13857112360", '
        '"jsfmc": "临江县白云林场", "jsfdh": "0571-6123465"}\n'
    )
    assert found(text, PHONES) == [
        at(text, "landline", "0571-6123463"),
        at(text, "mobile", "13857112360"),
    ]
    xml = (
        '<r xm="孙丽华" sfzh="330122197105083321" lxdh="0571-6123466" '
        'lcmc="临江县东坡茶场" lcdh="0571-6123467"/>\n'
    )
    assert found(xml, PHONES) == [at(xml, "landline", "0571-6123466")]


# --- a support or a service line (landlineowner) ------------------------------------------


def test_support_and_customer_service_lines_and_a_home_line():
    text = "3. 农户信息采集平台网址：http://nh.example.cn，技术支持电话 0571-6123468；客服电话：0571-6123469。\n"
    assert found(text, PHONES) == []
    home = "申请人：孙丽华　家庭电话：0571-6123471\n"
    assert found(home, PHONES) == [at(home, "landline", "0571-6123471")]


# --- mailboxes: offered to hand in by, a writer's reply box, a shop's row --------------------


def test_mailbox_offered_to_hand_in_by_is_the_offices():
    text = (
        "当事人如有异议，也可以通过电子邮箱 ljscjg_fw@163.com 提交书面陈述申辩意见。\n"
        "请各村于5月10日前通过邮箱ljnyj2024@126.com报送汇总表。\n"
    )
    assert found(text, MAIL) == []


def test_writers_own_box_used_to_hand_in_stays():
    text = "来信人：林海涛\n　　我叫林海涛，我也可以通过邮箱 lht1987@qq.com 提交补充照片。\n"
    assert found(text, MAIL) == [at(text, "email", "lht1987@qq.com")]
    past = "　　2024年3月，本人通过电子邮箱 lht1987@qq.com 提交了申请材料。\n"
    assert found(past, MAIL) == [at(past, "email", "lht1987@qq.com")]


def test_writers_reply_box_after_their_own_contacts():
    text = (
        "来信人：郑红\n电子邮箱：zhenghong77@qq.com\n"
        "　　我的电话是13857112370，也可以发邮件到zhenghong77@qq.com回复。\n"
    )
    first = text.index("zhenghong77")
    second = text.index("zhenghong77", first + 1)
    assert found(text, MAIL) == [
        ("email", first, first + 18),
        ("email", second, second + 18),
    ]
    office = "市民也可发送邮件至jubao@lj.example.gov.cn反映问题。\n"
    assert found(office, MAIL) == []


def test_keepers_mailbox_in_an_individual_business_record():
    text = (
        '{"zhmc": "临江县惠民小卖部", "jyzxm": "周桂兰", "sfzh": "330122196912023328", "zz": "", '
        '"sjhm": "13857112371", "jydz": "临江县滨江路9号", "djjg": "临江县市场监督管理局", '
        '"slr": "何平", "djjgdh": "0571-6123490", "yx": "zgl1969@sina.com"}\n'
    )
    assert found(text, MAIL) == [at(text, "email", "zgl1969@sina.com")]
    unit = "临江县惠民服务部　联系人：周桂兰　手机：13857112371　电话：0571-6123491　邮箱：hmfwb@163.com\n"
    assert found(unit, MAIL) == []
