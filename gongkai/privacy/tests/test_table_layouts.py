"""Table layouts as they are really written (issue 16): HTML source with one cell a line and
headers on two rows, Markdown tables with alignment colons and combined headers, XML
exports, tables flattened to one cell a line and repeated on every page.

Every fixture asserts the exact spans found and that the near misses beside them (a
unit's clerk, a unit's phone, a company, a bare village) are left alone.
"""

import pytest

from gongkai.privacy import corpus, mask_html, scan_html, scan_text, tablelayouts
from gongkai.privacy.markup import flatten_html

from .spans import assert_scores, at, found, luhn, rid

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
    # (two short fields of a cell, one a line, are parted by a slash: htmlgrid)
    assert lines[3].split("\t")[2].split("/") == ["阮志刚", "阮小梅"]
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


# --- XML exports --------------------------------------------------------------------------

XID1, XID2 = rid("37082619750921302"), rid("37082619881104062")
XBAD = "370826196502170011"  # mistyped check character, under the ID field
XCARD = luhn("62309100172845113")  # 18 digits: a card only by its field


def test_xml_export_with_pinyin_initials_as_field_names():
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<Package>
  <Head><FSDW>微山南县民政局</FSDW><LXR>葛红梅</LXR><JLS>3</JLS></Head>
  <Body>
    <Record>
      <XH>1</XH><HZXM>闵庆山</HZXM><SFZH>{XID1}</SFZH>
      <JTZZ>微山南县韩庄镇新河村东街12号</JTZZ><YHKH>{XCARD}</YHKH>
      <JBR>孔德胜</JBR>
    </Record>
    <Record>
      <XH>2</XH><HZXM>满秀兰</HZXM><SFZH>{XID2}</SFZH>
      <JTZZ>微山南县欢城镇</JTZZ><YHKH/>
      <JBR>孔德胜</JBR>
    </Record>
    <Record>
      <XH>3</XH><HZXM><![CDATA[郗长顺]]></HZXM><SFZH>{XBAD}</SFZH>
      <JTZZ>微山南县夏镇街道奎文路6号院2号楼301室</JTZZ>
      <JBR>孔德胜</JBR>
    </Record>
  </Body>
