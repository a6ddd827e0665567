"""The office's clerk who exported or drew up a register (导出人, 制表人) acts in office, at
its head ("导出人：X（科员，0xxx-…）") or in a spreadsheet's cells ("导出人：\\tX");
the register's persons stay names (privfix19f)."""

from .spans import found, names


def test_an_exporter_in_a_registers_note_and_cells():
    text = (
        "从业人员备案台账\n说明：本表自备案平台导出，导出人：苗文静（科员，0571-6023318）。\n"
        "序号\t姓名\t联系电话\n1\t卢建平\t13712345608\n2\t梅晓红\t13912345670\n"
        "统计截止：2025-03-01\t导出人：\t鲍海宁\t导出时间：2025-03-18\n"
    )
    assert found(text, {"name"}) == names(text, "卢建平", "梅晓红")


def test_a_person_after_another_label_and_a_tab_stays():
    text = "序号\t姓名\t联系电话\n1\t卢建平\t13712345608\n申请人：\t鲍海宁\t电话：13812345671\n"
    assert names(text, "鲍海宁")[0] in found(text, {"name"})
