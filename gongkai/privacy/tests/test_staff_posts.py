"""Staff acting in office read by a header's head and its bracketed qualifier
(``headerroles.staff_post``), in any layout; members, volunteers and parties stay persons."""

from gongkai.privacy.headerroles import staff_header
from gongkai.privacy.tests.spans import at, found


def _names(text):
    return [f for f in found(text) if f[0] == "name"]


def test_a_header_is_read_by_its_head_and_its_qualifier():
    # an office's act and its doer, whatever the qualifier after it
    for header in (
        "执法人员（执法证号）",
        "办案人员(执法证件号)",
        "承办人（签名）",
        "复核人员",
        "发放人",
    ):
        assert staff_header(header), header
    # a desk's post ending in 员
    for header in ("接警员", "调度员", "话务员", "接线员", "录入员", "受理员", "审核员"):
        assert staff_header(header), header
    # a person's head qualified by an official's warrant or service number
    for header in ("民警（警号）", "工作人员（工号）", "检查人员（检查证号）", "队员（执法证号）"):
        assert staff_header(header), header
    # members, hired enumerators, parties and licence holders are no staff
    for header in (
        "成员",
        "队员",
        "会员",
        "志愿者",
        "调查员",
        "辅助调查员",
        "队员（编号）",
        "持证人（许可证号）",
        "负责人（证号）",
        "申请人（签字）",
        "受托人（签名）",
        "签收人（与受送达人关系）",
        "见证人",
    ):
        assert not staff_header(header), header


def test_officers_with_their_warrant_numbers_in_a_pipe_table():
    text = (
        "| 序号 | 当事人 | 身份证号码 | 违法行为 | 检查人员（执法证号） |\n"
        "|---|---|---|---|---|\n"
        "| 1 | 韦振东 | 450103198203154417 | 无证销售 | 覃海燕（45010319006）、黄志明（45010319011） |\n"
        "| 2 | 蒙桂香 | 450103197711082324 | 超范围经营 | 黄志明（45010319011） |\n"
    )
    assert _names(text) == [at(text, "name", "韦振东"), at(text, "name", "蒙桂香")]


def test_officers_by_their_badge_numbers_in_tab_and_csv_rows():
    tab = (
        "序号\t姓名\t公民身份号码\t联系电话\t民警（警号）\n"
        "1\t卢秀芝\t320102196505121226\t13951234876\t钱立新（012345）\n"
        "2\t邵国平\t320102197001301219\t13851237790\t钱立新（012345）\n"
    )
    assert _names(tab) == [at(tab, "name", "卢秀芝"), at(tab, "name", "邵国平")]
    csv = (
        "序号,申请人,身份证号,办理事项,经办人员（工号）\n"
        "1,阮春华,330106198811035524,补证,严卫平（A0317）\n"
        "2,包建军,330106196904117715,换证,严卫平（A0317）\n"
    )
    assert _names(csv) == [at(csv, "name", "阮春华"), at(csv, "name", "包建军")]


def test_desk_posts_in_export_fields():
    xml = (
        "<记录集>\n"
        "  <记录>\n"
        "    <求助人>蔡文娟</求助人>\n"
        "    <证件号码>510105197312084423</证件号码>\n"
        "    <调度员>闵少华</调度员>\n"
        "  </记录>\n"
        "  <记录>\n"
        "    <求助人>尹志强</求助人>\n"
        "    <联系电话>13688451290</联系电话>\n"
        "    <话务员>闵少华</话务员>\n"
        "  </记录>\n"
        "</记录集>\n"
    )
    assert _names(xml) == [at(xml, "name", "蔡文娟"), at(xml, "name", "尹志强")]


def test_members_and_volunteers_stay_persons():
    xml = (
        "<队伍>\n"
        "  <人员>\n"
        "    <队员>鲍金凤</队员>\n"
        "    <身份证号>340104199002153326</身份证号>\n"
        "  </人员>\n"
        "</队伍>\n"
    )
    assert _names(xml) == [at(xml, "name", "鲍金凤")]
    table = (
        "序号\t志愿者\t身份证号码\t手机\t辅助调查员\n"
        "1\t柯美玲\t350102199104082243\t13905912345\t詹光辉\n"
    )
    assert _names(table) == [at(table, "name", "柯美玲"), at(table, "name", "詹光辉")]


def test_a_staff_label_by_its_head_on_a_form_line():
    text = "复核单位：某县农业农村局畜牧股　电话：0731-5567321　复核人员：邝文斌、鄢晓梅\n"
    assert _names(text) == []
    paid = "发放人：谭国庆\t\t领取人：禤秀英\n"
    assert _names(paid) == [at(paid, "name", "禤秀英")]
    signed = "申请人（签字）：郜建明　　受托人（签字）：郜丽娟\n"
    assert _names(signed) == [at(signed, "name", "郜建明"), at(signed, "name", "郜丽娟")]


def test_a_units_contact_with_its_desk_number_after_the_name():
    text = "<p>对名单有异议的，请向县农业综合执法大队反映，联系人：宓国辉，电话5218864。</p>\n"
    assert _names(text) == []
    household = "户主：应春梅　　联系人：应建华，电话13587654321\n"
    assert at(household, "name", "应建华") in _names(household)


def test_a_witness_noted_with_a_village_committee_and_its_number():
    text = (
        "序号\t受送达人\t送达方式\t见证人\n"
        "1\t苗淑芬\t留置送达\t濮建国（东坪村村委会，5326618）\n"
        "2\t农玉兰\t留置送达\t甘秀珍（邻居，13974561230）\n"
    )
    got = _names(text)
    assert at(text, "name", "濮建国") not in got
    assert at(text, "name", "甘秀珍") in got
    assert at(text, "name", "苗淑芬") in got


def test_a_name_noted_with_a_section_of_a_government_organ():
    text = "带队负责人：晏国强（市农业农村局畜牧股）　联系电话：0745-2231456\n"
    assert _names(text) == []
    worker = "申请人：戚红梅（县人民医院），联系电话：13807451234\n"
    assert at(worker, "name", "戚红梅") in _names(worker)
