"""A serving post's column whose holder's own phone has a column named by the post's
word (包保网格员 beside 网格员手机, 签约家庭医生 beside 家庭医生手机): the register lists
them as contact persons with their own numbers, so their names are kept; without such a
column, or with a 电话 column that may be the desk's line (资助专干 beside 专干电话, the
settled ``test_acting_parts``), they act in office (privfix16je)."""

from .spans import found, names

TSV = (
    "序号\t住户姓名\t联系电话\t隐患\t包保网格员\t网格员手机\n"
    "1\t柯振邦\t13872001234\t楼道充电\t宁晓梅\t15071005678\n"
    "2\t韦淑珍\t18907004321\t飞线充电\t宁晓梅\t15071005678\n"
    "3\t卓国庆\t13597008765\t入户充电\t宁晓梅\t15071005678\n"
)

PIPE = (
    "| 序号 | 老人姓名 | 村（社区） | 签约家庭医生 | 家庭医生手机 |\n"
    "|---|---|---|---|---|\n"
    "| 1 | 龙桂枝 | 花溪村 | 欧建平 | 13985005566 |\n"
    "| 2 | 杭满堂 | 花溪村 | 欧建平 | 13985005566 |\n"
    "| 3 | 濮玉芬 | 石门村 | 欧建平 | 13985005566 |\n"
)

NO_PHONE = (
    "序号\t住户姓名\t联系电话\t包保网格员\n"
    "1\t柯振邦\t13872001234\t宁晓梅\n"
    "2\t韦淑珍\t18907004321\t宁晓梅\n"
    "3\t卓国庆\t13597008765\t宁晓梅\n"
)


def test_grid_worker_with_own_mobile_column_is_kept():
    expected = names(TSV, "柯振邦", "宁晓梅", "韦淑珍", "宁晓梅", "卓国庆", "宁晓梅")
    assert found(TSV, ["name"]) == expected


def test_family_doctor_with_phone_column_in_pipe_table_is_kept():
    expected = names(PIPE, "龙桂枝", "欧建平", "杭满堂", "欧建平", "濮玉芬", "欧建平")
    assert found(PIPE, ["name"]) == expected


def test_grid_worker_without_own_phone_acts_in_office():
    assert found(NO_PHONE, ["name"]) == names(NO_PHONE, "柯振邦", "韦淑珍", "卓国庆")


DESK_PHONE = (
    "序号\t住户姓名\t联系电话\t包保网格员\t网格员电话\n"
    "1\t柯振邦\t13872001234\t宁晓梅\t0713-5230001\n"
    "2\t韦淑珍\t18907004321\t宁晓梅\t0713-5230001\n"
    "3\t卓国庆\t13597008765\t宁晓梅\t0713-5230001\n"
)


def test_grid_worker_with_a_phone_column_not_a_mobile_acts_in_office():
    assert found(DESK_PHONE, ["name"]) == names(DESK_PHONE, "柯振邦", "韦淑珍", "卓国庆")
