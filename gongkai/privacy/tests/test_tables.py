"""Persons (and ID and card numbers) in tables of every layout (issue 16).

Each fixture is a small list of the kind that leaks in practice — 低保 and subsidy
lists, land-compensation tables, licence lists — written in one layout. The tests
assert the exact span of every finding and that nothing else is found.
"""

import io

import pytest

from gongkai.privacy import scan_file, scan_html, scan_text
from gongkai.privacy.corpus import _luhn_complete


def spans(text, findings, kinds=("name", "id_card", "bank_card", "address")):
    return [(f.type, f.start, f.end, text[f.start : f.end]) for f in findings if f.type in kinds]


def expect(text, *pieces):
    """(type, start, end, text) for each (type, piece) in order of appearance."""
    out = []
    pos = 0
    for kind, piece in pieces:
        start = text.index(piece, pos)
        out.append((kind, start, start + len(piece), piece))
        pos = start + len(piece)
    return out


def found(text):
    return spans(text, scan_text(text, allow=[]))


def test_tab_separated_subsidy_list():
    text = "序号\t户主姓名\t家庭人口\t所在村组\t金额（元）\n1\t赵六\t3\t红星村3组\t560\n2\t欧阳娜娜\t2\t长岭村1组\t400\n"
    # the village groups are places in a household list, not private addresses
    assert found(text) == expect(text, ("name", "赵六"), ("name", "欧阳娜娜"))


def test_pipe_table_with_rule_and_several_persons_in_a_cell():
    text = (
        "| 序号 | 家庭成员 | 补贴金额 |\n"
        "|---|---|---|\n"
        "| 1 | 司马光明、李四（妻） | 1200 |\n"
        "| 2 | 诸葛亮，王芳 | 900 |\n"
    )
    assert found(text) == expect(
        text, ("name", "司马光明"), ("name", "李四"), ("name", "诸葛亮"), ("name", "王芳")
    )


def test_csv_land_compensation_table():
    text = (
        "编号,被征收人,面积（亩）,补偿金额\n1,王小明,1.2,36000\n2,刘洋,0.8,24000\n合计,,2.0,60000\n"
    )
    assert found(text) == expect(text, ("name", "王小明"), ("name", "刘洋"))


def test_whitespace_aligned_columns_with_a_spread_header():
    text = (
        "2024年第三季度临时救助名单\n"
        "序号  姓  名    救助金额   发放日期\n"
        "1     张伟      800        2024-07-10\n"
        "2     李娜      1200       2024-07-12\n"
        "合计            2000\n"
    )
    assert found(text) == expect(text, ("name", "张伟"), ("name", "李娜"))


def test_aligned_columns_with_an_empty_cell():
    text = "序号   姓名     身份证号               备注\n1      张伟     11010519491231002X     新增\n2      李娜                            \n"
    assert found(text) == expect(
        text, ("name", "张伟"), ("id_card", "11010519491231002X"), ("name", "李娜")
    )


def test_table_flattened_to_one_cell_per_line():
    text = (
        "低保对象公示\n序号\n姓名\n性别\n金额（元）\n"
        "1\n张伟\n男\n500\n"
        "2\n上官婉儿\n女\n300\n"
        "以上名单公示7天。\n"
    )
    assert found(text) == expect(text, ("name", "张伟"), ("name", "上官婉儿"))


def test_html_table_via_scan_html():
    html = (
        "<table><thead><tr><th>序号</th><th>申请人</th><th>银行卡号</th></tr></thead><tbody>"
        "<tr><td>1</td><td>钱多多</td><td>{card}</td></tr>"
        "<tr><td>2</td><td>孙丽</td><td>—</td></tr></tbody></table>"
    )
    card = _luhn_complete("62220212345678901")  # 18 digits, Luhn-valid
    html = html.format(card=card)
    got = [(f.type, html[f.start : f.end]) for f in scan_html(html, allow=[])]
    assert got == [("name", "钱多多"), ("bank_card", card), ("name", "孙丽")]


def test_html_file_via_scan_file():
    html = (
        "<html><body><h2>困难群众救助名单</h2><table>"
        "<tr><td>序号</td><td>救助对象</td><td>救助金额</td></tr>"
        "<tr><td>1</td><td>周杰</td><td>600</td></tr>"
        "<tr><td>2</td><td>吴敏</td><td>800</td></tr></table></body></html>"
    ).encode()
    got = [(f.type, f.text) for f in scan_file(html, "名单.html", allow=[])]
    assert got == [("name", "周杰"), ("name", "吴敏")]