</Package>"""
    assert found(text, ("name", "id_card", "bank_card", "address")) == spans_of(
        text,
        ("name", "闵庆山"),
        ("id_card", XID1),
        ("address", "微山南县韩庄镇新河村东街12号"),
        ("bank_card", XCARD),
        ("name", "满秀兰"),
        ("id_card", XID2),
        # 微山南县欢城镇: a town, not a house
        ("name", "郗长顺"),
        ("id_card", XBAD),
        ("address", "微山南县夏镇街道奎文路6号院2号楼301室"),
        # 葛红梅 (the sender's contact) and 孔德胜 (经办人) act in office
    )


def test_xml_records_as_attributes_and_as_named_fields():
    text = (
        "<list>\n"
        f'  <person xingming="司徒美玲" idCard="{XID1}" address="滨海新村8栋502室" tel="13512340987"/>\n'
        '  <person xingming="天津港物流有限公司" address="港城大道88号"/>\n'
        "</list>\n"
        "<table name='dibao'>\n"
        "  <row><col name='XM'>仉文博</col><col name='ZJHM'>"
        f"{XID2}</col><col name='BZ'>因病</col></row>\n"
        "  <row><field name='姓名' value='蒯丽娟'/><field name='联系人' value='蒯建国'/></row>\n"
        "</table>"
    )
    assert found(text, ("name", "id_card", "address", "mobile")) == spans_of(
        text,
        ("name", "司徒美玲"),
        ("id_card", XID1),
        ("address", "滨海新村8栋502室"),
        ("mobile", "13512340987"),
        ("name", "仉文博"),
        ("id_card", XID2),
        ("name", "蒯丽娟"),
        ("name", "蒯建国"),  # a contact in a person's record is a person
    )


def test_xml_tags_of_a_page_or_of_other_fields_name_no_person():
    text = (
        "<div><span>发布机构：</span><span>城关镇人民政府</span></div>\n"
        "<item><title>关于曹家湾村道路硬化的公示</title><author>万志远</author>"
        "<source>城关镇</source></item>"
    )
    assert found(text, ("name",)) == []


# --- one cell a line, across pages --------------------------------------------------------


def test_one_cell_a_line_repeated_header_page_footers_and_a_dropped_empty_cell():
    """A DOCX table read one cell a line over two pages: its last header cell is no
    header word (病种), a record's empty phone cell was dropped with its blank line, a
    page footer stands between records, the header comes again after 续表."""
    ids = [rid(f"6323211990010{k}00{k}") for k in range(1, 6)]
    header = "序号\n户主\n公民身份号码\n联系电话\n病种\n"
    text = (
        "2025年城乡医疗救助对象公示\n"
        + header
        + f"1\n拉毛措\n{ids[0]}\n\n尘肺\n"  # no phone: four lines
        + f"2\n更尕\n{ids[1]}\n13909731022\n包虫病\n"
        + "第 1 页 共 2 页\n"
        + f"3\n才让卓玛\n{ids[2]}\n13919731023\n尿毒症\n"
        + "- 2 -\n续表\n"
        + header
        + f"4\n冶正福\n{ids[3]}\n0973-8812345\n肺结核\n"
        + f"5\n令狐春梅\n{ids[4]}\n15193100024\n白血病\n"
        + "经办人：马德胜　　联系电话：0973-8800000\n"
    )
    assert found(text, ("name", "id_card")) == spans_of(
        text,
        ("name", "拉毛措"),
        ("id_card", ids[0]),
        ("name", "更尕"),
        ("id_card", ids[1]),
        ("name", "才让卓玛"),
        ("id_card", ids[2]),
        ("name", "冶正福"),
        ("id_card", ids[3]),
        ("name", "令狐春梅"),
        ("id_card", ids[4]),
    )


def test_one_cell_a_line_without_serial_numbers():
    text = (
        "获得资助学生名单\n"
        "学生姓名\n就读学校\n年级\n监护人\n资助金额（元）\n"
        "黎嘉欣\n城南小学\n三年级\n黎国华\n1000\n"
        "符子轩\n城南小学\n五年级\n王小红\n1000\n"
        "陈雨桐\n实验中学\n初一\n陈建文\n1250\n"
        "（联系人：教育局资助中心　邢美华　0898-6221345）\n"
    )
    assert found(text, ("name",)) == spans_of(
        text,
        ("name", "黎嘉欣"),
        ("name", "黎国华"),
        ("name", "符子轩"),
        ("name", "王小红"),
        ("name", "陈雨桐"),
        ("name", "陈建文"),
    )


# --- CSV from a spreadsheet, owners, records one field a line ------------------------------


def test_csv_with_every_cell_quoted_and_numbers_guarded_as_formulas():
    good, bad = rid("13062619730412301"), "130626196808230017"  # bad: wrong check character
    card = luhn("62305991234567801")  # 18 digits
    text = (
        '"序号","村名","户主姓名","身份证号","住址","社保卡账号","联系电话"\n'
        f'"1","北田村","司马长青","=""{good}""","北田村东街18号","=""{card}""","=""13833271540"""\n'
        f'"2","北田村","郄秀兰","=""{bad}""","北田村","",""\n'
        '"3","北田村","北田村股份经济合作社","","北田村村委会","","=""0312-6950011"""\n'
        '"制表：","王志军","审核：","李建华","","",""\n'
    )
    assert found(text, ("name", "id_card", "bank_card", "address")) == spans_of(
        text,
        ("name", "司马长青"),
        ("id_card", good),
        ("address", "北田村东街18号"),
        ("bank_card", card),
        ("name", "郄秀兰"),
        ("id_card", bad),
        # a bare village is a place; the cooperative and the sign-off are no persons
    )


