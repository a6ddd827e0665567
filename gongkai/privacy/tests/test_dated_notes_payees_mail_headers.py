"""Persons in court, prison and justice-bureau notices (issue 16, the forty-third batch's
classes): a person cell noted with a date (刑满、释放、迁出 in brackets), a payee named
after 领款人 / 受款人, and the display names of an exported mail thread's headers.

Every fixture is written for these tests with names, places and numbers of its own; each
asserts the exact spans found and the near misses left alone.
"""

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


# --- a person cell with a dated note ---------------------------------------------------------


def test_tab_table_person_cell_noted_with_a_release_date():
    text = (
        "序号\t帮教对象\t家庭住址\t备注\n"
        "1\t柏玉林（2025年12月刑满释放）\t青河县白沙镇建设路12号\t\n"
        "2\t韩立新（预计2027年5月释放）\t青河县白沙镇新民街3号\t在押\n"
    )
    got = _names(text)
    assert got == names(text, "柏玉林", "韩立新")
    everything = found(text, ["address"])
    assert at(text, "address", "青河县白沙镇建设路12号") in everything
    assert at(text, "address", "青河县白沙镇新民街3号") in everything


def test_pipe_and_quoted_csv_person_cells_with_dated_notes():
    pipe = (
        "| 序号 | 矫正对象 | 联系电话 |\n"
        "|---|---|---|\n"
        "| 1 | 苗春生（2026年3月解除矫正） | 13912345670 |\n"
        "| 2 | 蔺桂香(2024.10迁出) | 15887654321 |\n"
    )
    assert _names(pipe) == names(pipe, "苗春生", "蔺桂香")
    csv = (
        '"户主","人口","住址"\n'
        '"饶德胜（2023年已故）","3","石桥镇东风路8号"\n'
        '"冼美玲","2","石桥镇东风路10号"\n'
    )
    assert _names(csv) == names(csv, "饶德胜", "冼美玲")


def test_digits_outside_a_note_still_mean_no_person():
    """A count, a group or a totals row with a dated note is no person."""
    text = (
        "序号\t户主\t人口\t金额（元）\n"
        "1\t尹建华\t3\t1200\n"
        "2\t3户（2025年新增）\t9\t3600\n"
        "合计（2025年）\t\t12\t4800\n"
    )
    assert _names(text) == names(text, "尹建华")


def test_a_noted_number_leaves_a_word_no_name():
    """Digits only in the note ask for a person's shape: an anonymous reporter's cell is
    no name."""
    text = (
        "序号\t举报人\t举报事项\t奖励金额（元）\n"
        "1\t匿名举报（凭举报编号JB2025110201领取）\t非法排污\t2000\n"
        "2\t钟丽萍（2025年11月已领取）\t非法采砂\t1000\n"
    )
    assert _names(text) == names(text, "钟丽萍")


# --- a payee after 领款人 / 受款人 -----------------------------------------------------------


def test_payee_labels_in_numbered_items():
    text = (
        "1．（2025）某0102执77号，领款人骆春兰，应领款5,600.00元，原登记电话已停机。\n"
        "2．受款人：聂海洋（账户已注销），应领款820.00元。\n"
    )
    assert _names(text) == names(text, "骆春兰", "聂海洋")


def test_payee_label_before_a_rule_is_no_name():
    text = "领款人应持本人身份证件到本院办理；受款人须在三个月内领取，逾期依法提存。"
    assert _names(text) == []


# --- display names in a mail thread's headers ------------------------------------------------


def test_display_names_before_private_mailboxes():
    text = (
        "发件人: 某县人民法院办公室 <bgs@mxfy.gov.cn>\n"
        "To: 范文静 <fanwj@163.com>; 柯小蕾 <kexiaolei88@qq.com>\n"
        "Cc: 阿依古丽·买买提 <ayiguli_m@163.com>\n"
        "收件人：\u201c司马睿\u201d<simarui@sina.com>\n"
    )
    assert _names(text) == names(text, "范文静", "柯小蕾", "阿依古丽·买买提", "司马睿")


def test_units_and_officials_mailboxes_name_no_person():
    """A unit's display name has no person's shape; a name before a government's or a
    school's mailbox is an official's or a teacher's acting in office."""
    text = (
        "From: 王立新 <wanglx@mxfy.gov.cn>\n"
        "To: 刑事审判庭 <xst_mx@163.com>; 立案庭 <lat@126.com>\n"
        "Cc: 鲁德明 <ludm@hnu.edu.cn>; 金城律师事务所 <jinchenglaw@163.com>\n"
    )
    assert _names(text) == []


# --- a two-character name before its title; an organ's officer named twice ------------------


def test_two_character_name_before_a_title_after_a_label():
    text = (
        "受送达人：柯岩律师    送达地址：（律所）\n"
        "联系人：喻青老师，电话13912345678\n"
        "委托代理人：柯岩律师事务所\n"
    )
    assert _names(text) == names(text, "柯岩", "喻青")