def test_docx_table():
    import docx

    d = docx.Document()
    d.add_paragraph("2024年耕地地力保护补贴发放表")
    t = d.add_table(rows=3, cols=4)
    for row, values in zip(
        t.rows,
        [
            ("序号", "户主", "身份证号", "补贴金额"),
            ("1", "郑国强", "510502195603124524", "320.5"),
            ("2", "冯秀兰", "51050219781103061X", "210"),
        ],
        strict=True,
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    out = io.BytesIO()
    d.save(out)
    got = [(f.type, f.text) for f in scan_file(out.getvalue(), "补贴.docx", allow=[])]
    assert got == [
        ("name", "郑国强"),
        ("id_card", "510502195603124524"),
        ("name", "冯秀兰"),
        ("id_card", "51050219781103061X"),
    ]


def test_xlsx_table_with_a_numeric_card_column():
    from openpyxl import Workbook

    card = _luhn_complete("621700123456789012")  # 19 digits
    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "收款人", "账号", "金额"])
    sheet.append([1, "褚红梅", card, 1500])
    sheet.append([2, "卫东", "", 800])
    out = io.BytesIO()
    book.save(out)
    got = [(f.type, f.text) for f in scan_file(out.getvalue(), "发放.xlsx", allow=[])]
    assert got == [("name", "褚红梅"), ("bank_card", card), ("name", "卫东")]


def test_mistyped_id_in_an_id_column_is_masked_but_not_in_a_file_number_column():
    text = (
        "序号\t姓名\t公民身份号码\t受理编号\n"
        "1\t何平\t110105194912310021\t110105194912310021\n"  # wrong check character
    )
    assert found(text) == expect(text, ("name", "何平"), ("id_card", "110105194912310021"))


def test_legal_representative_only_of_an_individual_business():
    text = (
        "序号\t市场主体名称\t法定代表人（负责人）\t许可证编号\n"
        "1\t泸州市酒城建材有限公司\t王建国\tJY15105020012345\n"
        "2\t江阳区老李便利店\t李德胜\tJY25105020054321\n"
        "3\t张记小吃（个体工商户）\t张明记\tJY25105020099999\n"
    )
    assert found(text) == expect(text, ("name", "李德胜"), ("name", "张明记"))


def test_contact_column_of_units_is_officials_in_office():
    units = "序号\t单位名称\t联系人\t办公电话\n1\t区民政局\t王科长\t0830-3125678\n"
    assert found(units) == []
    households = "序号\t户主\t联系人\t联系电话\n1\t陈刚\t陈小红\t13981712345\n"
    assert found(households) == expect(households, ("name", "陈刚"), ("name", "陈小红"))


@pytest.mark.parametrize(
    "text",
    [
        # organisation names, amounts and dates in a tender-result table
        "序号\t中标单位\t中标金额\t公示日期\n1\t四川某某建设有限公司\t1,250,000.00元\t2024-05-06\n",
        # a header word in prose is not a table
        "请申请人姓名、联系电话填写完整后提交。\n序号为自动生成。\n",
        # totals and notes under a name column
        "序号\t姓名\t金额\n合计\t\t1200\n",
        # a column of licence numbers of companies
        "序号\t企业名称\t统一社会信用代码\n1\t泸州某某公司\t91510502MA6ABCDE1X\n",
    ],
)
def test_near_misses_in_tables(text):
    assert found(text) == []


def test_a_cell_that_is_only_a_note_heads_no_column_and_does_not_stop_the_scan():
    """ "（单位：元）" over a table, or "（户主）" alone in a cell, once sent the header test
    round in circles (RecursionError on the whole scan); it is no header, and the persons
    under the real header are still found."""
    from gongkai.privacy.tables import _column_kind

    for cell in ("（单位：元）", "(户主姓名)", "（户主）"):
        assert _column_kind(cell) is None
    assert _column_kind("被征收户（户主）") == "name"
    text = "（单位：元）\n序号\t户主姓名\t金额\n1\t钱丽珍\t1200\n2\t（户主）\t800\n"
    found = [(f.type, f.text) for f in scan_text(text) if f.type == "name"]
    assert found == [("name", "钱丽珍")]
