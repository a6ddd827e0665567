"""Persons noted by a public organ alone, one or several before the note (``organnotes``,
privfix24b); a note naming a firm or a kinship keeps its persons."""

from gongkai.privacy.tests.spans import at, found, rid

_IDS = [rid(f"5114211980{m:02d}1{m}{m:03d}") for m in range(1, 5)]


def test_a_courts_officers_and_a_police_officer_in_a_register():
    text = (
        "| 序号 | 查询人 | 证件号码 | 查询人类别 | 事由 |\n|---|---|---|---|---|\n"
        f"| 1 | 卞德全 | {_IDS[0]} | 权利人本人 | 办理贷款 |\n"
        "| 2 | 储文涛、郗雅琴（某县人民法院执行局） | 执行公务证 51142100017 | 国家机关 | 查封 |\n"
        "| 3 | 巩立新（某县公安局刑侦大队） | 警官证 510000117 | 国家机关 | 协助调查 |\n"
        f"| 4 | 靳海波（某某律师事务所） | {_IDS[1]} | 诉讼代理人 | 诉讼 |\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "卞德全") in got
    assert at(text, "name", "靳海波") in got
    for officer in ("储文涛", "郗雅琴", "巩立新"):
        assert at(text, "name", officer) not in got, officer
