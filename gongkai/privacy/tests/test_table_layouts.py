"""Table layouts as they are really written (issue 16): HTML source with one cell a line and
headers on two rows, Markdown tables with alignment colons and combined headers, XML
exports, tables flattened to one cell a line and repeated on every page.

Every fixture asserts the exact spans found and that the near misses beside them (a
unit's clerk, a unit's phone, a company, a bare village) are left alone.
"""

from gongkai.privacy import mask_html, scan_html
from gongkai.privacy.markup import flatten_html

from .spans import at, found, luhn, rid

PERSONAL = ("name", "id_card", "bank_card", "address", "mobile", "landline", "email")


def html_found(html):
    """(type, start, end) in the HTML of every personal finding."""
    return [
        (f.type, f.start, f.end)
        for f in scan_html(html, allow=[], expressions=False)
        if f.type in PERSONAL
    ]


def spans_of(text, *pieces):
    """``at`` for each (type, piece) in order of appearance."""
    out = []
    pos = 0
    for kind, piece in pieces:
        span = at(text, kind, piece, pos)
        out.append(span)
        pos = span[2]
    return out


# --- HTML: a row written one cell a source line, headers on two rows ----------------------

ID1, ID2, ID3 = rid("34122119670315302"), rid("34122119801122002"), rid("34122119550708406")
BAD_ID = "341221197304120018"  # an ID with a wrong check character, in an ID column
CARD1, CARD3 = luhn("62170014203358816"), luhn("621799010044871203")  # 18 and 19 digits


def _subsidy_html():
    return f"""<table border="1">
<thead>
<tr>
  <th rowspan="2">序号</th>
  <th colspan="2">申请人</th>
  <th rowspan="2">家庭住址</th>
  <th colspan="2">补助情况</th>
  <th rowspan="2">经办人</th>
</tr>
<tr>
  <th>姓名</th>
  <th>公民身份号码</th>
  <th>金额（元）</th>
  <th>发放账号</th>
</tr>
</thead>
<tbody>
<tr>
  <td>1</td>
  <td>柏春燕</td>
  <td>{ID1}</td>
  <td>青石镇槐树湾村七组18号</td>
  <td>1200</td>
  <td>{CARD1}</td>
  <td>孟庆伟</td>
</tr>
<tr>
  <td>2</td>
  <td>阮志刚<br>阮小梅</td>
  <td>{ID2}</td>
  <td rowspan="2">青石镇新街62号</td>
  <td>800</td>
  <td></td>
  <td>孟庆伟</td>
</tr>
<tr>
  <td>3</td>
  <td>倪桂香</td>
  <td>{BAD_ID}</td>
  <td>800</td>
  <td>{CARD3}</td>
  <td>孟庆伟</td>
</tr>
<tr>
  <td>4</td>
  <td>郜永福</td>
  <td>{ID3}</td>
  <td>青石镇槐树湾村</td>
  <td>600</td>
  <td></td>
  <td>孟庆伟</td>
</tr>
</tbody>
</table>"""


def test_html_rows_written_one_cell_a_source_line_with_a_group_header():
    html = _subsidy_html()
    assert html_found(html) == spans_of(
        html,
        ("name", "柏春燕"),
        ("id_card", ID1),
        ("address", "青石镇槐树湾村七组18号"),
        ("bank_card", CARD1),
        ("name", "阮志刚"),
        ("name", "阮小梅"),  # two persons in a cell, one a line (<br>)
        ("id_card", ID2),
        ("address", "青石镇新街62号"),  # spans two rows
        ("name", "倪桂香"),
        ("id_card", BAD_ID),  # a mistyped ID in the ID column is still an ID
        ("bank_card", CARD3),
        ("name", "郜永福"),
        ("id_card", ID3),
        # 青石镇槐树湾村 is a bare village: a place; 孟庆伟 is the clerk (经办人)
    )
    masked = mask_html(html)
    assert len(masked) == len(html) and "孟庆伟" in masked and "<td>柏*燕</td>" in masked


def test_html_flat_text_keeps_a_row_on_one_line():
    html = _subsidy_html()
    lines = [line for line in flatten_html(html).split("\n") if line.strip()]
    assert len(lines) == 6  # two header rows and four data rows
    assert lines[3].split("\t")[2].split() == ["阮志刚", "阮小梅"]
    assert len({line.count("\t") for line in lines}) == 1  # the grid: every row as wide


