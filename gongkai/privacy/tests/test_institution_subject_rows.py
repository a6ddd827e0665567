"""A register's row about an institution: its landline is the institution's (``subjectrows``).

Fixtures: tab and pipe registers whose subject column (经营者名称, 单位名称) holds a
school, a hospital or a company beside rows of individual businesses with mobiles; near
misses: a persons' list whose 参保单位 / 工作单位 column names an employer keeps the
persons' landlines, and an individual business's row keeps its landline.
"""

from .spans import at, found

LAND = ["landline", "mobile"]


def test_tab_register_school_row_is_the_schools():
    text = (
        "食品经营许可信息\n"
        "序号\t许可证编号\t经营者名称\t负责人姓名\t联系电话\t经营场所\n"
        "1\tJY14301020000011\t长乐镇金穗副食店\t莫小川\t13907310101\t长乐镇新街8号\n"
        "2\tJY14301020000012\t长乐镇第二中学\t孔令仪\t0731-5568801\t长乐镇学府路2号\n"
        "3\tJY14301020000013\t湘禾餐饮管理有限公司\t谢文博\t(0731)5568802\t长乐镇新街20号\n"
        "4\tJY14301020000014\t长乐镇老杨粉店\t杨德贵\t0731-5568803\t长乐镇新街31号\n"
    )
    assert found(text, LAND) == [
        at(text, "mobile", "13907310101"),
        at(text, "landline", "0731-5568803"),
    ]


def test_pipe_register_with_a_header_above_the_header():
    text = (
        "| | | 负责人 | |\n"
        "| 序号 | 单位名称 | 姓名 | 联系电话 |\n"
        "| 1 | 县中医医院 | 万志强 | 0731 5568810 |\n"
        "| 2 | 刘记小吃店 | 刘春花 | 15807310022 |\n"
    )
    assert found(text, LAND) == [at(text, "mobile", "15807310022")]


def test_employer_column_keeps_persons_landlines():
    text = (
        "序号\t姓名\t证件号码\t参保单位\t联系电话\n"
        "1\t方雅琴\t430102198802140023\t长乐镇第二中学\t13807310033\n"
        "2\t钟明远\t430102197905110015\t湘禾餐饮管理有限公司\t0731-5568820\n"
    )
    assert at(text, "landline", "0731-5568820") in found(text, LAND)