def test_organ_officer_with_post_is_left_everywhere_in_the_decision():
    text = (
        "赔偿请求人：单国强，男，1960年3月5日出生，住某县某乡某村三组9号。\n"
        "委托代理人：蓝志明，该局法制大队民警。\n"
        "委托代理人：龙晓雯，本院执行局法官助理。\n"
        "本院听取了赔偿请求人单国强和赔偿义务机关的委托代理人蓝志明、龙晓雯的陈述。\n"
        "委托代理人：贝金花，某市某区律师事务所律师。\n"
        "证明人：申请人之父单志刚，县公安局退休民警。\n"
    )
    got = _names(text)
    assert at(text, "name", "单国强") in got
    assert at(text, "name", "贝金花") in got
    assert at(text, "name", "单志刚") in got
    assert not [g for g in got if text[g[1] : g[2]] in ("蓝志明", "龙晓雯")]


# --- a payee's registered address -----------------------------------------------------------


def test_registered_address_of_a_payee_or_a_party():
    text = (
        "1．（2025）某0102执77号，领款人骆春兰，应领款5,600.00元。原登记地址青河县白沙镇建设路12号。\n"
        "2．当事人祁国华，登记地址：青河县城关镇胜利街8号附3号，电话已停机。\n"
    )
    got = found(text, ["address"])
    assert got == [
        at(text, "address", "青河县白沙镇建设路12号"),
        at(text, "address", "青河县城关镇胜利街8号附3号"),
    ]


def test_a_business_licences_registered_address_is_no_home():
    text = (
        "某某建材有限公司，企业登记地址：青河县白沙镇建设路88号。\n"
        "门店以营业执照登记地址青河县城关镇胜利街20号为准，单位登记地址：青河县人民路1号。\n"
    )
    assert found(text, ["address"]) == []


# --- a bare local number listed after the label's first number ------------------------------


def test_local_number_listed_after_a_labelled_phone():
    text = (
        "2．领款人骆春兰，原登记电话13970715236、4871920，应领款820.00元。\n"
        "当事人：祁国华，男，1970年5月2日出生，联系电话：(0452)6253918、6187234。\n"
    )
    got = found(text, ["landline", "mobile"])
    assert at(text, "landline", "4871920") in got
    assert at(text, "landline", "(0452)6253918") in got
    assert at(text, "landline", "6187234") in got


def test_units_numbers_and_amounts_listed_stay_clean():
    text = (
        "咨询电话：0452-6253000、6253001（执行局）。\n"
        "收款金额13970715、4871920元均已到账，编号13970715236、4871921。\n"
    )
    assert found(text, ["landline"]) == []


# --- a role's heading with a note about private persons ------------------------------------


def test_role_heading_noted_about_villagers_is_no_name():
    text = (
        "三、法律顾问（律师个人，按协议公开联系方式，供本村群众预约）\n"
        "四、村（社区）法律顾问（由律师事务所指派，为村民服务）\n"
        "| 村 | 法律顾问 | 联系电话 |\n"
        "|---|---|---|\n"
        "| 石门村 | 邝晴 | 13518335072 |\n"
        "五、贝秋林（石门村村民）自愿担任义务调解员。\n"
    )
    assert _names(text) == names(text, "邝晴", "贝秋林")


# --- a residence label with a note opening a long list of items -----------------------------


def test_noted_residence_label_opens_a_long_list_of_items():
    homes = [
        "青河县城关镇河背街34号",
        "青河县白沙镇新民街3号附2号",
        "青河县城关镇胜利街8号",
        "青河县石桥镇东风路10号",
        "青河县城关镇和平街58号",
        "青河县白沙镇建设路12号",
        "青河县城关镇沿江路33号",
        "青河县石桥镇人民路201号",
    ]
    items = "；".join(f"{i}号 {h}" for i, h in enumerate(homes, 1))
    text = f"受助对象家庭住址（用于回访，请勿外传）：{items}；其余对象住址见卷宗。\n"
    got = found(text, ["address"])
    for home in homes:
        assert at(text, "address", home) in got


def test_an_offices_list_of_addresses_stays_clean():
    text = (
        "办公地址（各服务点）：1号点 青河县城关镇河背街34号；2号点 青河县白沙镇新民街3号；"
        "3号点 青河县石桥镇人民路201号。\n"
    )
    assert found(text, ["address"]) == []


# --- a word for a prisoner or an offender before a name with · -----------------------------


def test_prisoner_word_is_no_part_of_a_dotted_name():
    text = (
        "3．罪犯艾合买提·阿不力孜，男，1985年出生，维吾尔族。\n"
        "社区矫正对象艾力·吐尔逊，男，1990年3月出生，现居青河县。\n"
    )
    assert _names(text) == names(text, "艾合买提·阿不力孜", "艾力·吐尔逊")
