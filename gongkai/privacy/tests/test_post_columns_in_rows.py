"""Local staff serving a register's persons by their post, read from the row
(servingposts; issue 16, privfix16aa): a village's 儿童主任, a grid's 网格员, a 社工, a
family doctor (家庭医生), a school's 责任督学, a court's 承办法官 in a column beside the
row's person, in tab, quoted CSV, pipe and one-cell-a-line layouts; an export whose record
names its reporter's kind (<sbrlx>网格员); a unit's opinion box signed by its head.
Near misses: the row's own persons (监护人, 委托照护人, 代收人, 紧急联系人), a roster of
网格员 with no other person's column, a reporter of kind 群众, a guardian's opinion, a
post listed with its own mobile (家庭医生 beside 家庭医生手机)."""

from .spans import found, names


def _names(text):
    return found(text, ["name"])


TSV_CARE = (
    "某县留守儿童关爱台账\n"
    "序号\t儿童姓名\t性别\t委托照护人\t与儿童关系\t照护人电话\t儿童主任\t村委会电话\n"
    "1\t屈振林\t男\t屈海燕\t祖母\t13907215561\t左长庚\t0731-5512345\n"
    "2\t蔺德旺\t男\t蔺春梅\t外婆\t13907215562\t左长庚\t0731-5512345\n"
    "3\t逄秋生\t女\t逄桂芝\t祖母\t13907215563\t甘小燕\t0731-5518765\n"
)

CSV_VISIT = (
    '"序号","姓名","年龄","紧急联系人","关系","紧急联系人电话","网格员","探访频次"\n'
    '"1","屈振林","82","屈海燕","女儿","13907215561","左长庚","每周1次"\n'
    '"2","蔺德旺","79","蔺春梅","儿子","13907215562","甘小燕","每月2次"\n'
    '"3","逄秋生","85","逄桂芝","侄子","13907215563","左长庚","每周2次"\n'
)

PIPE_HEALTH = (
    "| 序号 | 患者姓名 | 代收人 | 联系电话 | 签约医生 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 屈振林 | 屈海燕 | 13907215561 | 左长庚 |\n"
    "| 2 | 蔺德旺 | 蔺春梅 | 13907215562 | 甘小燕 |\n"
)

TSV_SCHOOL = (
    "学校\t学生姓名\t监护人\t联系电话\t责任督学\n"
    "甲小学\t屈振林\t屈海燕\t13907215561\t左长庚\n"
    "乙中学\t蔺德旺\t蔺春梅\t13907215562\t甘小燕\n"
)

CSV_COURT = (
    "案号,当事人姓名,委托代理人,承办法官,书记员\n"
    "（2024）某01民初1号,屈振林,屈海燕,左长庚,甘小燕\n"
    "（2024）某01民初2号,蔺德旺,蔺春梅,左长庚,甘小燕\n"
)

ONECELL = (
    "某镇独居老人巡访登记表\n"
    "\n"
    "序号\n姓名\n性别\n居住地址\n子女（亲属）\n亲属电话\n社工\n巡访日期\n"
    "1\n屈振林\n男\n某镇某村1组2号\n屈海燕\n13907215561\n左长庚\n2024-03-02\n"
    "2\n蔺德旺\n男\n某镇某村3组5号\n蔺春梅\n13907215562\n左长庚\n2024-03-09\n"
)

XML = (
    "<list>\n"
    "  <item>\n"
    "    <sbrxm>左长庚</sbrxm>\n"
    "    <sbrlx>专职网格员</sbrlx>\n"
    "    <dxxm>屈振林</dxxm>\n"
    "    <jsxm>屈海燕</jsxm>\n"
    "  </item>\n"
    "  <item>\n"
    "    <sbrxm>蔺德旺</sbrxm>\n"
    "    <sbrlx>群众</sbrlx>\n"
    "    <dxxm>逄秋生</dxxm>\n"
    "    <jsxm>逄桂芝</jsxm>\n"
    "  </item>\n"
    "</list>\n"
)

JSON = (
    '{"上报人姓名": "左长庚", "上报人身份": "社区民警", "对象姓名": "屈振林"}\n'
    '{"上报人姓名": "蔺德旺", "上报人身份": "家属", "对象姓名": "逄秋生"}\n'
)

