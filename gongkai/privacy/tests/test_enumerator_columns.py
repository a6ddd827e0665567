"""A census's enumerator (普查员) in a ledger's column or an export's
key (pcy) is the office's worker acting in office, as a 承办人 is (issue 16): the
names under it are no private persons. The persons of the same rows keep their names, and
a selection notice listing enumerators after a label (普查员：X、Y) keeps them.
"""

from __future__ import annotations

from .spans import found, names


def test_tab_ledger_column():
    text = (
        "序号\t来电人\t联系电话\t反映事项\t相关普查员\t处理情况\n"
        "1\t韦春兰\t13712345670\t普查员未出示证件\t覃志明\t已核实\n"
        "2\t蒙桂芳\t13712345671\t登记信息有误\t黄永新\t已更正\n"
    )
    assert found(text, ["name"]) == names(text, "韦春兰", "蒙桂芳")


def test_pipe_ledger_and_export_key():
    text = (
        "| 编号 | 反映人 | 手机 | 入户普查员 |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | 岑秀梅 | 13912345672 | 梁国栋 |\n"
        "| 2 | 农建华 | 13912345673 | 陆永康 |\n"
    )
    assert found(text, ["name"]) == names(text, "岑秀梅", "农建华")
    export = (
        '{"bh": "1", "jyz": "甘丽萍", "sjhm": "13812345674", "pcy": "莫振国"}\n'
        '{"bh": "2", "jyz": "覃美玲", "sjhm": "13812345675", "pcy": "黎志远"}\n'
    )
    assert found(export, ["name"]) == names(export, "甘丽萍", "覃美玲")


def test_selection_notice_keeps_its_persons():
    text = (
        "某县人口普查普查员选聘结果公示\n"
        "一、城关镇\n"
        "　　普查员：韦春兰、蒙桂芳、岑秀梅\n"
        "　　普查指导员：农建华、陆永康\n"
    )
    assert found(text, ["name"]) == names(text, "韦春兰", "蒙桂芳", "岑秀梅", "农建华", "陆永康")
