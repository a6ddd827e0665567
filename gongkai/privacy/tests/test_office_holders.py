"""A record's second person reached at a unit's landline acts for the unit
(``officeholders``, issue 16, docs147–149): a team's leader, a school's coach, a station's
tester beside each entrant; kept: the same column's private coach with a mobile, a guardian
or a parent at home, the subject's own landline, a business's coach named in a complaint."""

import json

from .spans import at, found


def _names(text):
    return sorted(found(text, ["name"]))


def _spans(text, *pieces):
    out, pos = [], 0
    for piece in pieces:
        out.append(at(text, "name", piece, pos))
        pos = out[-1][2]
    return sorted(out)


def test_leader_column_in_a_csv_by_each_rows_number():
    text = (
        "某县2025年职工乒乓球赛参赛名单\n"
        "序号,姓名,性别,参赛单位,领队,领队电话\n"
        "1,韩立秋,女,城关镇代表队,卓文涛,0771-5123488\n"
        "2,贝思远,男,城关镇代表队,卓文涛,0771-5123488\n"
        "3,祁晓岚,女,飞鹰乒乓球俱乐部,莘国梁,13907712345\n"
        "4,简若楠,男,城关镇代表队,卓文涛,0771-5123488\n"
    )
    assert _names(text) == _spans(text, "韩立秋", "贝思远", "祁晓岚", "莘国梁", "简若楠")


def test_tester_key_in_json_lines_with_an_extension():
    rows = [
        {
            "no": "1",
            "name": "韩立秋",
            "site": "某县测试站",
            "examiner": "卓文涛",
            "site_tel": "0816-7228503转12",
        },
        {
            "no": "2",
            "name": "贝思远",
            "site": "某县测试站",
            "examiner": "莘国梁",
            "site_tel": "0816-7228503转15",
        },
    ]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    assert _names(text) == _spans(text, "韩立秋", "贝思远")


def test_coach_one_cell_a_line():
    cells = ["名次", "姓名", "代表队", "指导老师", "联系电话"]
    cells += ["一等奖", "韩立秋", "城关镇代表队", "卓文涛", "0773-6761948转255"]
    cells += ["二等奖", "贝思远", "城北社区代表队", "莘国梁", "13907712345"]
    text = "获奖名单\n\n" + "\n".join(cells) + "\n"
    assert _names(text) == _spans(text, "韩立秋", "贝思远", "莘国梁")


def test_coach_after_the_schools_field_and_line_in_xml():
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rows>\n'
        "  <row>\n    <name>韩立秋</name><sex>女</sex>\n"
        "    <school>某县第一中学</school><school_tel>0771-5123488</school_tel>\n"
        "    <teacher>卓文涛</teacher>\n  </row>\n"
        "  <row>\n    <name>贝思远</name><sex>男</sex>\n"
        "    <school>某县第二中学</school><school_tel>0771-5123499</school_tel>\n"
        "    <teacher>莘国梁</teacher>\n  </row>\n</rows>\n"
    )
    assert _names(text) == _spans(text, "韩立秋", "贝思远")


def test_guardian_column_with_a_shared_home_landline_is_kept():
    text = (
        "| 序号 | 姓名 | 年级 | 监护人 | 联系电话 |\n|---|---|---|---|---|\n"
        "| 1 | 韩立秋 | 三年级 | 卓文涛 | 0736-5538214 |\n"
        "| 2 | 贝思远 | 五年级 | 卓文涛 | 0736-5538214 |\n"
    )
    assert _names(text) == _spans(text, "韩立秋", "卓文涛", "贝思远", "卓文涛")


def test_parent_sharing_the_subjects_surname_is_kept():
    text = "序号\t学生姓名\t年级\t联系人\t联系电话\n1\t皮可\t二年级\t皮德旺\t0736-5538214转8\n2\t皮乐\t四年级\t皮德旺\t0736-5538214转8\n"
    assert _names(text) == _spans(text, "皮可", "皮德旺", "皮乐", "皮德旺")


def test_subjects_own_landlines_are_kept():
    text = "姓名,联系电话\n韩立秋,0771-5123488\n贝思远,0771-5123488\n"
    assert _names(text) == _spans(text, "韩立秋", "贝思远")


def test_a_business_coach_named_in_a_complaint_is_kept():
    rows = [
        {
            "tsr": "韩立秋",
            "org": "某县驾驶培训有限公司",
            "org_tel": "0938-5712406",
            "jlxm": "卓文涛",
        },
        {
            "tsr": "贝思远",
            "org": "某县驾驶培训有限公司",
            "org_tel": "0938-5712406",
            "jlxm": "莘国梁",
        },
    ]
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    assert _names(text) == _spans(text, "韩立秋", "卓文涛", "贝思远", "莘国梁")


def test_an_agent_column_with_an_office_line_is_kept():
    text = (
        "序号,姓名,性别,委托代理人,代理人电话\n"
        "1,韩立秋,女,卓文涛,0771-5123488\n"
        "2,贝思远,男,莘国梁,0771-5123488\n"
    )
    assert _names(text) == _spans(text, "韩立秋", "卓文涛", "贝思远", "莘国梁")
