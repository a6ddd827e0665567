"""privfix16ib: a clerk's word that names a private person when the record gives that
person's own papers — a 经办人 column beside 经办人身份证号 (a buyer's agent), and the pinyin
initials ``jbr`` (经办人 and 举报人 alike) as a report's only holder of an identity document."""

from gongkai.privacy.tests.spans import at, found

# a register of permits, quoted CSV: the buyer's agent has an ID and a mobile of their own
_AGENTS = (
    '"南岭县公安局易制毒化学品运输备案台账（2024年）"\n'
    '""\n'
    '"备案编号","运输单位","统一社会信用代码","法定代表人","经办人","经办人身份证号",'
    '"经办人手机","品名","数量","备案日期"\n'
    '"南公运备〔2024〕011号","南岭县顺达物流有限公司","91431122MA4P8KX21J","黎振东","覃晓燕",'
    '"431122199003157826","13974410583","硫酸","200千克","2024-03-11"\n'
    '"南公运备〔2024〕012号","南岭县城关镇利民五金店","92431122MA4Q2WB73D","韩春生","韩春生",'
    '"431122197511084418","15907461120","盐酸","50千克","2024-04-02"\n'
    '"南公运备〔2024〕013号","南岭县第一中学","12431122448123456K","欧阳立群","岑美玉",'
    '"43112219850620362X","18674305512","硫酸","10千克","2024-05-18"\n'
)


def _names(text):
    return [s for s in found(text, ["name"])]


def test_an_agents_column_with_the_agents_own_id_is_a_private_persons():
    got = _names(_AGENTS)
    for piece in ("覃晓燕", "岑美玉"):
        assert at(_AGENTS, "name", piece) in got, piece
    # the keeper of an individual business (92 code) and the same person as agent
    first = _AGENTS.index("韩春生")
    assert at(_AGENTS, "name", "韩春生") in got
    assert at(_AGENTS, "name", "韩春生", first + 3) in got
    # a company's and a school's legal representative stays unmarked
    for piece in ("黎振东", "欧阳立群"):
        assert at(_AGENTS, "name", piece) not in got, piece


def test_the_same_register_with_tabs():
    text = _AGENTS.replace('"', "").replace(",", "\t")
    got = _names(text)
    for piece in ("覃晓燕", "岑美玉"):
        assert at(text, "name", piece) in got, piece
    assert at(text, "name", "黎振东") not in got


def test_a_clerks_column_beside_the_applicants_id_stays_staff():
    text = (
        "序号\t申请人\t申请人身份证号\t联系电话\t经办人\t受理日期\n"
        "1\t潘建业\t431122198204113719\t13787460021\t龙海燕\t2024-06-03\n"
        "2\t谭秀兰\t431122197612054226\t15173390418\t龙海燕\t2024-06-05\n"
        "3\t石磊\t431122199107302013\t18890743365\t龙海燕\t2024-06-09\n"
    )
    got = _names(text)
    for piece in ("潘建业", "谭秀兰", "石磊"):
        assert at(text, "name", piece) in got, piece
    assert at(text, "name", "龙海燕") not in got  # the office's clerk, every row


_REPORTS = (
    '{"bh": "QX2024-0117", "jbsj": "2024-05-03 09:12", "jbr": "邵明轩", "xb": "男", '
    '"zjhm": "430521198807153518", "sjhm": "13607318842", "jbnr": "反映某作坊无证生产", '
    '"slr": "韦振邦", "bljg": "已办结"}\n'
    '{"bh": "QX2024-0118", "jbsj": "2024-05-04 10:12", "jbr": "蓝小薇", "zjlx": "护照", '
    '"zjhm": "E61830452", "sjhm": "15874120093", "jbnr": "反映某仓库违规储存", '
    '"slr": "韦振邦", "bljg": "办理中"}\n'
    '{"bh": "QX2024-0119", "jbsj": "2024-05-06 15:40", "jbr": "匿名", "zjhm": "", "sjhm": "", '
    '"jbnr": "反映某加油站夜间卸油", "slr": "冼文涛", "bljg": "办理中"}\n'
)


