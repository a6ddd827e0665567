"""Committees, crews and delegates in tender notices, rosters and hotline exports (issue 16,
after docs177-179): a column headed by a body's members, a crew leader's export key, a
one-cell-a-line candidates' table with long number headers, leaders' posts before their
names, a mediator's column, a tendering organisation's delegate, a sexed XML record."""

from gongkai.privacy.tests.spans import at, found, names
from gongkai.privacy.unitdelegates import unit_delegates

NAME = ("name",)


# --- a body's members heading a column (headerroles._MEMBERS, tablefind._standalone) --


def test_members_of_a_committee_head_a_quoted_csv_column():
    text = (
        '"某县2024年评审小组成员名单","","",""\n'
        '"序号","工程名称","评审小组成员","工作单位"\n'
        '"1","城东道路改造工程","贾文斌","某市设计院"\n'
        '"2","城东道路改造工程","葛淑琴","某某造价咨询有限公司"\n'
        '"3","城东道路改造工程","—","—"\n'
    )
    got = found(text, NAME)
    assert got == names(text, "贾文斌", "葛淑琴")


def test_members_of_a_committee_in_a_tab_table():
    text = "序号\t调解委员会成员\t职务\n1\t韩立东\t调解员\n2\t鲍春燕\t调解员\n"
    got = found(text, NAME)
    assert names(text, "韩立东", "鲍春燕")[0] in got
    assert names(text, "韩立东", "鲍春燕")[1] in got


# --- a crew leader's key in an export (keymeaning: bzz 班组长) --------------------------


def test_crew_leader_key_of_a_jsonl_roster():
    text = (
        '{"xh": 1, "xm": "甘志强", "gz": "木工", "bzmc": "木工班组", "bzz": "柏建新"}\n'
        '{"xh": 2, "xm": "钟玉兰", "gz": "杂工", "bzmc": "木工班组", "bzz": "柏建新"}\n'
    )
    got = found(text, NAME)
    for piece, start in (("柏建新", 0), ("柏建新", text.index("钟玉兰"))):
        assert at(text, "name", piece, start) in got
    assert at(text, "name", "甘志强") in got


# --- one cell a line: long number headers, an unknown first cell, a section heading ----


def test_one_cell_a_line_candidates_with_long_number_headers():
    text = (
        "一、成交候选人\n"
        "候选人排序\n"
        "供应商名称\n"
        "报价（元）\n"
        "项目负责人\n"
        "项目负责人注册证书编号\n"
        "供应商联系电话\n"
        "第1名\n"
        "某某建设有限公司\n"
        "1200000.00\n"
        "焦德明\n"
        "湘143151234567\n"
        "0731-8812345\n"
        "第2名\n"
        "某某路桥有限公司\n"
        "1180000.00\n"
        "庞秀英\n"
        "湘143157654321\n"
        "0731-8854321\n"
    )
    got = found(text)
    assert names(text, "焦德明", "庞秀英")[0] in got
    assert names(text, "焦德明", "庞秀英")[1] in got
    # the supplier's line (a party's 名称 opens the record): no person's
    assert not [g for g in got if g[0] == "landline"]


# --- a leader's post in the cell before the name (postafter._post_before) --------------


def test_leaders_post_before_the_name_under_a_leaders_header():
    text = (
        "带班日期\t带班领导\t姓名\t地点\n"
        "3月2日\t副区长\t简国栋\t区信访接待中心\n"
        "3月9日\t区委副书记\t喻海燕\t区信访接待中心\n"
    )
    assert found(text, NAME) == []


def test_a_private_persons_row_keeps_its_name_beside_a_plain_word():
    text = "日期\t类别\t姓名\t地点\n3月2日\t来访\t简国栋\t区信访接待中心\n"
    assert at(text, "name", "简国栋") in found(text, NAME)


# --- a mediator's column is the office's (headerroles.ACTS: 调处, 调解, 化解) ----------


def test_mediators_column_is_no_persons():
    text = (
        "序号,当事人,纠纷类型,调处责任人,结果\n"
        "1,邬海生与阮翠英,邻里纠纷,柯永刚,调解成功\n"
        "2,项春梅与卜德胜,土地纠纷,柯永刚,持续跟进\n"
    )
    got = found(text, NAME)
    assert at(text, "name", "邬海生") in got
    assert not [g for g in got if text[g[1] : g[2]] == "柯永刚"]


# --- a tendering or purchasing organisation's delegate (unitdelegates) ------------------


def test_delegate_of_the_tendering_party_by_label_note_and_cell():
    prose = "评标委员会：贾文斌（组长）、葛淑琴、甘志强，招标人代表：柏建新。\n"
    note = "评标委员会：焦德明、庞秀英、钟玉兰（招标人代表）\n"
    row = "序号,姓名,身份\n1,韩立东,评标专家\n2,鲍春燕,招标人代表\n"
    for text, kept, dropped in (
        (prose, ("贾文斌", "葛淑琴", "甘志强"), "柏建新"),
        (note, ("焦德明", "庞秀英"), "钟玉兰"),
        (row, ("韩立东",), "鲍春燕"),
    ):
        got = found(text, NAME)
        for piece in kept:
            assert at(text, "name", piece) in got, (text, piece)
        assert at(text, "name", dropped) not in got, (text, dropped)


def test_an_owners_or_villagers_delegate_stays_a_person():
    text = "业主代表：柏建新；村民代表：钟玉兰；招标人代表：甘志强；评标专家：韩立东（组长）\n"
    cands = [
        (*at(text, "name", p)[1:], "name", 0.8) for p in ("柏建新", "钟玉兰", "甘志强", "韩立东")
    ]
    kept = [text[s:e] for s, e, _k, _c in unit_delegates(text, cands)]
    assert kept == ["柏建新", "钟玉兰", "韩立东"]


# --- XML records, a vendor's cue, a stall's operator, a case opened ---------------------


def test_xml_record_with_a_sex_field_is_a_persons():
    text = (
        "<list>\n  <item>\n    <ldrxm>沈家乐</ldrxm>\n    <ldrxb>男</ldrxb>\n"
        "    <ldrdz>某镇某村3组</ldrdz>\n    <cbdw>某县市场监管所</cbdw>\n  </item>\n</list>\n"
    )
    assert at(text, "name", "沈家乐") in found(text, NAME)


def test_vendor_cue_and_a_case_opened_against_the_operator():
    text = (
        "处理意见：已责令摊贩闫德旺停止经营。\n"
        "处理意见：已对经营者祁敏立案调查。\n"
        "被举报对象：城关镇第一中心校门口烧烤摊（经营者：杭志远）\n"
        "被举报对象：某某食品有限公司（经营者：杭志远）\n"
    )
    got = found(text, NAME)
    assert at(text, "name", "闫德旺") in got
    assert at(text, "name", "祁敏") in got
    assert at(text, "name", "杭志远") in got
