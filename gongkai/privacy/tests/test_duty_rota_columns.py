"""A duty rota's column of the office's own staff (行政值日, 值班领导, 带班干部) names officials
acting in office (``officialcolumns``); the persons' columns beside it keep their names,
and a group's header row over the columns' own is a header, not a row of names
(``listnames``)."""

from .spans import found, names


def test_a_duty_column_in_a_tab_table_under_a_group_header():
    text = (
        "某某镇卫生院2024年秋季家属陪护登记表\n\n"
        "\t\t陪护家属\t\t\t院方\n"
        "日期\t病区\t家属姓名\t患者姓名\t联系方式\t值班领导\n"
        "9月2日\t内科\t倪秋燕\t倪德华\t13912345678\t汤志鹏\n"
        "9月3日\t外科\t柏文涛\t柏兰芝\t13812345679\t汤志鹏\n"
        "9月4日\t内科\t糜桂香\t邬春生\t13712345670\t褚美琴\n"
    )
    assert found(text, ["name"]) == names(
        text, "倪秋燕", "倪德华", "柏文涛", "柏兰芝", "糜桂香", "邬春生"
    )


def test_a_duty_column_in_a_pipe_table():
    text = (
        "| 周次 | 班级 | 家长姓名 | 带班干部 |\n"
        "|---|---|---|---|\n"
        "| 第1周 | 一（3）班 | 蒯丽萍 | 严国栋 |\n"
        "| 第2周 | 二（1）班 | 殷振华 | 严国栋 |\n"
        "| 第3周 | 二（2）班 | 葛玉兰 | 钮春梅 |\n"
    )
    assert found(text, ["name"]) == names(text, "蒯丽萍", "殷振华", "葛玉兰")


def test_a_column_of_parents_without_a_duty_column_keeps_every_name():
    # near miss: no duty header, the second name column is the pupils'
    text = (
        "日期\t班级\t家长姓名\t学生姓名\n"
        "3月1日\t三（2）班\t蒯丽萍\t蒯子涵\n"
        "3月2日\t四（1）班\t殷振华\t殷若溪\n"
    )
    assert found(text, ["name"]) == names(text, "蒯丽萍", "蒯子涵", "殷振华", "殷若溪")
