"""Numbers and addresses by their layout and sentence (issue 16, privfix19a).

Province-prefixed licence numbers, flats written "…号房", bare streets under a residence
header of a table one cell a line, landmarks and shopfronts after a house number, the
writer's 同小区, a foot's note on copies, a company's row in a donors' register, a row of
a company's change of premises, a law firm's address, a pet's chip column, a duty vet's
own mobile, an official's own mobile and a unit's sentence of contacts.
"""

from .spans import at, found


def test_province_prefixed_licence_is_no_travel_permit():
    text = (
        "药品经营许可证编号：黔CB5103377\n经营地址：某县某街道某路8号\n"
        "证书编号：陇CA2207145\n"
        "申请人往来港澳通行证号码：CB5103378\n"
    )
    got = found(text, ["permit", "passport"])
    assert got == [at(text, "permit", "CB5103378")]


def test_flat_written_with_fang():
    text = "申请人：岑立平\n现住址：柳溪县城关镇翠湖苑5栋2单元703号房\n"
    assert at(text, "address", "柳溪县城关镇翠湖苑5栋2单元703号房") in found(text, ["address"])
    text2 = "住址：柳溪县城关镇翠湖苑5栋2单元703号房屋一套\n"
    assert at(text2, "address", "柳溪县城关镇翠湖苑5栋2单元703号") in found(text2, ["address"])


STACKED = (
    "某县救助站犬只认领登记表\n序号\n收容编号\n犬只特征\n办理类型\n认领（收养）人\n公民身份号码\n"
    "联系电话\n现住址\n办理日期\n"
    "1\nLY0001\n白色博美犬，母，约1岁\n收养\n岑立平\n450421198303150012\n13607741122\n"
    "柳溪县城关镇解放街23号\n2025-03-02\n"
    "2\nLY0002\n黄色土犬，公，约2岁\n收养\n蓝秀梅\n450421199102060023\n15177412233\n"
    "柳溪县太平镇兴隆路147号\n2025-03-09\n"
    "说明：救助站地址：柳溪县城关镇工业路9号，联系电话：0774-5561234。\n"
)


def test_bare_street_under_residence_header_of_stacked_table():
    got = found(STACKED, ["address"])
    assert at(STACKED, "address", "柳溪县城关镇解放街23号") in got
    assert at(STACKED, "address", "柳溪县太平镇兴隆路147号") in got
    assert at(STACKED, "address", "柳溪县城关镇工业路9号") not in got


def test_no_residence_header_leaves_bare_street():
    text = STACKED.replace("现住址", "备注")
    got = found(text, ["address"])
    assert at(text, "address", "柳溪县城关镇解放街23号") not in got


def test_landmark_shopfront_and_same_estate():
    text = (
        "来电人反映：同小区翠湖苑7幢1502室住户饲养大型犬，夜间吠叫。\n"
        "来电人称邻居在和平路56号后面的平房养狗。\n"
        "当事人岑立平（住柳溪县城关镇翠湖苑2栋301室）在柳溪县城关镇兴隆路88号门面擅自开展诊疗活动。\n"
    )
    got = found(text, ["address"])
    assert at(text, "address", "翠湖苑7幢1502室") in got
    assert at(text, "address", "同小区翠湖苑7幢1502室") not in got
    assert not any(s <= text.index("和平路56号") < e for _k, s, e in got)
    assert at(text, "address", "柳溪县城关镇翠湖苑2栋301室") in got
    assert not any(s <= text.index("兴隆路88号") < e for _k, s, e in got)
    home = "当事人蓝秀梅，住址柳溪县太平镇和平街12号，在柳溪县太平镇和平街12号门面内行医。\n"
    assert found(home, ["address"]) == [
        at(home, "address", "柳溪县太平镇和平街12号"),
        at(home, "address", "柳溪县太平镇和平街12号", home.index("门面") - 12),
    ]


