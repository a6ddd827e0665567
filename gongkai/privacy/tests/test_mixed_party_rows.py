"""Whose row it is and tokens in a name's place that are no name (issue 16, privfix16rb):
a register mixing units' and natural persons' rows (``subjectcontacts``), a surname with a
title, a document number's issuer (``notnames``)."""

from gongkai.privacy.tests.spans import at, found

NAMES = ("name",)
PHONES = ("mobile", "landline")


# --- a register mixing units and persons: the unit's row's contacts are the unit's ------


def test_pipe_register_unit_rows_contacts_are_the_units():
    text = (
        "| 编号 | 申请方 | 项目 | 联系人 | 联系电话 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 青禾农业科技有限公司 | 稻田改造 | 滕国庆 | 0745-2231456 |\n"
        "| 2 | 卓亚楠 | 庭院绿化 | 卓亚楠 | 0745-2675310 |\n"
        "| 3 | 沅北县种子公司 | 良种推广 | 黎春梅 | 0745-2209871 |\n"
        "| 4 | 邝振华 | 鱼塘修复 | 邝振华 | 13974512345 |\n"
    )
    got = found(text, NAMES + PHONES)
    assert at(text, "name", "滕国庆") not in got
    assert at(text, "name", "黎春梅") not in got
    assert at(text, "landline", "0745-2231456") not in got
    assert at(text, "landline", "0745-2209871") not in got
    assert at(text, "name", "卓亚楠") in got
    assert at(text, "name", "邝振华") in got
    assert at(text, "landline", "0745-2675310") in got
    assert at(text, "mobile", "13974512345") in got


def test_tab_register_read_by_its_kind_column():
    text = (
        "序号\t缴款人\t主体类别\t经办人\t电话\t金额\n"
        "1\t岚山建工集团\t单位\t符晓东\t0633-8812345\t5000\n"
        "2\t庞玉兰\t个人\t庞玉兰\t15863312345\t300\n"
        "3\t岚山市第三中学\t单位\t鲍建新\t0633-8854321\t1200\n"
        "4\t蒙志刚\t个人\t蒙志刚\t0633-8123456\t800\n"
    )
    got = found(text, NAMES + PHONES)
    assert at(text, "name", "符晓东") not in got
    assert at(text, "name", "鲍建新") not in got
    assert at(text, "landline", "0633-8812345") not in got
    assert at(text, "name", "庞玉兰") in got
    assert at(text, "name", "蒙志刚") in got
    assert at(text, "landline", "0633-8123456") in got


def test_xml_record_typed_unit_but_an_agents_own_line():
    text = (
        "<records>\n"
        '  <rec no="1">\n'
        '    <party type="单位"><name>澧水建材有限责任公司</name><contact>闵海波</contact>'
        "<tel>0736-3321456</tel></party>\n"
        "  </rec>\n"
        '  <rec no="2">\n'
        '    <party type="个人"><name>栾晓燕</name><tel>0736-3398765</tel></party>\n'
        "  </rec>\n"
        '  <rec no="3">\n'
        '    <party type="单位">\n'
        "      <name>澧水砂石有限公司</name>\n"
        "      <agent>邵立伟</agent><agentId>430723198805126711</agentId>\n"
        "    </party>\n"
        "  </rec>\n"
        "</records>\n"
    )
    got = found(text, NAMES + PHONES)
    assert at(text, "name", "闵海波") not in got
    assert at(text, "landline", "0736-3321456") not in got
    assert at(text, "name", "栾晓燕") in got
    assert at(text, "landline", "0736-3398765") in got
    assert at(text, "name", "邵立伟") in got  # the agent's own record (an ID) stays theirs


def test_two_parties_leave_the_contacts_alone():
    # a lessor (a person on every row) beside a lessee that is sometimes a company: the
    # phone column may be either's, nothing is dropped
    text = (
        "序号,出租方,承租方,面积,出租方电话\n"
        "1,蒋翠英,湘南茶业有限公司,12.5,0746-5521234\n"
        "2,戴宏伟,柏新民,8.0,0746-5539876\n"
        "3,毛秀珍,永江县农业发展有限公司,20.1,0746-5512345\n"
    )
    got = found(text, NAMES + PHONES)
    for piece in ("蒋翠英", "戴宏伟", "柏新民", "毛秀珍"):
        assert at(text, "name", piece) in got
    assert at(text, "landline", "0746-5539876") in got


def test_an_individual_business_row_keeps_its_keeper():
    text = (
        "序号\t当事人\t类型\t负责人\t电话\n"
        "1\t清溪镇百货服务中心\t个体工商户\t冉桂芳\t0744-6621345\n"
        "2\t清溪水泥有限公司\t法人\t贝志强\t0744-6634567\n"
        "3\t伍德明\t自然人\t伍德明\t15974412345\n"
    )
    got = found(text, NAMES)
    assert at(text, "name", "冉桂芳") in got
    assert at(text, "name", "贝志强") not in got
    assert at(text, "name", "伍德明") in got


# --- a surname with a title, a document number's issuer ---------------------------------


def test_surname_and_title_cells_name_nobody():
    text = (
        "序号|姓名|住址|电话|责任医生|联络员\n"
        "1|乔美兰|清河镇北街12号|13812340001|乔医生|欧阳律师\n"
        "2|滑振东|清河镇南街3号|13812340002|程护士|司马老师\n"
        "3|晏秀云|清河镇西街8号|13812340003|伍大夫|林书记\n"
    )
    got = found(text, NAMES)
    for piece in ("乔美兰", "滑振东", "晏秀云"):
        assert at(text, "name", piece) in got
    for piece in ("乔医生", "欧阳律师", "程护士", "司马老师", "伍大夫", "林书记"):
        assert at(text, "name", piece) not in got


def test_document_number_issuer_is_no_name():
    text = (
        "决定书文号：湘农（牧）罚〔2024〕12号　当事人：聂春生\n"
        "决定书文号：洪环罚字[2023]第7号　当事人：覃立军\n"
        "依据岳政办发（2022）5号文件，当事人练秀英已缴清罚款。\n"
    )
    got = found(text, NAMES)
    assert at(text, "name", "聂春生") in got
    assert at(text, "name", "覃立军") in got
    assert at(text, "name", "练秀英") in got
    for piece in ("湘农", "洪环", "岳政"):
        assert not any(text[s:e] == piece for _, s, e in got)
