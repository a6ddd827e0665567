"""Whose landline it is (issue 16, privfix16zd, after docs144–149): the phone column of the
row's unit's agent (a school's coach, an office's team leader) in a persons' table is the
unit's desk, a private club's coach's and a guardian's stay; a bare phone line after an
office's table footer is the office's, an applicant's own form keeps it; a trip's goal is
the place after 前往, not the words before it."""

from gongkai.privacy.tests.spans import at, found

PHONES = ("mobile", "landline")


# --- the agent's column (agentphones) -------------------------------------------------------


def test_school_coach_landline_in_csv_is_the_schools_a_clubs_coach_mobile_stays():
    text = (
        "组别,名次,姓名,性别,所在单位,指导教练,教练电话\n"
        "少年组,第一名,欧阳明轩,男,临江县第二中学,胡志坚,0571-6123411\n"
        "少年组,第二名,钱雨涵,女,飞鱼游泳俱乐部,葛晓峰,13857112360\n"
        "少年组,第三名,孔令辉,男,临江县业余体育学校,蒋平,0571-6123422\n"
    )
    got = found(text, PHONES)
    assert got == [at(text, "mobile", "13857112360")]


def test_team_leader_landline_in_a_tab_table_and_a_clubs_landline_stays():
    text = (
        "序号\t运动员\t代表队\t领队\t领队联系方式\n"
        "1\t邝子墨\t东林镇代表队\t廖国栋\t0571-6123433\n"
        "2\t阚思远\t蓝湾网球俱乐部\t尹秀兰\t0571-6123444\n"
    )
    assert found(text, ("landline",)) == [at(text, "landline", "0571-6123444")]


def test_teacher_in_charge_column_in_a_pipe_table():
    text = (
        "| 学生 | 学校 | 指导教师 | 指导教师电话 |\n| --- | --- | --- | --- |\n"
        "| 佘雨桐 | 临江县实验小学 | 龚丽 | 0571-6123455 |\n"
        "| 仉浩然 | 临江县城东小学 | 丁伟 | 13857112361 |\n"
    )
    assert found(text, PHONES) == [at(text, "mobile", "13857112361")]


def test_a_guardians_or_the_persons_own_landline_beside_a_school_stays():
    text = (
        "姓名,学校,家长姓名,紧急联系人电话,家庭电话\n"
        "郗佳怡,临江县第二中学,郗建国,0571-6123466,0571-6123477\n"
    )
    assert found(text, ("landline",)) == [
        at(text, "landline", "0571-6123466"),
        at(text, "landline", "0571-6123477"),
    ]


# --- an office's table footer (agentphones) ---------------------------------------------------


def test_phone_line_after_an_offices_footer_is_the_offices():
    text = (
        "序号\t姓名\t性别\t职业\t等级\n1\t缑志明\t男\t电工\t中级\n\n"
        "考核单位：临江县职业技能鉴定中心\t填表人：黄倩\n联系电话：0571-6123488\n"
    )
    assert found(text, ("landline",)) == []
    two_posts = "制表人：黄倩　　审核人：何伟\n联系电话：0571-6123489\n"
    assert found(two_posts, ("landline",)) == []


def test_a_persons_line_before_the_phone_line_keeps_it():
    # a person's own workplace is no office's footer; one clerk beside a witness neither
    for text in (
        "申请人：谯文静　　工作单位：临江县第二中学\n联系电话：0571-6123499\n",
        "见证人：谯文静　　审核人：何伟\n联系电话：0571-6123499\n",
    ):
        assert found(text, ("landline",)) == [at(text, "landline", "0571-6123499")]


# --- a trip's goal (refine) -------------------------------------------------------------------


def test_address_after_a_trips_verb():
    for verb in ("前往", "开往", "赶往"):
        text = f"当晚您乘坐的出租汽车{verb}临江县江滨路12号锦苑3栋2单元501室的家中。"
        place = "临江县江滨路12号锦苑3栋2单元501室"
        assert at(text, "address", place) in found(text, ("address",))


def test_teacher_leading_the_team_in_a_quoted_csv():
    text = (
        '"姓名","学校","带队老师","带队老师电话"\n'
        '"欧阳明轩","临江县第二中学","胡志坚","0571-6123411"\n'
        '"钱雨涵","临江县城东小学","葛晓峰","0571-6123412"\n'
    )
    assert found(text, ("landline",)) == []
