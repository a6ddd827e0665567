"""A landline in a persons' phone column that holds mobiles in other rows is the
person's, though a unit's cell stands in the row (issue 16, docs28 class:
``phonecolumns``); an office's phone column or a number repeated for several persons
stays the unit's."""

from gongkai.privacy import scan_html

from .spans import at, found


def _landlines(text):
    return found(text, ["landline"])


def test_tab_table_with_a_service_station_column():
    text = (
        "序号\t姓名\t性别\t职业\t服务站点\t联系电话\n"
        "1\t刘桂兰\t女\t社工\t青石镇社工站\t0746-6235518\n"
        "2\t王大春\t男\t律师\t青石镇社工站\t13907461234\n"
        "3\t陈立新\t男\t村医\t白沙乡社工站\t(0746)6238871\n"
        "4\t李秀英\t女\t教师\t白沙乡社工站\t15873601122\n"
        "5\t赵丽华\t女\t职工\t白沙乡社工站\t6231190\n"
    )
    assert _landlines(text) == [
        at(text, "landline", "0746-6235518"),
        at(text, "landline", "(0746)6238871"),
        at(text, "landline", "6231190"),
    ]


def test_pipe_table_and_html_table():
    pipe = (
        "| 序号 | 姓名 | 所在学校 | 联系电话 |\n|---|---|---|---|\n"
        "| 1 | 刘桂兰 | 青石镇中学 | 0746-6235518 |\n"
        "| 2 | 王大春 | 青石镇中学 | 13907461234 |\n"
        "| 3 | 陈立新 | 白沙乡小学 | 15873601122 |\n"
    )
    assert _landlines(pipe) == [at(pipe, "landline", "0746-6235518")]
    html = (
        "<table><tr><th>序号</th><th>姓名</th><th>服务司法所</th><th>联系电话</th></tr>\n"
        "<tr><td>1</td><td>刘桂兰</td><td>青石司法所</td><td>0746-6235518</td></tr>\n"
        "<tr><td>2</td><td>王大春</td><td>青石司法所</td><td>13907461234</td></tr>\n"
        "<tr><td>3</td><td>陈立新</td><td>白沙司法所</td><td>（0746）6238871</td></tr>\n"
        "<tr><td>4</td><td>李秀英</td><td>白沙司法所</td><td>15873601122</td></tr>\n</table>"
    )
    got = [(f.type, f.start, f.end) for f in scan_html(html, allow=[]) if f.type == "landline"]
    assert got == [at(html, "landline", "0746-6235518"), at(html, "landline", "（0746）6238871")]


def test_units_numbers_in_such_columns_stay_unmarked():
    shared = (
        "序号\t姓名\t所在学校\t联系电话\n"
        "1\t刘桂兰\t青石镇中学\t0746-6235500\n"
        "2\t王大春\t青石镇中学\t13907461234\n"
        "3\t陈立新\t青石镇中学\t0746-6235500\n"
        "4\t李秀英\t白沙乡小学\t15873601122\n"
    )
    office = (
        "序号\t姓名\t单位\t办公电话\n"
        "1\t刘桂兰\t青石镇人民政府\t0746-6235518\n"
        "2\t王大春\t青石镇人民政府\t13907461234\n"
        "3\t陈立新\t白沙乡人民政府\t15873601122\n"
    )
    assert _landlines(shared) == []
    assert _landlines(office) == []