def test_jbr_holding_the_records_only_papers_is_the_reporter():
    got = _names(_REPORTS)
    assert at(_REPORTS, "name", "邵明轩") in got
    assert at(_REPORTS, "name", "蓝小薇") in got
    # the office's 受理人 and an anonymous report's word stay unmarked
    for piece in ("韦振邦", "冼文涛", "匿名"):
        assert at(_REPORTS, "name", piece) not in got, piece


def test_jbr_beside_a_named_person_is_the_clerk():
    text = (
        '{"xm": "覃国栋", "sfzh": "430521197702283214", "sjhm": "13974562210", '
        '"jbr": "陆春生", "bljg": "已办结"}\n'
        '{"xm": "彭丽娟", "sfzh": "430521198310096621", "sjhm": "15200731846", '
        '"jbr": "陆春生", "bljg": "已办结"}\n'
    )
    got = _names(text)
    assert at(text, "name", "覃国栋") in got
    assert at(text, "name", "彭丽娟") in got
    assert at(text, "name", "陆春生") not in got


def test_jbr_without_papers_in_the_record_stays_staff():
    text = (
        '{"ajbh": "2024-118", "dsr": "某某建材有限公司", "jbr": "陆春生", "sjhm": "13974562210"}\n'
        '{"ajbh": "2024-119", "dsr": "某某物流有限公司", "jbr": "陆春生", "sjhm": "13974562210"}\n'
    )
    assert at(text, "name", "陆春生") not in _names(text)


def _export(workers, guardians):
    people = [
        ("卢振宇", "452128198405166312", "13877150023"),
        ("蒙丽华", "452128199002287540", "15977238816"),
        ("黄志坚", "452128197709019137", "18178290054"),
        ("甘秀梅", "452128198812063328", "13635066917"),
        ("农建华", "452128196903151816", "15078321146"),
    ]
    rows = ['<?xml version="1.0" encoding="UTF-8"?>', '<Dc dcdw="某县社区矫正管理局">']
    for (xm, sfzh, dh), (worker, phone), guardian in zip(people, workers, guardians, strict=True):
        rows += [
            "  <Jl>",
            f"    <Xm>{xm}</Xm>",
            f"    <Sfzh>{sfzh}</Sfzh>",
            f"    <Lxdh>{dh}</Lxdh>",
            f'    <Jhr xm="{guardian}" gx="母亲"/>',
            f'    <Zgry xm="{worker}" sjh="{phone}"/>',
            "  </Jl>",
        ]
    rows.append("</Dc>")
    return "\n".join(rows) + "\n"


def test_an_attributes_name_recurring_over_records_is_staff():
    a, b = ("覃海燕", "19977104415"), ("骆文斌", "18977236620")
    guardians = ["卢桂香", "韦春兰", "黄玉梅", "甘翠英", "农秀珍"]
    text = _export([a, b, a, b, a], guardians)
    got = _names(text)
    for piece in ("卢振宇", "蒙丽华", *guardians):
        assert at(text, "name", piece) in got, piece
    for piece in ("覃海燕", "骆文斌"):  # the worker who served each record, interleaved
        assert at(text, "name", piece) not in got, piece
    # the worker's own mobile is still a mobile
    assert at(text, "mobile", "19977104415") in found(text, ["mobile"])


def test_an_attributes_names_all_different_stay_persons():
    workers = [
        ("覃海燕", "19977104415"),
        ("骆文斌", "18977236620"),
        ("梁小红", "13707718851"),
        ("莫家宝", "15277046693"),
        ("苏月娥", "18376612208"),
    ]
    guardians = ["卢桂香", "韦春兰", "黄玉梅", "甘翠英", "农秀珍"]
    text = _export(workers, guardians)
    got = _names(text)
    for piece, _phone in workers:
        assert at(text, "name", piece) in got, piece


def test_a_guardians_attribute_recurring_stays_a_person():
    a, b = ("覃海燕", "19977104415"), ("骆文斌", "18977236620")
    text = _export([a, b, a, b, a], ["卢桂香", "韦春兰", "卢桂香", "韦春兰", "卢桂香"])
    got = _names(text)
    for piece in ("卢桂香", "韦春兰"):  # under a guardian's key (jhr): persons, however often
        assert at(text, "name", piece) in got, piece


