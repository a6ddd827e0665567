"""Issue 16: a table flattened to one cell a line whose header holds words no list knows
(救助事由, 工种, 毕业院校, 所学专业) between or after the known ones, and groups closed by a
小计 record. The header block runs over such words when known header cells stand on both
sides (or when they close it); the records are then read at the header's width.
Near misses: the words of the records (categories, places, schools, amounts) are no names.
"""

from __future__ import annotations

from .spans import found, names, rid


def _onecell(rows, title="公示名单", tail="监督电话：0797-3362215"):
    return "\n".join([title, *(c for row in rows for c in row), tail]) + "\n"


RELIEF = [
    [
        "乡镇",
        "户主",
        "救助对象",
        "家庭人口",
        "身份证号码",
        "救助类别",
        "救助事由",
        "救助金额（元）",
    ],
    ["大塘镇", "钟发明", "钟发明", "4", rid("36072219720415799"), "急难型", "突发重病住院", "4500"],
    ["", "赖桂兰", "刘子涵", "3", rid("36072220150908624"), "急难型", "意外烧伤", "5000"],
    ["小计", "", "", "7", "", "", "", "9500"],
    [
        "古陂镇",
        "欧阳春",
        "欧阳春",
        "5",
        rid("36072219800617549"),
        "支出型",
        "火灾致房屋受损",
        "3000",
    ],
    ["", "邝金水", "邝金水", "3", rid("36072219770930723"), "支出型", "子女就学", "2000"],
]


def test_an_unknown_header_word_between_known_ones_keeps_the_width():
    text = _onecell(RELIEF)
    assert found(text, ("name",)) == names(
        text, "钟发明", "钟发明", "赖桂兰", "刘子涵", "欧阳春", "欧阳春", "邝金水", "邝金水"
    )


def test_the_same_without_the_subtotal_and_with_dropped_empty_cells():
    rows = [r for r in RELIEF if r[0] != "小计"]
    rows = [[c for c in r] for r in rows]
    rows[2][0] = rows[4][0] = "同上"  # a filled first cell: the records keep their width
    text = _onecell(rows, title="2025年第三季度临时救助审批情况")
    got = found(text, ("name",))
    assert got == names(
        text, "钟发明", "钟发明", "赖桂兰", "刘子涵", "欧阳春", "欧阳春", "邝金水", "邝金水"
    )
    assert not [f for f in got if text[f[1] : f[2]] in ("同上", "大塘镇", "古陂镇")]


RECRUITS = [
    ["序号", "姓名", "性别", "毕业院校", "所学专业", "工种"],
    ["1", "韦秀英", "女", "广西大学", "会计学", "出纳"],
    ["2", "覃振华", "男", "桂林理工大学", "土木工程", "施工员"],
    ["3", "黄石生", "男", "南宁师范大学", "汉语言文学", "文秘"],
]


def test_unknown_header_words_closing_the_header():
    for rows in (RECRUITS, [r[1:] for r in RECRUITS]):  # numbered and not
        text = _onecell(rows, title="2026年公开招聘拟聘用人员名单", tail="")
        got = found(text, ("name",))
        assert got == names(text, "韦秀英", "覃振华", "黄石生"), rows[0]


def test_a_units_list_one_cell_a_line_holds_no_persons():
    rows = [
        ["序号", "单位名称", "办理事项", "办公地点", "咨询电话"],
        ["1", "县民政局", "低保审批", "民主路8号", "0797-3362215"],
        ["2", "县医保局", "医疗救助", "解放路2号", "0797-3362216"],
    ]
    assert found(_onecell(rows, tail=""), ("name",)) == []
