"""Whose phone it is in a person's form and in lists (issue 16): a unit's section of a
person's form, a unit's phone column of a one-cell-per-line roster, a list of units with
their numbers (landlineowner, columnheads), and a private agent's contacts in a bracket
after a service channel (refine)."""

import pytest

from .spans import at, found

PHONES = ["landline", "mobile"]

# a person's record opening the form: its own numbers stay findings
FORM_TABS = "申请人姓名\t顾晓红\t性别\t女\n身份证号码\t510728196711231940\t联系电话\t5652152\n"
FORM_COLONS = "姓名：谭秀英　性别：女\n公民身份号码：450521195803124423　住宅电话：0779-6623415\n"

SECTIONS = [
    # tabs: the unit's section on one line (opinion, handler, phone)
    (FORM_TABS, "乡镇人民政府审核意见\t经审核符合条件。\t联系电话\t0816-3059781\n"),
    # colons: the section's head on a line, its phone two lines below
    (FORM_COLONS, "街道办事处审查意见：同意上报。\n（盖章）\n联系电话：0771-5523107\n"),
    # colons on one line, the head without 意见
    (FORM_COLONS, "镇民政办审核：属实　经办人：（签字）　电话：0571-88112233\n"),
    # a seal line of a committee
    (FORM_TABS, "村民委员会盖章\t2026年3月1日\t办公电话\t(0736)7021145\n"),
]


@pytest.mark.parametrize("form,section", SECTIONS)
def test_a_units_section_of_a_persons_form_holds_the_units_phone(form, section):
    text = form + section
    got = found(text, PHONES)
    assert not [g for g in got if g[1] >= len(form)]
    # the person's own number above stays a finding
    assert got and got[0][1] < len(form)


@pytest.mark.parametrize(
    "section,number",
    [
        # the person's own opinion is no unit's section
        ("\n申请人意见：同意\n联系电话：0816-3059781\n", "0816-3059781"),
        # the person's home after a unit's opinion: a new label, a person's word
        ("村委会意见\t属实\n家庭住址\t城关镇\t家庭电话\t0816-3059781\n", "0816-3059781"),
        # a blank line ends the unit's block
        ("镇政府审核意见：同意。\n\n户主电话：0816-3059782\n", "0816-3059782"),
    ],
)
def test_a_persons_line_after_or_outside_a_units_section_stays_a_finding(section, number):
    text = FORM_TABS + section
    assert at(text, "landline", number) in found(text, PHONES)


ROSTER = (
    "序号\n乡镇\n户主姓名\n家庭住址\n家庭电话\n联系人手机\n镇计生办电话\n\n"
    "1\n城关镇\n贺兆丰\n城关镇滨江花园3栋3单元904室\n5719542\n17514022405\n0816-2214988\n\n"
    "2\n双河镇\n陶德胜\n双河镇观音村5组\n2694600\n19107054495\n0816-6643296\n\n"
)


def test_a_units_phone_column_of_a_one_cell_per_line_roster_is_no_finding():
    got = found(ROSTER, PHONES)
    for unit in ("0816-2214988", "0816-6643296"):
        assert at(ROSTER, "landline", unit) not in got
    for home in ("5719542", "2694600"):
        assert at(ROSTER, "landline", home) in got
    for mobile in ("17514022405", "19107054495"):
        assert at(ROSTER, "mobile", mobile) in got


def test_an_office_phone_column_in_an_aligned_table_is_no_finding():
    text = (
        "序号\t户主\t家庭电话\t党政办电话\n"
        "1\t罗建国\t0816-2612199\t0816-5550299\n"
        "2\t孟凡英\t0816-2425330\t0816-5550300\n"
    )
    got = found(text, PHONES)
    assert at(text, "landline", "0816-5550299") not in got
    assert at(text, "landline", "0816-5550300") not in got
    assert at(text, "landline", "0816-2612199") in got
    assert at(text, "landline", "0816-2425330") in got


UNIT_LISTS = [
    "各企业人力资源部联系电话：城投集团 0416-5537701，水务公司 0416-5537826。\n",
    "报名咨询：县交通集团 (0416)5537701、县水务公司 0416-5537826\n",
    "各乡镇党政办联系电话：城关镇 0416-5537701；金鼓乡 0416-5537826。\n",
]


@pytest.mark.parametrize("text", UNIT_LISTS)
def test_a_list_of_units_with_their_numbers_holds_no_finding(text):
    assert found(text, PHONES) == []


@pytest.mark.parametrize("label", ["户主联系电话", "本人联系电话", "家庭联系电话"])
def test_a_persons_contact_label_keeps_the_number(label):
    text = f"{label}：0416-5537701\n"
    assert found(text, PHONES) == [at(text, "landline", "0416-5537701")]


AGENTS = [
    ("办理渠道：窗口（代办人：宋静，手机15267359801）\n", "宋静", "15267359801"),
    ("领取方式：到镇社保所领取（委托人 刘东明 电话13907713382）\n", "刘东明", "13907713382"),
    ("受理方式：服务大厅(监护人:欧阳兰,联系电话18977120345)\n", "欧阳兰", "18977120345"),
]


@pytest.mark.parametrize("text,name,mobile", AGENTS)
def test_an_agents_mobile_in_a_bracket_after_a_service_channel_is_a_finding(text, name, mobile):
    got = found(text)
    assert at(text, "name", name) in got
    assert at(text, "mobile", mobile) in got


@pytest.mark.parametrize(
    "text",
    [
        "请到本局法规股领取（地址：城关镇解放路8号，电话0771-5523107）\n",
        "办理地点：县政务服务中心窗口（联系人：宋静，电话0816-2214988）\n",
    ],
)
def test_a_units_contacts_in_a_bracket_after_it_stay_the_units(text):
    assert found(text, PHONES) == []