FORM = (
    "儿童姓名：屈振林　性别：男\n"
    "申请人（监护人）：屈海燕　与儿童关系：伯父\n"
    "监护人意见：同意申请。　签字：屈海燕\n"
    "村（居）委会意见：情况属实，同意上报。　负责人：左长庚\n"
    "镇人民政府审核意见：同意。　经办人：甘小燕\n"
)

DOCTOR_CONTACT = (
    "序号\n户主姓名\n家庭住址\n家庭医生\n家庭医生手机\n"
    "1\n屈振林\n某镇某村1组2号\n左长庚\n13907215561\n"
    "2\n蔺德旺\n某镇某村3组5号\n甘小燕\n13907215562\n"
)

GRID_ROSTER = (
    "序号\t网格名称\t网格员\t联系电话\n"
    "1\t第一网格\t屈振林\t13907215561\n"
    "2\t第二网格\t蔺德旺\t13907215562\n"
)


def test_village_child_director_beside_the_child_and_carer_in_tsv():
    got = _names(TSV_CARE)
    assert got == names(TSV_CARE, "屈振林", "屈海燕", "蔺德旺", "蔺春梅", "逄秋生", "逄桂芝")


def test_grid_worker_beside_the_elder_and_contact_in_quoted_csv():
    got = _names(CSV_VISIT)
    assert got == names(CSV_VISIT, "屈振林", "屈海燕", "蔺德旺", "蔺春梅", "逄秋生", "逄桂芝")


def test_family_doctor_beside_the_patient_and_collector_in_pipe():
    assert _names(PIPE_HEALTH) == names(PIPE_HEALTH, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_school_inspector_beside_the_pupil_and_guardian():
    assert _names(TSV_SCHOOL) == names(TSV_SCHOOL, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_judge_and_clerk_beside_the_party_in_csv():
    assert _names(CSV_COURT) == names(CSV_COURT, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_social_worker_one_cell_a_line():
    assert _names(ONECELL) == names(ONECELL, "屈振林", "屈海燕", "蔺德旺", "蔺春梅")


def test_reporter_whose_kind_is_a_post_in_xml_and_json():
    assert _names(XML) == names(XML, "屈振林", "屈海燕", "蔺德旺", "逄秋生", "逄桂芝")
    assert _names(JSON) == names(JSON, "屈振林", "蔺德旺", "逄秋生")


def test_unit_opinion_signer_but_not_the_guardian():
    assert _names(FORM) == names(FORM, "屈振林", "屈海燕", "屈海燕")


def test_roster_of_grid_workers_keeps_its_names():
    assert _names(GRID_ROSTER) == names(GRID_ROSTER, "屈振林", "蔺德旺")


def test_a_post_listed_with_its_own_mobile_is_a_contact_person():
    got = _names(DOCTOR_CONTACT)
    assert got == names(DOCTOR_CONTACT, "屈振林", "左长庚", "蔺德旺", "甘小燕")


def test_post_columns_read_the_header_row():
    from gongkai.privacy.servingposts import post_columns

    row = ["序号", "儿童姓名", "委托照护人", "照护人电话", "儿童主任", "村委会电话"]
    assert post_columns(row) == [False, False, False, False, True, False]
    assert post_columns(["姓名", "紧急联系人", "网格员姓名"]) == [False, False, True]
    # no person's column beside it: a roster of the posts' holders
    assert post_columns(["序号", "网格名称", "网格员", "联系电话"]) == [False] * 4
    # the post's own phone listed: a contact person of the row
    assert post_columns(["户主姓名", "家庭医生", "家庭医生手机"]) == [False] * 3
    assert post_columns(["姓名", "监护人", "代收人"]) == [False] * 3


def test_stacked_post_reads_the_block_of_header_cells():
    from gongkai.privacy.servingposts import stacked_post

    start = ONECELL.index("左长庚")
    assert stacked_post(ONECELL, start, "社工")
    roster = "序号\n网格名称\n网格员\n联系电话\n1\n第一网格\n屈振林\n13907215561\n"
    assert not stacked_post(roster, roster.index("屈振林"), "网格员")