def test_html_two_header_rows_whose_second_row_names_no_person():
    """The person header spans both header rows; the second row holds the columns of a
    group (补偿情况 over 面积 | 金额) and no person's word."""
    html = (
        "<table>\n<tr>\n<td rowspan=2>编号</td>\n<td rowspan=2>被征收人</td>\n"
        "<td colspan=2>补偿情况</td>\n<td rowspan=2>联系方式</td>\n</tr>\n"
        "<tr>\n<td>面积（㎡）</td>\n<td>金额（元）</td>\n</tr>\n"
        "<tr>\n<td>A-01</td>\n<td>龚德旺</td>\n<td>126.5</td>\n<td>88550</td>\n"
        "<td>13907215568</td>\n</tr>\n"
        "<tr>\n<td>A-02</td>\n<td>郦秀娥、郦建军</td>\n<td>98.0</td>\n<td>68600</td>\n"
        "<td>0716-4821937</td>\n</tr>\n"
        "<tr>\n<td>A-03</td>\n<td>荆州市江汉建材有限公司</td>\n<td>410.0</td>\n"
        "<td>287000</td>\n<td>0716-8212000</td>\n</tr>\n</table>"
    )
    got = html_found(html)
    assert got == spans_of(
        html,
        ("name", "龚德旺"),
        ("mobile", "13907215568"),
        ("name", "郦秀娥"),
        ("name", "郦建军"),
        ("landline", "0716-4821937"),
        # the company's row: neither its name nor its phone is a person's
    )


def test_a_page_laid_out_with_a_table_keeps_its_lines():
    """An article in one cell of a layout table: its paragraphs stay lines."""
    html = (
        "<table><tr><td width=120>\n<a href=/>首页</a>\n</td><td>\n"
        "<p>关于公布2024年度困难群众名单的通知</p>\n"
        + "".join(
            f"<p>第{k}段，按照有关规定，现将情况说明如下，请各单位认真落实。</p>\n"
            for k in range(4)
        )
        + "</td></tr></table>"
    )
    flat = flatten_html(html)
    assert "<p>" not in flat and flat.count("\n") >= 6


# --- Markdown / pipe tables -----------------------------------------------------------------


def test_markdown_table_with_alignment_row_and_a_combined_header():
    text = (
        "## 附件：临时救助对象名单\n\n"
        "| 序号 | 姓名/手机号 | 救助事由 | 金额（元） |\n"
        "|:---:|:------|:---:|---:|\n"
        "| 1 | 蒲玉兰/15182736409 | 因病 | 3000 |\n"
        "| 2 | 晏德贵、晏春花/13708164472 | 火灾 | 5000 |\n"
        "| 3 | 覃小妹（其女覃丽代领）/18990123578 | 因病 | 2000 |\n"
        "| 4 | 宁远县红十字会/— | 代发 | 0 |\n\n"
        "经办人：谭红霞　审核人：李国栋\n"
    )
    assert found(text, ("name", "mobile", "landline")) == spans_of(
        text,
        ("name", "蒲玉兰"),
        ("mobile", "15182736409"),
        ("name", "晏德贵"),
        ("name", "晏春花"),
        ("mobile", "13708164472"),
        ("name", "覃小妹"),
        ("name", "覃丽"),  # the daughter who collects for her
        ("mobile", "18990123578"),
    )


def test_pipe_table_whose_combined_header_has_the_phone_first():
    text = (
        "| 房号 | 联系电话／业主姓名 | 意见 |\n"
        "|---|---|---|\n"
        "| 301 | 13627154480／祝永红 | 同意 |\n"
        "| 302 | 027-84561203／甘国富 | 同意 |\n"
        "| 401 | — | 未表态 |\n"
    )
    assert found(text, ("name", "mobile", "landline")) == spans_of(
        text,
        ("mobile", "13627154480"),
        ("name", "祝永红"),
        ("landline", "027-84561203"),
        ("name", "甘国富"),
    )


def test_pipe_table_without_outer_bars_and_a_unit_contact_column():
    """A table of units: the contact and his phone act in office."""
    text = (
        "序号 | 单位名称 | 联系人 | 联系电话\n"
        "--- | --- | --- | ---\n"
        "1 | 城关镇人民政府 | 邓建平 | 0739-5213344\n"
        "2 | 西洋江镇人民政府 | 武小燕 | 0739-5218801\n"
    )
    assert found(text, ("name",)) == []
