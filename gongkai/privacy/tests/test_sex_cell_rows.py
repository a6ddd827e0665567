"""A landline in a table row that opens with a station's or a club's name but holds a
person's sex (男, 女): the person's record, its landline the person's (unitrows)."""

from .spans import at, found

TAB = (
    "序号\t服务点\t项目\t教练员\t性别\t联系方式\t住址\n"
    "1\t石门乡健身服务站\t篮球\t甘霖、岳川\t女\t(0745)3398841\t石门乡正街8号\n"
)
PIPE = (
    "| 序号 | 服务点 | 项目 | 教练员 | 性别 | 联系电话 | 家庭住址 |\n"
    "| --- | --- | --- | --- | --- | --- | --- |\n"
    "| 2 | 河西镇老年活动站 | 门球 | 谷丰、金秋 | 男 | （0745）3316208 | 河西镇滨河路12号 |\n"
)
# an institution's row (a directory of stations): its landline is the station's
NEAR = "序号\t服务点\t负责单位\t联系电话\n1\t河西镇老年活动站\t河西镇文化站\t0745-3316100\n"


def test_tab_row_with_a_sex_cell_keeps_the_landline():
    assert found(TAB, ["landline"]) == [at(TAB, "landline", "(0745)3398841")]


def test_pipe_row_with_a_sex_cell_keeps_the_landline():
    assert found(PIPE, ["landline"]) == [at(PIPE, "landline", "（0745）3316208")]


def test_a_station_directory_row_is_left_alone():
    assert found(NEAR, ["landline"]) == []
