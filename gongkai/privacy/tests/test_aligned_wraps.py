"""A table aligned with spaces whose long cells wrap onto the next line and whose rows
run over a page break (a PDF's text layer): every row is read (issue 16, the sixteenth
held-out batch's layout class, with fixtures of its own)."""

from .spans import at, found

HEADER = " 序号  推荐单位          姓名      性别  家庭住址                    联系电话\n"


def _row(n, unit, name, sex, home, phone):
    return f" {n:<5} {unit:<16}{name:<10}{sex:<6}{home:<28}{phone}\n"


def _wrap(unit_rest):
    return f"       {unit_rest}\n"


def test_rows_after_wrapped_unit_cells_are_read():
    text = (
        "拟推荐人选名单\n\n"
        + HEADER
        + _row(1, "县农业技术推广", "沈立新", "男", "青石镇河口村3组12号", "13907451122")
        + _wrap("服务中心")
        + _row(2, "县中医医院", "柯美玲", "女", "城关镇南街社区15号", "15807453381")
        + _row(3, "县农村经济经营", "邰国强", "男", "石桥乡新民村2组7号", "0745-6231876")
        + _wrap("管理站")
        + _row(4, "县第二中学", "晏秀芝", "女", "青石镇上坪村1组30号", "18907452290")
    )
    got = found(text, ["name", "address", "mobile", "landline"])
    for name in ("沈立新", "柯美玲", "邰国强", "晏秀芝"):
        assert at(text, "name", name) in got
    assert at(text, "landline", "0745-6231876") in got
    assert at(text, "address", "石桥乡新民村2组7号") in got
    # the wrapped halves of units are no names
    for piece in ("服务中心", "管理站"):
        assert not [f for f in got if text[f[1] : f[2]] == piece]


def test_rows_after_a_page_break_with_its_furniture_are_read():
    text = (
        "困难群众临时救助对象公示\n\n"
        + HEADER
        + _row(1, "青石镇人民政府", "莫建华", "男", "青石镇河口村3组12号", "13907451122")
        + _row(2, "青石镇人民政府", "韦春兰", "女", "青石镇河口村4组6号", "13907451123")
        + "                                 第 1 页 共 2 页\n"
        + "\n"
        + HEADER
        + _row(3, "石桥乡人民政府", "符志勇", "男", "石桥乡新民村2组7号", "13907451124")
        + "                                 - 2 -\n"
        + _row(4, "石桥乡人民政府", "蒙丽娟", "女", "石桥乡新民村5组9号", "13907451125")
    )
    got = found(text, ["name"])
    for name in ("莫建华", "韦春兰", "符志勇", "蒙丽娟"):
        assert at(text, "name", name) in got


def test_a_name_wrapped_onto_the_next_line_gives_no_piece():
    text = (
        "名单\n\n"
        + HEADER
        + _row(1, "县文化馆", "司徒", "男", "城关镇北街巷12号", "13907451122")
        + "                       志明\n"
        + _row(2, "县图书馆", "钟立华", "女", "城关镇北街巷14号", "13907451123")
    )
    got = found(text, ["name"])
    assert at(text, "name", "钟立华") in got
    assert at(text, "name", "司徒") not in got


def test_an_indented_signature_under_the_table_is_no_row():
    text = (
        "名单\n\n"
        + HEADER
        + _row(1, "县文化馆", "祝永福", "男", "城关镇北街巷12号", "13907451122")
        + "\n"
        + "                                            制表单位：县文化和旅游局\n"
        + "                                            审核人：伍德明\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "祝永福") in got
    assert at(text, "name", "伍德明") not in got