def test_an_owner_column_holds_persons_and_units():
    text = (
        "号牌号码\t机动车所有人\t违法次数\n"
        "云C·3K51A\t杨自强\t6\n"
        "云C·90F36\t弥西顺达运输有限公司\t12\n"
        "云C·Q3118\t县交通运输局\t2\n"
        "云C·E5520\t颂猜·翁萨瓦\t3\n"
    )
    assert found(text, ("name",)) == spans_of(text, ("name", "杨自强"), ("name", "颂猜·翁萨瓦"))


def test_records_one_field_a_line_repeated_for_each_person():
    ids = [rid("31011219370815884"), rid("31011219310226577")]
    text = (
        "现将有关人员信息公告如下：\n\n"
        "———— 第1户 ————\n"
        "去世人员：郁阿妹\n"
        f"公民身份号码：{ids[0]}\n"
        "档案登记地址：浦锦街道永康路455弄22号301室\n"
        "共同居住人：子陆建国、女陆美芳\n\n"
        "———— 第2户 ————\n"
        "去世人员：顾根宝\n"
        f"公民身份号码：{ids[1]}\n"
        "档案登记地址：召楼镇革新村十一组\n\n"
        "联系单位：浦江北区社会保险事业管理中心\n"
    )
    assert found(text, ("name", "id_card", "address")) == spans_of(
        text,
        ("name", "郁阿妹"),
        ("id_card", ids[0]),
        ("address", "浦锦街道永康路455弄22号301室"),
        ("name", "陆建国"),  # the relation before the name is not part of it
        ("name", "陆美芳"),
        ("name", "顾根宝"),
        ("id_card", ids[1]),
        # a bare village group is a place
    )


def test_one_person_label_alone_is_no_record_table():
    """A single "label：value" block with a person-ish label is read by the label pass,
    not as a table: a unit named after 责任人员 stays a unit."""
    text = "责任人员：县应急管理局\n处理意见：通报批评\n"
    assert found(text, ("name",)) == []


def test_one_cell_a_line_with_empty_cells_kept_as_blank_lines():
    """Every cell has its line, an empty one a blank line; the first record opens with a
    village (长岭村 could be a header's 村); the header ends with a person label, whose
    next line is the first record's cell, not the label's value."""
    text = (
        "2025年第一季度特困供养人员名单\n"
        "所在村\n家庭人口\n备注\n供养对象\n"
        "长岭村\n1\n\n龚德旺\n"
        "石门村\n2\n独居\n宁秀英\n"
        "长岭村\n1\n\n郜长生\n"
        "\n县民政局\n"
    )
    assert found(text, ("name",)) == spans_of(
        text, ("name", "龚德旺"), ("name", "宁秀英"), ("name", "郜长生")
    )


def test_the_clerk_s_column_beside_the_ids_is_left_alone():
    ids = [rid("43012019570209953"), rid("43019619710101442")]
    html = (
        "<table>\n<thead>\n<tr>\n<th>经办人</th>\n<th>公民身份号码</th>\n<th>被征收人</th>\n"
        "<th>村组</th>\n</tr>\n</thead>\n<tbody>\n"
        f"<tr>\n<td>钟成</td>\n<td>{ids[0]}</td>\n<td>于平</td>\n<td>石门村五组</td>\n</tr>\n"
        f"<tr>\n<td>钟成</td>\n<td>{ids[1]}</td>\n<td>叶桂国</td>\n<td>红星村三组</td>\n</tr>\n"
        "</tbody>\n</table>"
    )
    assert html_found(html) == spans_of(
        html,
        ("id_card", ids[0]),
        ("name", "于平"),
        ("id_card", ids[1]),
        ("name", "叶桂国"),
    )


