"""A passport-shaped number after a province's abbreviation (issue 16): 鲁E12345678,
苏G87654321 is a provincially issued certificate's number (a special-equipment
operator's, a licence's), never a passport or a travel permit, which carry no
province. A number labelled 护照 stays a passport.
"""

from __future__ import annotations

from .spans import at, found


def travel(text):
    return found(text, ["passport", "permit"])


def test_json_export_of_operator_certificates():
    text = (
        '[{"xm": "某某", "zjlx": "身份证", "czzh": "鲁E12846530", "xmdm": "N1"},\n'
        ' {"xm": "某甲", "zjlx": "身份证", "czzh": "鲁G30418275", "xmdm": "Q2"}]\n'
    )
    assert travel(text) == []


def test_pipe_table_and_prose_notice():
    table = (
        "| 序号 | 持证人 | 证号 | 作业项目 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 某某 | 苏E20931746 | G1 工业锅炉司炉 |\n"
        "| 2 | 某乙 | 苏E17730428 | N1 叉车司机 |\n"
    )
    assert travel(table) == []
    prose = (
        "某某，男，持有R1 快开门式压力容器操作项目证书（证书编号浙E19283746），"
        "逾期未复审，予以注销。作业人员证书编号形如浙E20000001。\n"
    )
    assert travel(prose) == []


def test_passports_stay_passports():
    text = (
        "某某，护照号码E38274615，于2026年3月入境；"
        "某乙持普通护照（G30192846）申请。\n"
        "序号\t姓名\t护照号\n1\t某丙\tE47201836\n"
    )
    assert travel(text) == [
        at(text, "passport", "E38274615"),
        at(text, "passport", "G30192846"),
        at(text, "passport", "E47201836"),
    ]
