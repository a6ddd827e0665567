"""A register headed by the unit's name (单位名称) then a person's columns with a sex cell: each
row is a worker's record, the unit his employer, and the landline in it the worker's
(subjectrows)."""

from .spans import at, found

TAB = (
    "序号\t单位名称\t姓名\t性别\t身份证号\t岗位\t联系电话\n"
    "3\t河西县石门乡中心小学\t甘霖\t女\t431021198803150029\t厨师\t0745 3316208\n"
)
PIPE = (
    "| 序号 | 单位名称 | 姓名 | 性别 | 身份证号 | 岗位 | 联系电话 |\n"
    "| 3 | 河西县城关第二小学 | 岳川 | 男 | 431021197906110033 | 厨师 | 0745 3398841 |\n"
)
# a licence register (its head's ID, no sex): the school's row, its landline the school's
NEAR = (
    "序号\t单位名称\t负责人\t身份证号\t联系电话\n"
    "3\t河西县石门乡中心小学\t甘霖\t431021198803150029\t0745-3316100\n"
)


def test_tab_worker_row():
    assert found(TAB, ["landline"]) == [at(TAB, "landline", "0745 3316208")]


def test_pipe_worker_row():
    assert found(PIPE, ["landline"]) == [at(PIPE, "landline", "0745 3398841")]


def test_an_institution_row_is_left_alone():
    assert found(NEAR, ["landline"]) == []