def test_a_premises_labelled_by_its_business_kind_is_no_home():
    text = (
        "个体药店开办登记（2024年）\n"
        "登记编号：LS-YD-2024-017\n"
        "申请人：莫海涛\n"
        "公民身份号码：452122198006153318\n"
        "家庭住址：广西壮族自治区南宁市隆山县古零镇弄黎村那坡屯27号\n"
        "现住址：隆山县城厢镇民族路118号锦绣苑6栋2单元503室\n"
        "联系电话：13978120356\n"
        "药店名称：隆山仁心大药房\n"
        "药店地址：隆山县城厢镇解放路46号\n"
        "----\n"
        "登记编号：LS-ZS-2024-018\n"
        "申请人：黄雪梅\n"
        "公民身份号码：452122198711203728\n"
        "家庭住址：隆山县丁当镇定罗村板六屯9号\n"
        "诊所名称：隆山杏林中医诊所\n"
        "诊所地址：隆山县丁当镇朝阳街12号\n"
    )
    got = found(text, ["address"])
    for piece in (
        "广西壮族自治区南宁市隆山县古零镇弄黎村那坡屯27号",
        "隆山县城厢镇民族路118号锦绣苑6栋2单元503室",
        "隆山县丁当镇定罗村板六屯9号",
    ):
        assert at(text, "address", piece) in got, piece
    for piece in ("隆山县城厢镇解放路46号", "隆山县丁当镇朝阳街12号"):
        assert at(text, "address", piece) not in got, piece


def test_a_payees_card_under_pinyin_initials():
    # (18 digits that a credit code's check also passes: the key says which)
    text = (
        '{"jlbh": "JL-2024-031", "skrxm": "谭玉凤", "skrsfzh": "450881199104173826", '
        '"skrkh": "629935181909378659", "jlje": 2000, "ddh": "6228480318027465919", '
        '"cbr": "梁振华", "cbdwdh": "0775-4218630"}\n'
        '{"jlbh": "JL-2024-032", "skrxm": "韦德胜", "skrsfzh": "450881198209251415", '
        '"skrkh": "625559797114710494", "jlje": 1500, "ddh": "6228480318027466024", '
        '"cbr": "梁振华", "cbdwdh": "0775-4218630"}\n'
    )
    cards = found(text, ["bank_card"])
    assert at(text, "bank_card", "629935181909378659") in cards
    assert at(text, "bank_card", "625559797114710494") in cards
    assert at(text, "bank_card", "6228480318027465919") not in cards  # ddh: an order's number
    got = _names(text)
    assert at(text, "name", "谭玉凤") in got and at(text, "name", "韦德胜") in got
    assert at(text, "name", "梁振华") not in got  # the handler (cbr)


def test_kh_alone_or_after_another_word_is_no_card():
    from gongkai.privacy.keymeaning import meaning

    assert meaning("skrkh")[:2] == ("person", "card")
    assert meaning("lkrkh")[:2] == ("person", "card")
    assert meaning("xskh")[1] == ""  # 学生考号: an exam number
    assert meaning("kh")[1] == "" and meaning("khmc")[1] == ""


def test_full_pinyin_keys_in_camel_case_read_by_their_initials():
    from gongkai.privacy.keymeaning import meaning

    assert meaning("JinJiLianXiRen") == ("person", "name", "紧急联系人")
    assert meaning("JiaTingZhuZhi")[:2] == ("person", "address")
    assert meaning("ShouJi")[1] == "phone"
    assert meaning("ChuLiRen")[0] == "staff"  # 处理人
    # English words in camelCase, and syllables whose initials are no known words, as before
    assert meaning("HomeAddress")[:2] == ("person", "address")
    assert meaning("SuoZaiKeShi") == ("", "", "")


