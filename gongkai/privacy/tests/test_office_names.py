"""Names that are no private person's (issue 16, precision; ``officenames``): a unit in a
person's cell, an organ's legal representative, a unit's contact or project manager
with an office number, officials by their post, label or unit, a role's column that
serves the rows' persons; and the boundaries of "由X代领" and "儿童X·Y".

Every fixture is written for these tests (topics, names, separators of their own) and
asserts the exact spans found and the near misses left alone.
"""

import pytest

from gongkai.privacy.officenames import unit_shaped

from .spans import found, names


def name_spans(text):
    return found(text, ["name"])


# --- a unit where a person may stand ---------------------------------------------------


@pytest.mark.parametrize(
    "value", ["市社会福利院", "镇敬老院", "村民委员会", "办公室", "县第一中心"]
)
def test_units_are_unit_shaped(value):
    assert unit_shaped(value)


@pytest.mark.parametrize("value", ["陈志院", "王建社", "李所", "欧阳中", "阿依古丽·吐尔逊"])
def test_names_are_not_unit_shaped(value):
    assert not unit_shaped(value)


def test_a_guardian_cell_holding_a_unit_is_no_name():
    text = (
        "| 序号 | 受助儿童 | 监护人 | 联系电话 |\n"
        "| :---: | :---: | :---: | :---: |\n"
        "| 1 | 郭小雨 | 郭建明 | 13912345678 |\n"
        "| 2 | 林可欣 | 市社会福利院 | 0731-8456123 |\n"
        "| 3 | 邓一诺 | 邓春花 | 15874561230 |\n"
    )
    assert name_spans(text) == names(text, "郭小雨", "郭建明", "林可欣", "邓一诺", "邓春花")


# --- an organ's legal representative -------------------------------------------------


def test_an_organs_head_as_its_legal_representative_acts_in_office():
    text = (
        "申请人：雷振宇，男，1979年3月出生，住平安县城南街道。\n"
        "被申请人：平安县自然资源局，住所地平安县迎宾大道9号。\n"
        "法定代表人：周明远，局长。\n"
    )
    assert name_spans(text) == names(text, "雷振宇")


def test_a_units_signatory_under_its_seal_is_the_units():
    text = "建设单位（盖章）：明德环保科技有限公司\n法定代表人（签字）：柯玉峰\n申请人（签字）：邰子航\n"
    assert name_spans(text) == names(text, "邰子航")


def test_a_representative_in_brackets_after_the_organisation():
    text = "原告平安县农村商业银行股份有限公司（法定代表人潘国梁）诉被告雷振宇借款合同纠纷一案。"
    assert name_spans(text) == names(text, "雷振宇")


def test_a_representative_published_with_an_id_stays_a_person():
    text = (
        "一、欠税企业\n"
        "　　1．恒远商贸有限公司，法定代表人邵文杰（身份证号码430521198203145718），"
        "欠缴增值税12万元。\n"
    )
    assert ("name", *names(text, "邵文杰")[0][1:]) in name_spans(text)


# --- a unit's contact given with an office number -----------------------------------


def test_a_project_manager_with_the_units_office_number():
    text = (
        "承建单位：远航建设有限公司，项目经理龚长明，项目部电话0739-5123456。\n"
        "监理单位：华信监理有限公司，项目负责人：辛晓东，联系电话0739-5123999\n"
    )
    assert name_spans(text) == []


def test_a_project_manager_with_a_certificate_or_a_mobile_is_a_person():
    text = "项目经理：龚长明（注册编号湘2432019201900123）\n项目负责人龚长明，手机13812345678。\n"
    assert name_spans(text) == names(text, "龚长明", "龚长明")


def test_a_contact_under_the_notices_own_lines():
    text = (
        "五、联系方式\n1. 地址：平安县人民路8号\n2. 电话：0739-5556677\n3. 联系人：蒋丽娟\n\n"
        "平安县民政局\n"
    )
    assert name_spans(text) == []


def test_contacts_over_an_office_number_on_the_next_line():
    text = "项目联系人：宋立、鲍晓晴\n电话：021-66553322\n"
    assert name_spans(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "紧急联系人：宋立、鲍晓晴\n电话：021-66553322\n",  # a person's emergency contacts
        "联系人：宋立、鲍晓晴\n电话：13912345678\n",  # a mobile: persons
    ],
)
def test_contacts_that_stay_persons(text):
    assert name_spans(text) == names(text, "宋立", "鲍晓晴")


# --- officials by their post, label or unit ----------------------------------------


def test_an_official_groups_leaders_but_not_its_experts():
    text = (
        "附件：防汛督查组名单（组长：包振国，副组长：孔令武、严晓波，技术专家：钟离文秀、廖思源）"
    )
    assert name_spans(text) == names(text, "钟离文秀", "廖思源")


def test_a_post_before_a_list_of_officials():
    text = "原乡级林长詹志勇、邹小燕已调离，由新任林长接任。"
    assert name_spans(text) == []


def test_a_group_leader_signing_the_groups_opinion():
    text = "村民小组意见：同意申请。　　组长（签名）：侯德山\n户主（签名）：柏永福\n"
    assert name_spans(text) == names(text, "柏永福")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("见证人：石桥村民委员会何文斌、方丽红（村民）", ["方丽红"]),
        ("监督人员：镇纪委　杨成林　13807391234", []),
        ("村报账员：邝志强（电话0731-2345678，村委会办公室）", []),
        ("业主委员会主任：邱慧敏（5栋业主，电话13907391111）", ["邱慧敏"]),
        ("出席：涂立军、房秀珍、栾海波、简明辉", ["涂立军", "房秀珍", "栾海波", "简明辉"]),
        (
            "村民小组长补贴：一组蒙志刚、二组覃丽萍、三组韦有才，每人每季度500元。",
            ["蒙志刚", "覃丽萍", "韦有才"],
        ),
    ],
)
def test_officials_by_label_or_unit_and_persons_beside_them(text, persons):
    assert name_spans(text) == names(text, *persons)


