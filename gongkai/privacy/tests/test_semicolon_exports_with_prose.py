"""A semicolon export whose rows hold a cell of prose (issue 16, docs62's class).

A hotline's work-order export separates its cells by ";" and writes the caller's request
in a cell of prose with "，" in it. Such a row was not read as a row of the table, so a
caller's mailbox in a later row lost the header's column of persons and went to the
office named in the same row (承办单位, its phone). Four or more ";" make the line a
record even with prose in it; a list of units keeps its mailboxes.
"""

from .spans import at, found

_HEADER = "工单编号;受理时间;来电人;来电号码;回访号码;来电人地址;诉求内容;承办单位;承办单位电话;办结状态\n"


def test_a_callers_mailbox_below_a_row_with_prose():
    text = (
        _HEADER + "QL20260038101;2026-10-21 09:27;柏永年;19120050268;;城关镇大河村12组43号;"
        "反映邻居家房屋倒塌获得农房保险赔款，自家同样受灾未获赔;县财政局;0392-5531150;已回访\n"
        + "QL20260038207;2026-10-14 16:42;严秀梅;5825180;邮件回复 chenjun3179@foxmail.com;"
        "桑园乡后庄村;咨询创业担保贷款贴息何时拨付，其经营的农家乐贷款20万元;县农业农村局;"
        "0392-5518226;已回访\n"
    )
    assert found(text, ["email"]) == [at(text, "email", "chenjun3179@foxmail.com")]


def test_near_miss_a_list_of_units_keeps_its_mailboxes():
    text = (
        "单位名称;办公地址;联系电话;电子邮箱;备注\n"
        "县农业农村局;县城人民路8号;0392-5518226;nyj@qlx.gov.cn;受理惠农补贴咨询，工作日办理\n"
        "县财政局;县城人民路10号;0392-5531150;czj_ql@163.com;受理资金拨付咨询，工作日办理\n"
    )
    assert found(text, ["email", "landline", "name"]) == []
