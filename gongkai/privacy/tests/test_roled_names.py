"""Names read by their role and their edges (``rolednames``, ``bracketparticulars``,
``headerqualifiers.slashed_persons``, ``xmltables.field_header``, ``dottededges``): a mixed
column of persons and units decided cell by cell, a private role before a name in prose, a
form of address after a name, the keys of exports naming a person's role, and officials in
office left out."""

from .spans import at, found, names


def _names(text):
    return found(text, ["name"])


# --- a column of persons and units, each cell by its own shape ---


def test_a_tab_column_of_owners_or_units_keeps_the_persons_only():
    text = (
        "序号\t租住人\t产权人/单位\t产权人电话\n"
        "1\t韩立春\t石桥镇顺达物流有限公司\t0731-86223417\n"
        "2\t罗艳秋\t葛文斌\t83315092\n"
        "3\t孟庆海\t城南第三小学\t0731-86559013\n"
        "4\t汪思雨\t柏青松\t0731-86771234\n"
    )
    got = _names(text)
    for name in ("韩立春", "罗艳秋", "葛文斌", "孟庆海", "汪思雨", "柏青松"):
        assert at(text, "name", name) in got
    assert not any(text[s:e].endswith(("公司", "小学")) for _k, s, e in got)


def test_a_pipe_column_of_applicants_or_units():
    text = (
        "| 编号 | 申请人/申请单位 | 身份证号或代码 | 电话 |\n"
        "| --- | --- | --- | --- |\n"
        "| A-01 | 龙山县惠民粮油加工厂 | 91433127MA4Q8K2X1B | 0743-5221870 |\n"
        "| A-02 | 邓春燕 | 433127198807152628 | 13974321588 |\n"
        "| A-03 | 覃建国 | 433127197601302212 | 0743-5230091 |\n"
    )
    got = _names(text)
    assert at(text, "name", "邓春燕") in got and at(text, "name", "覃建国") in got
    assert not any("加工厂" in text[s:e] for _k, s, e in got)


# --- a private person's role before a name in prose ---


def test_a_guest_named_after_the_role_and_mentioned_again():
    text = (
        "经查，该店10月2日接待住客唐振宇入住302房间，未登记同住人。"
        "民警随后联系唐振宇（手机13807455102）核实，其承认借用他人证件。"
    )
    assert _names(text) == names(text, "唐振宇", "唐振宇")


def test_a_passenger_with_a_compound_surname_before_a_particle():
    text = "当日乘客欧阳思琪的行李遗落在车厢内，司机已送交车站（电话0745-6223301）。"
    assert at(text, "name", "欧阳思琪") in _names(text)


def test_a_name_before_a_bracket_with_an_id_whatever_the_word_before():
    text = "该旅店登记旅客蒋文涛（身份证号430521199002114312）时未核对原件。"
    assert at(text, "name", "蒋文涛") in _names(text)
    home = "涉事车辆系同楼栋邵立华（住清江县白沙镇解放路18号）所有。"
    assert at(home, "name", "邵立华") in _names(home)


def test_a_private_standing_before_the_mobile_in_the_bracket():
    text = "如有异议，可向小区业委会副主任曾立伟（业主，手机13807316642）反映。"
    got = _names(text)
    assert at(text, "name", "曾立伟") in got
    assert not any(text[s:e] == "任曾立伟" for _k, s, e in got)


def test_a_bare_phone_after_a_units_contact_stays_staff():
    text = "报名请联系镇文化站联系人丁晓梅（电话0745-6221908）。"
    assert _names(text) == []


# --- a form of address after a name ---


def test_a_name_before_an_elders_title_in_a_letter():
    text = "我想推荐住在我们楼下的钱桂兰阿姨，她照顾孤寡老人已经十年。我的手机13975462210。"
    assert _names(text) == names(text, "钱桂兰")
    landlord = "我租的是三楼，房东是詹国庆大爷，平时很好说话。我的电话是13807455102。"
    assert _names(landlord) == names(landlord, "詹国庆")


def test_a_surname_and_a_title_alone_name_nobody():
    text = "隔壁的张阿姨和李大爷都说那天没有听到动静，几位高龄老人也已安置。电话13807455102。"
    assert _names(text) == []


def test_a_title_after_a_dotted_name_is_no_part_of_it():
    text = "古丽娜·吐尔洪女士：\n您反映的问题已转交区市场监管局处理。"
    assert _names(text) == names(text, "古丽娜·吐尔洪")


# --- what a name is not ---


def test_a_conjunction_and_a_kinship_word_is_no_name():
    text = "经核实，同住的两人系其丈夫与儿子，均已补登记。值班电话0745-6223301。"
    assert not any(text[s:e] in ("与儿子", "和儿子") for _k, s, e in _names(text))


def test_a_lodgings_kind_after_its_quoted_name_is_no_name():
    text = (
        "（一）青石镇“听雨轩”客栈（经营者为个体工商户，电话0745-6223301）未按规定登记；"
        "各旅馆（民宿）须整改。"
    )
    assert _names(text) == []


def test_a_married_womans_double_surname_is_one_name():
    text = "与其同来的妻子陈吴美玲（证件尾号4471）称已出示证件。"
    assert at(text, "name", "陈吴美玲") in _names(text)


# --- keys of exports naming a person's role ---


def test_json_keys_of_an_agent_and_a_tenant_are_persons():
    text = (
        '{"no": 1, "name": "骆晓东", "idno": "430102198811234517", "agent": "莫小婷", '
        '"agent_tel": "13874120066", "tenant": "秦海波"}\n'
        '{"no": 2, "name": "车文静", "idno": "430102199203051248", "proxyName": "聂志明"}\n'
    )
    got = _names(text)
    for name in ("骆晓东", "莫小婷", "秦海波", "车文静", "聂志明"):
        assert at(text, "name", name) in got


def test_pinyin_initials_before_xm_name_a_person_and_staff_stay_out():
    text = (
        '{"bh": "X-17", "xsxm": "廖梓涵", "fqxm": "廖国栋", "sfzh": "430104201509221235", '
        '"jbrxm": "卢雪梅"}\n'
    )
    got = _names(text)
    assert at(text, "name", "廖梓涵") in got and at(text, "name", "廖国栋") in got
    assert at(text, "name", "卢雪梅") not in got


def test_an_xml_owner_field_is_a_person():
    text = (
        "<records><record><stallNo>B-12</stallNo><owner>容海涛</owner>"
        "<idCard>430722198405066619</idCard></record></records>"
    )
    assert at(text, "name", "容海涛") in _names(text)


# --- officials in office ---


def test_a_checks_staff_in_a_record_head_stay_out():
    text = (
        "检查单位：清江县市场监督管理局　科室电话：0745-6223301　检查人员：韦振东、庞丽娜\n"
        "经营者：柴文斌　身份证：430722197911256614　电话：13907453321\n"
    )
    got = _names(text)
    assert at(text, "name", "柴文斌") in got
    assert at(text, "name", "韦振东") not in got and at(text, "name", "庞丽娜") not in got


def test_an_agent_of_the_party_is_no_staff():
    text = "委托办理人：尹秋菊（手机13507318862）\n受理人：谭卫东\n"
    got = _names(text)
    assert at(text, "name", "尹秋菊") in got