def test_relatives_named_in_a_note_of_a_person_s_row():
    text = (
        "序号\t考生姓名\t性别\t加分项目\t分值\t加分依据\n"
        "1\t邰宇航\t男\t烈士子女\t20\t烈士证明书（2019）内烈证字第0047号，烈士邰建军（父）\n"
        "2\t蔺佳宁\t女\t因公牺牲警察子女\t10\t父蔺志勇，2021年因公牺牲\n"
        "3\t沙嘉怡\t女\t归侨子女\t5\t母黄慧敏，归侨证内侨证字2008第113号\n"
        "4\t佘子轩\t男\t孤儿\t5\t父母双亡，由祖母抚养\n"
        "5\t县招生考试中心\t—\t咨询\t0\t联系人（父）\n"
    )
    assert found(text, ("name",)) == spans_of(
        text,
        ("name", "邰宇航"),
        ("name", "邰建军"),
        ("name", "蔺佳宁"),
        ("name", "蔺志勇"),
        ("name", "沙嘉怡"),
        ("name", "黄慧敏"),
        ("name", "佘子轩"),
        # 父母双亡 names nobody; a unit's row has no person to have relatives
    )


def test_a_form_s_test_row_is_no_person():
    text = (
        "序号,提交时间,1、老人姓名,2、联系电话,3、居住情况\n"
        "1,2026/3/2 8:14:36,顾秀英,0523-88231706,独居\n"
        "2,2026/3/2 9:01:12,缪长根,13912063857,与子女同住\n"
        "3,2026/3/4 16:30:08,测试,13800000000,独居\n"
    )
    assert found(text, ("name",)) == spans_of(text, ("name", "顾秀英"), ("name", "缪长根"))


def test_html_group_header_of_a_legal_representative_keeps_its_rule():
    """法定代表人 spans 姓名 | 性别: a company's representative is public registration
    data, an individual business's is a private person."""
    html = (
        "<table>\n<tr>\n<th rowspan=2>序号</th>\n<th rowspan=2>主体名称</th>\n"
        "<th colspan=2>法定代表人</th>\n</tr>\n<tr>\n<th>姓名</th>\n<th>性别</th>\n</tr>\n"
        "<tr>\n<td>1</td>\n<td>九江市浔阳区鸿运建材有限公司</td>\n<td>邓建平</td>\n<td>男</td>\n</tr>\n"
        "<tr>\n<td>2</td>\n<td>浔阳区小武副食店（个体工商户）</td>\n<td>武小燕</td>\n<td>女</td>\n"
        "</tr>\n</table>"
    )
    assert [f for f in html_found(html) if f[0] == "name"] == [at(html, "name", "武小燕")]


def test_one_cell_a_line_with_a_clerk_s_column_before_the_phones():
    text = (
        "临时救助审批结果\n"
        "性别\n公民身份号码\n经办人\n联系电话\n申请人姓名\n"
        f"男\n{rid('43017719730808591')}\n龙超\n13692524479\n谭平文\n"
        f"女\n{rid('43011619670524108')}\n龙超\n15966182126\n刘霞强\n"
        f"女\n{rid('43017919640112922')}\n龙超\n15360953347\n林玉春\n"
    )
    assert found(text, ("name",)) == spans_of(
        text, ("name", "谭平文"), ("name", "刘霞强"), ("name", "林玉春")
    )


# --- generated tables in every layout of this file ----------------------------------------


@pytest.mark.parametrize("layout", tablelayouts.LAYOUTS)
def test_generated_tables_in_each_layout(layout):
    """The tables of ``tablecorpus`` (varied headers, orders, widths, empty notes, a
    clerk's column, near-miss tables of units) rendered in each layout."""
    cp = tablelayouts.build(tables=40, seed=2027)[layout]
    scan = scan_html if layout == "html" else scan_text
    scores = corpus.evaluate(cp, scan(cp.text, allow=[], expressions=False))
    assert_scores(scores, {"name": (0.98, 0.98), "*": (0.99, 0.99)}, layout)