def test_copies_note_at_the_foot_is_the_issuers():
    text = (
        "某县市场监督管理局\n行政处罚决定书\n\n当事人：岑立平，住柳溪县城关镇翠湖苑2栋301室。\n"
        "经查，当事人违法经营。\n\n                    某县市场监督管理局\n"
        "                    2025年3月8日\n\n"
        "（当事人、本局各执一份。联系地址：柳溪县城关镇府后路12号，联系电话：0774-5213366）\n"
    )
    got = found(text, ["address", "landline"])
    assert at(text, "address", "柳溪县城关镇翠湖苑2栋301室") in got
    assert at(text, "address", "柳溪县城关镇府后路12号") not in got
    assert at(text, "landline", "0774-5213366") not in got


def test_donors_register_company_row_phone():
    head = '"票号","日期","捐赠人","类型","定向项目","联系方式","地址"\n'
    rows = (
        '"A001","2025-03-04","柳溪县宏图建材有限公司","企业","助学·圆梦","0774-5120098","柳溪县工业园8号"\n'
        '"A002","2025-03-05","岑立平","个人","助学·圆梦","0774-5127761","柳溪县城关镇解放街23号"\n'
    )
    text = head + rows
    got = found(text, ["landline"])
    assert at(text, "landline", "0774-5120098") not in got
    assert at(text, "landline", "0774-5127761") in got


def test_company_row_change_of_premises():
    text = (
        "序号\t企业名称\t变更事项\t变更前\t变更后\t联系电话\n"
        "1\t柳溪县仁心大药房有限公司\t负责人\t岑立平\t蓝秀梅\t13607741122\n"
        "2\t柳溪县仁心大药房有限公司\t经营地址\t柳溪县城关镇解放街23号\t柳溪县城关镇解放街23号105室\t—\n"
    )
    got = found(text, ["address"])
    assert got == []


def test_law_firms_address_in_its_bracket():
    text = (
        "委托代理人：岑立平，广西柳溪律师事务所律师（地址：柳溪县城关镇府前路30号，"
        "电话：0774-5510088），手机13607741122。\n"
        "代理人送达地址：柳溪县城关镇府前路30号广西柳溪律师事务所。\n"
    )
    got = found(text, ["address", "landline", "mobile"])
    assert got == [at(text, "mobile", "13607741122")]


def test_chip_column_number_is_no_old_id():
    text = (
        "序号,犬主姓名,证件号码,电子标识（芯片）号\n1,岑立平,450421198303150012,156100741109105\n"
    )
    got = found(text, ["id_card"])
    assert got == [at(text, "id_card", "450421198303150012")]


def test_duty_mobile_noted_as_own_and_officials_mobile():
    text = (
        "夜间值班：县动物疫病预防控制中心值班兽医岑立平，值班手机13607741122（本人手机，仅限紧急情况）。\n"
        "值班手机：15177412233。\n"
        "如遇紧急情况，可联系检查组组长蓝秀梅，手机18977415566。\n"
    )
    got = found(text, ["mobile"])
    assert at(text, "mobile", "13607741122") in got
    assert at(text, "mobile", "15177412233") not in got
    assert at(text, "mobile", "18977415566") in got


def test_units_sentence_of_contacts_gives_its_mailbox():
    text = (
        "（五）举报违规养犬，请拨打12345或县农业综合行政执法大队电话0774-5523110，通讯地址柳溪县城关镇"
        "府前路2号农业服务大楼3楼305室，邮编545000，邮箱lxnyzf@126.com。\n"
        "来信人岑立平，邮箱cenliping88@163.com。\n"
    )
    got = found(text, ["email"])
    assert got == [at(text, "email", "cenliping88@163.com")]


def test_official_work_mobile_and_landmark_near_misses():
    text = (
        "（王科长工作手机13905381234仅限工作日受理）\n"
        "来信人：岑立平，居住地柳溪县城关镇塔岗村新屋下23号附近的养殖场气味很大。\n"
    )
    assert found(text, ["mobile"]) == []
    assert at(text, "address", "柳溪县城关镇塔岗村新屋下23号") in found(text, ["address"])
