"""A two-row header flattened from a DOCX table loses the last cells of its second row
(spanned from the first row by rowspan): the row is read as the second header row, its
missing cells the first row's, so the group's 姓名 column is found (privfix16je)."""

from .spans import found, names

GROUPED = (
    "辖区村级文体协管员登记表\n"
    "序号\t服务点\t\t文体协管员\t\t\t骨干成员\t家庭住址\n"
    "\t名称\t项目\t姓名\t性别\t等级\n"
    "1\t南岗村文化广场\t腰鼓\t白云\t女\t二级\t黎秀芝\t南岗村4组11号\n"
    "2\t北渡村活动室\t象棋\t笪海\t男\t三级\t\t北渡村2组7号\n"
)

ONE_MISSING = (
    "序号\t乡镇\t\t获奖选手\t\t监护人\n"
    "\t名称\t组别\t姓名\t名次\n"
    "1\t清河镇\t少年组\t江山\t第一名\t江德旺\n"
    "2\t柳林乡\t成年组\t訾松\t第二名\t\n"
)

FILLED_FIRST = (
    "序号\t服务点\t\t协管员\t\t\t队友\t家庭住址\n"
    "合计\t名称\t项目\t姓名\t性别\t等级\n"
    "1\t南岗村文化广场\t腰鼓\t缪常青\t女\t二级\t\t南岗村4组11号\n"
)


def test_group_name_column_under_a_shortened_second_row():
    assert found(GROUPED, ["name"]) == names(GROUPED, "白云", "黎秀芝", "笪海")


def test_one_missing_cell_at_the_end():
    assert found(ONE_MISSING, ["name"]) == names(ONE_MISSING, "江山", "江德旺", "訾松")


def test_a_row_with_its_first_cell_filled_is_no_second_header():
    # (a row that fills the 序号 column is no rowspan continuation: nothing is merged)
    assert ("name", FILLED_FIRST.index("南岗村"), FILLED_FIRST.index("南岗村") + 3) not in found(
        FILLED_FIRST, ["name"]
    )


MISPLACED = (
    "序号\t户主\t家庭住址\t迁葬情况\t\t补偿金额（元）\t签约人\n"
    "\t\t墓主姓名\t穴数\n"
    "1\t闻立强\t高桥村5组8号\t闻阿福\t1\t8000\t本人\n"
)


def test_a_shortened_row_under_a_column_of_its_own_is_not_merged():
    # 墓主姓名 under 家庭住址: the flattened row lost its place; 户主 is read as before
    assert found(MISPLACED, ["name"])[:1] == names(MISPLACED, "闻立强")
    assert ("name", MISPLACED.index("高桥村"), MISPLACED.index("高桥村") + 6) not in found(
        MISPLACED, ["name"]
    )
