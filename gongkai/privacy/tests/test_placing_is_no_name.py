"""A placing in a results column (第五名, 第三名) is no name, though 第五 is a compound
surname; the athletes and coaches of the row keep theirs (privfix16je)."""

from .spans import found, names

TSV = (
    "序号\t运动员姓名\t性别\t公民身份号码\t项目\t成绩\t比赛名称\t教练员\n"
    "1\t闵晓岚\t女\t430702200803151230\t女子单打\t第五名\t2025年市青少年锦标赛\t骆志勇\n"
    "2\t芮嘉豪\t男\t430702200711024576\t男子单打\t第三名\t2025年市青少年锦标赛\t骆志勇\n"
)

PIPE = (
    "| 序号 | 姓名 | 组别 | 名次 |\n"
    "|---|---|---|---|\n"
    "| 1 | 冀文涛 | 少年组 | 第五名 |\n"
    "| 2 | 第五永 | 成年组 | 第二名 |\n"
)


def test_placing_in_a_tsv():
    assert found(TSV, ["name"]) == names(TSV, "闵晓岚", "骆志勇", "芮嘉豪", "骆志勇")


def test_placing_in_a_pipe_table_and_a_surname_di_wu():
    assert found(PIPE, ["name"]) == names(PIPE, "冀文涛", "第五永")