def test_an_emergency_contact_under_a_full_pinyin_key():
    rows = ["<PeiXunBan>"]
    for xm, sfzh, jj, jjdh in (
        ("欧海波", "450102198710254431", "黄丽", "13978801254"),
        ("刘芳菲", "450102199203116628", "邓娜", "15877612093"),
        ("覃世杰", "450102198505083017", "梁玉兰", "18977045516"),
    ):
        rows += [
            "  <XueYuan>",
            f"    <XingMing>{xm}</XingMing>",
            f"    <ShenFenZhengHao>{sfzh}</ShenFenZhengHao>",
            "    <SuoZaiKeShi>中医内科</SuoZaiKeShi>",
            f"    <JinJiLianXiRen>{jj}</JinJiLianXiRen>",
            f"    <JinJiLianXiDianHua>{jjdh}</JinJiLianXiDianHua>",
            "    <ChuLiRen>韦建新</ChuLiRen>",
            "  </XueYuan>",
        ]
    rows.append("</PeiXunBan>")
    text = "\n".join(rows) + "\n"
    got = _names(text)
    for piece in ("欧海波", "黄丽", "邓娜", "梁玉兰"):
        assert at(text, "name", piece) in got, piece
    assert at(text, "name", "韦建新") not in got  # 处理人: staff acting in office


def test_a_label_whose_name_is_noted_as_the_units_staff():
    text = (
        "社区矫正对象报到登记\n"
        "姓名：覃振邦\n"
        "公民身份号码：451025198803224417\n"
        "报到日期：2024-05-06\n"
        "接收人：黎小燕（服务站专职社工）\n"
        "\n"
        "姓名：麦秋红\n"
        "公民身份号码：451025199107085526\n"
        "报到日期：2024-05-09\n"
        "接收人：陶锦华（司法所工作人员）\n"
        "陪同人：麦桂芳（母亲）\n"
        "代领人：邝启明（受助人之子）\n"
    )
    got = _names(text)
    for piece in ("覃振邦", "麦秋红", "麦桂芳", "邝启明"):
        assert at(text, "name", piece) in got, piece
    for piece in ("黎小燕", "陶锦华"):
        assert at(text, "name", piece) not in got, piece


def test_a_contact_noted_with_an_offices_section():
    text = (
        "特此通知。\n"
        "　　联系人：蓝海鹰（医政科）　办公电话：0771-5632418\n"
        "　　联系人：庞小慧（户主之妻）　手机：13877325590\n"
        "　　申请人：韦一鸣（村民）\n"
    )
    got = _names(text)
    assert at(text, "name", "蓝海鹰") not in got  # the office's section answers
    assert at(text, "name", "庞小慧") in got  # a relative's note
    assert at(text, "name", "韦一鸣") in got
    from gongkai.privacy.contactposts import _SECTION

    assert _SECTION.fullmatch("某某建材有限公司财务科") is None  # a company's section


def test_invigilators_listed_by_one_space_after_their_post():
    text = (
        " 序号  准考证号      考生       性别  身份证号码          手机号码     家庭住址\n"
        " 1     KH20240101  韦丽萍     女    450122198811023326  13877105523  武鸣县城厢镇永宁路18号\n"
        " 2     KH20240102  黄伟光     男    450122197905165519  15977016638  武鸣县双桥镇平福村那马屯6号\n"
        "\n"
        "监考员：杨海明　覃志坚　　考务联系电话：0771-3216072\n"
    )
    got = _names(text)
    for piece in ("韦丽萍", "黄伟光"):
        assert at(text, "name", piece) in got, piece
    for piece in ("杨海明", "覃志坚"):
        assert at(text, "name", piece) not in got, piece


def test_a_referee_named_after_the_word_for_one():
    text = (
        "关于不予通过报名审核的告知书\n"
        "冯小刚：\n"
        "　　你于2025年3月提交的中医医术确有专长人员医师资格考核报名材料，经审核，存在以下问题：\n"
        "　　一、推荐医师韩振东的《医师执业证书》执业类别为临床类别，不符合规定；"
        "另一名推荐医师上官丽娜的推荐材料未载明其与你的关系。\n"
        "　　二、推荐单位县中医医院的意见未盖章。\n"
    )
    assert _names(text) == [
        at(text, "name", "冯小刚"),
        at(text, "name", "韩振东"),
        at(text, "name", "上官丽娜"),
    ]