# --- a role's column that serves the rows' persons ------------------------------------


def test_a_liaison_column_with_the_liaisons_unit():
    text = (
        "序号\t老人姓名\t身份证号\t赡养人\t结对联络员\t联络员单位\n"
        "1\t谭秀英\t430521194501023421\t谭国平\t贺小林\t河口村委会\n"
        "2\t卜德华\t430521194303125612\t卜志红\t贺小林\t河口村委会\n"
    )
    assert name_spans(text) == names(text, "谭秀英", "谭国平", "卜德华", "卜志红")


def test_a_tutor_column_followed_by_its_unit_in_a_pipe_table():
    text = (
        "| 序号 | 学生姓名 | 家长 | 辅导员 | 所在单位 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 孟凡宇 | 孟庆丰 | 卓雅琳 | 县第二中学 |\n"
        "| 2 | 石佳怡 | 石国荣 | 卓雅琳 | 县第二中学 |\n"
    )
    assert name_spans(text) == names(text, "孟凡宇", "孟庆丰", "石佳怡", "石国荣")


def test_a_roles_own_list_keeps_its_persons():
    text = (
        "序号\t护林员\t身份证号\t管护区域\n"
        "1\t欧正华\t430521196502013412\t东山林区\n"
        "2\t姚春梅\t430521197011123427\t西山林区\n"
    )
    assert name_spans(text) == names(text, "欧正华", "姚春梅")


# --- boundaries --------------------------------------------------------------------------


def test_a_proxy_after_you_and_no_name_in_a_former_payer():
    text = "　　该户补助款由甘霖代领，其余各户由原代扣银行统一退回。"
    assert name_spans(text) == names(text, "甘霖")


def test_a_word_for_the_person_before_a_dotted_name():
    text = "　　三、学生阿依达娜·木拉提，女，2012年生，父亲木拉提·沙比尔，电话13999012345。"
    assert name_spans(text) == names(text, "阿依达娜·木拉提", "木拉提·沙比尔")


# --- words of a table's header or of another field; a form's example --------------------


def test_no_name_in_an_aligned_header_line():
    text = (
        " 序号  学生姓名  户籍所在地    毕业学校    户主公民身份号码      联系电话\n"
        " 1     郑浩然    平安县城关镇  县第一中学  430521200501023418    13800001111\n"
        " 2     柯雨萱    平安县河口镇  县第二中学  430521200603153427    13900002222\n"
    )
    assert name_spans(text) == names(text, "郑浩然", "柯雨萱")


def test_a_cell_under_a_header_of_another_field_is_no_name():
    text = (
        "序号\t申请人\t申请方式\t联系方式\t申请内容\n"
        "1\t卢德明\t网上申请\t13912340000\t征收补偿方案\n"
        "2\t苗秀芝\t邮寄\t13812345678\t低保审批结果\n"
        "3\t解放\t信函\t13712345678\t年度预算\n"
    )
    assert name_spans(text) == names(text, "卢德明", "苗秀芝", "解放")


def test_a_forms_example_with_masked_numbers_names_nobody():
    example = "四、填写样例\n姓名：李四　身份证号：110***********1234　电话：139****0000\n"
    assert name_spans(example) == []
    real = "四、填写说明\n姓名：李四海　身份证号：110101199003071234　电话：13912345678\n"
    assert name_spans(real) == names(real, "李四海")


# --- a name of three cut before its third character ------------------------------------


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("1．姓名：禹文若；性别：男；身份证号：430521198801023412；", ["禹文若"]),
        (
            "　　6．韦德才，其兄韦中和住平安县河口镇河口村2组18号，电话13812340000。",
            ["韦德才", "韦中和"],
        ),
        ("（三）周立新，男，其妻冼慧君系香港居民，电话13912345678。", ["周立新", "冼慧君"]),
        ("申请人：王芳，女，电话13912345678", ["王芳"]),
    ],
)
def test_a_name_taken_whole_up_to_its_delimiter(text, persons):
    assert name_spans(text) == names(text, *persons)


# --- an item's counter before a name; a word for persons ---------------------------------


def test_an_items_counter_before_a_name_found_elsewhere():
    text = (
        "| 序号 | 业主 | 身份证号 | 违建内容 |\n"
        "| --- | --- | --- | --- |\n"
        "| 3 | 邬佳 | 430521198005061234 | 加建阁楼 |\n\n"
        "说明：第3项邬佳之母邬秋菊（电话13912345678）已到场。\n"
    )
    got = name_spans(text)
    assert ("name", *names(text, "邬秋菊")[0][1:]) in got
    assert not [g for g in got if text[g[1] : g[2]].startswith("项")]


def test_a_word_for_persons_is_no_name_and_a_household_counter_is_read_past():
    assert name_spans("办理须知：持逝者居民死亡医学证明、户口本办理。") == []
    text = "　　第2户向阳之父向建明（电话13912345678）已签字。"
    assert name_spans(text) == names(text, "向阳", "向建明")


def test_a_note_that_the_person_serves_in_an_organ():
    text = (
        "三、未通过资格审查人员（3名）\n"
        "　　尚立群（系县人民法院工作人员）、费晓燕（系县纪律检查委员会干部）、"
        "龚德明（曾受过刑事处罚）。\n"
    )
    assert name_spans(text) == names(text, "龚德明")
    retired = text.replace("工作人员", "退休干部").replace("会干部", "会干部家属")
    assert name_spans(retired) == names(retired, "尚立群", "费晓燕", "龚德明")
