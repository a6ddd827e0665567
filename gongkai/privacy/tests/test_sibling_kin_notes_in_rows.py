"""A relative named in a row's cell with a sibling's or grandchild's relation in brackets
("毕某（兄）0599-…", "李某（胞妹）138…"): a person beside the row's own person, in every
table form; a unit or an office in brackets, or a row without a person, stays none."""

from gongkai.privacy import scan_html

from .spans import found, names


def _names(text):
    return sorted(s for s in found(text, ["name"]))


def _html_names(html):
    return sorted((f.type, f.start, f.end) for f in scan_html(html, allow=[]) if f.type == "name")


def test_html_two_level_header_with_rowspan_gives_each_relative():
    html = (
        "<table><thead><tr><th rowspan='2'>乡镇</th><th colspan='3'>退役士兵</th>"
        "<th rowspan='2'>家庭联系人及电话</th><th rowspan='2'>备注</th></tr>"
        "<tr><th>姓名</th><th>性别</th><th>服役部队</th></tr></thead><tbody>"
        "<tr><td rowspan='2'>河口镇</td><td>郝长根</td><td>男</td><td>陆军</td>"
        "<td>郑丽娟（姐）0731-5526418</td><td>已移交</td></tr>"
        "<tr><td>邱德水</td><td>男</td><td>海军</td><td>邱德山（胞兄）13907315526</td><td></td></tr>"
        "<tr><td>沙坪乡</td><td>岳小芸</td><td>女</td><td>空军</td>"
        "<td>岳建成（父）（0731）5541207</td><td></td></tr>"
        "</tbody></table>"
    )
    assert _html_names(html) == names(
        html, "郝长根", "郑丽娟", "邱德水", "邱德山", "岳小芸", "岳建成"
    )


def test_tab_rows_of_a_docx_with_younger_siblings_and_grandchildren():
    text = (
        "序号\t姓名\t年龄\t紧急联络（关系）\n"
        "1\t龙春花\t82\t龙海波（孙子）15874120036\n"
        "2\t石德全\t79\t石德贵（弟弟）0743-4221506\n"
        "3\t麻秀英\t85\t田小妹（妹）13787430021\n"
    )
    assert _names(text) == names(text, "龙春花", "龙海波", "石德全", "石德贵", "麻秀英", "田小妹")


def test_pipe_table_with_in_law_and_sister():
    text = (
        "| 户主 | 人口 | 家庭联系人 |\n"
        "|---|---|---|\n"
        "| 蓝桂芳 | 3 | 钟永红（儿媳），电话13607681142 |\n"
        "| 雷金水 | 2 | 雷金凤（姐姐），电话0768-2263051 |\n"
    )
    assert _names(text) == names(text, "蓝桂芳", "钟永红", "雷金水", "雷金凤")


def test_a_unit_in_brackets_or_a_row_of_units_is_no_relative():
    text = (
        "序号\t单位名称\t对接联系方式\n"
        "1\t县水利局\t防汛办（兄弟单位）0743-4221000\n"
        "2\t县气象局\t值班室（姐妹单位）0743-4221001\n"
    )
    assert _names(text) == []
    rows = (
        "序号\t姓名\t家庭联系人及电话\n"
        "1\t符小军\t村委会（代管）0743-4221002\n"
        "2\t潘玉兰\t县福利院（兄）值班电话0743-4221003\n"
    )
    got = _names(rows)
    assert got == names(rows, "符小军", "潘玉兰")


def test_aligned_and_one_cell_per_line_rows():
    aligned = (
        "序号  姓名      性别  家庭联系人及电话\n"
        "1     郝长根    男    郑丽娟（姐）0731-5526418\n"
        "2     邱德水    男    邱德山（胞兄）13907315526\n"
    )
    assert _names(aligned) == names(aligned, "郝长根", "郑丽娟", "邱德水", "邱德山")
    stacked = "序号\n姓名\n性别\n家庭联系人及电话\n1\n郝长根\n男\n郑丽娟（姐）0731-5526418\n2\n邱德水\n男\n邱德山（胞兄）13907315526\n"
    assert _names(stacked) == names(stacked, "郝长根", "郑丽娟", "邱德水", "邱德山")
