"""A custodian's (保管人) or receiving clerk's (受理人) column of a register is the unit's
staff acting in office, like 经办人: the holders of the documents stay persons."""

from .spans import at, found, rid


def test_custodian_column_of_a_tab_register():
    text = (
        "序号\t姓名\t工作单位\t身份证号码\t证件号码\t交存日期\t保管人\n"
        f"1\t熊立新\t县水利局\t{rid('36072219800101001')}\tE10293847\t2026-03-02\t钟晓岚\n"
        f"2\t温翠平\t县林业局\t{rid('36072219820202002')}\tE20394857\t2026-03-05\t钟晓岚\n"
        f"3\t谢国栋\t县交通局\t{rid('36072219790303003')}\tE30495867\t2026-03-09\t钟晓岚\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "熊立新") in got
    assert at(text, "name", "谢国栋") in got
    assert not [g for g in got if text[g[1] : g[2]] == "钟晓岚"]


def test_receiving_clerk_column_of_a_pipe_table():
    text = (
        "| 序号 | 申请人 | 联系电话 | 受理人 |\n"
        "|---|---|---|---|\n"
        "| 1 | 甘秀英 | 13907081234 | 邹志明 |\n"
        "| 2 | 卢国华 | 13907085678 | 邹志明 |\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "甘秀英") in got
    assert not [g for g in got if text[g[1] : g[2]] == "邹志明"]


def test_custodians_phone_in_a_registers_note_is_the_units():
    text = (
        "序号\t姓名\t证件类型\t证件号码\n"
        "1\t熊立新\t普通护照\tE10293847\n"
        "说明：本台账由县委组织部保管，保管人电话0791-86123456，"
        "受理人联系电话：0791-86123457。\n"
    )
    got = found(text, ["landline"])
    assert got == []
