"""Persons in tables headed by a note or a relative, runs of names on a line, 四至,
relatives, role words with a sign, and contacts read in their own table row (issue 16,
after the fifth held-out batch).

Every fixture is written for these tests in the layout it tests (HTML exported from
Word, HTML with rowspan, DOCX, XLSX, pipe, aligned with full-width spaces, one item a
line, CSV) with names and numbers of its own; each asserts the exact spans found and
the near misses left alone.
"""

import io

import pytest

from gongkai.privacy import scan_file, scan_html, scan_text

from .spans import assert_scores, at, found, heldout, rid


def names(text, **kw):
    return [f.text for f in scan_text(text, allow=[], expressions=False, **kw) if f.type == "name"]


# --- tables: headers named by a note or a relative ------------------------------------------


def test_word_exported_html_with_parents_columns():
    """Every cell wrapped in <p><span> (one cell a line once flattened); the father's
    column says 监护人 in its note, the mother's column is a relative's; a teacher's
    column and a dash for a dead parent are no persons."""
    cell = "<td><p><span>{}</span></p></td>"
    header = "".join(
        cell.format(h)
        for h in ("序号", "学生姓名", "班主任", "父亲（监护人）", "母亲", "补助（元）")
    )
    rows = [
        ("1", "邝嘉怡", "龚明远", "邝国平", "莫翠萍", "1500"),
        ("2", "覃立伟", "龚明远", "—（父亡）", "韦春娥", "2000"),
    ]
    body = "".join("<tr>" + "".join(cell.format(c) for c in r) + "</tr>" for r in rows)
    html = f"<html><body><p>资助名单</p><table><tr>{header}</tr>{body}</table></body></html>"
    got = [(f.type, f.text) for f in scan_html(html, allow=[], expressions=False)]
    assert got == [
        ("name", "邝嘉怡"),
        ("name", "邝国平"),
        ("name", "莫翠萍"),
        ("name", "覃立伟"),
        ("name", "韦春娥"),
    ]


def test_html_table_with_rowspan_and_a_header_whose_note_names_the_householder():
    html = (
        "<table><tr><th>顺序号</th><th>被拆迁户（户主）</th><th>安置人口</th><th>原房屋坐落</th>"
        "<th>安置房号</th></tr>"
        '<tr><td rowspan="2">1</td><td rowspan="2">庄海生</td><td rowspan="2">庄海生，蓝桂芝</td>'
        '<td rowspan="2">河口镇柳塘村下屋组9号</td><td>滨河苑2栋1单元301室</td></tr>'
        "<tr><td>滨河苑2栋1单元302室</td></tr>"
        '<tr><td rowspan="2">2</td><td rowspan="2">姚德顺</td><td rowspan="2">姚德顺</td>'
        '<td rowspan="2">河口镇柳塘村上屋组</td><td>滨河苑3栋2单元501室</td></tr>'
        "<tr><td>滨河苑3栋2单元502室</td></tr>"
        "<tr><td>3</td><td>河口镇柳塘村村民委员会</td><td>—</td><td>柳塘村村部</td>"
        "<td>滨河苑社区用房</td></tr>"
        "<tr><td>4</td><td>符春兰</td><td>符春兰，韩志坚（女婿）</td><td>河口镇柳塘村下屋组30号</td>"
        "<td>滨河苑1栋1单元101室</td></tr></table>"
    )
    got = [(f.type, f.text) for f in scan_html(html, allow=[], expressions=False)]
    assert got == [
        ("name", "庄海生"),
        ("name", "庄海生"),
        ("name", "蓝桂芝"),
        ("address", "河口镇柳塘村下屋组9号"),
        ("address", "滨河苑2栋1单元301室"),
        ("address", "滨河苑2栋1单元302室"),
        ("name", "姚德顺"),
        ("name", "姚德顺"),
        # a bare village group is a place
        ("address", "滨河苑3栋2单元501室"),
        ("address", "滨河苑3栋2单元502室"),
        # the rows after both rowspans are still read
        ("name", "符春兰"),
        ("name", "符春兰"),
        ("name", "韩志坚"),
        ("address", "河口镇柳塘村下屋组30号"),
        ("address", "滨河苑1栋1单元101室"),
    ]


def test_docx_table_with_a_spouse_column():
    import docx

    d = docx.Document()
    d.add_paragraph("高龄津贴发放名单")
    t = d.add_table(rows=3, cols=4)
    values = [
        ("序号", "老人姓名", "配偶", "家庭人口"),
        ("1", "岑福根", "岑王氏", "2"),
        ("2", "欧桂香", "聂长庚", "3"),
    ]
    for row, vals in zip(t.rows, values, strict=True):
        for c, v in zip(row.cells, vals, strict=True):
            c.text = v
    out = io.BytesIO()
    d.save(out)
    got = [(f.type, f.text) for f in scan_file(out.getvalue(), "名单.docx", allow=[])]
    # 岑王氏 (a married woman by both surnames) is a person too; the count column is a
    # number, no person
    assert got == [("name", "岑福根"), ("name", "岑王氏"), ("name", "欧桂香"), ("name", "聂长庚")]


def test_xlsx_with_guardian_in_the_header_note():
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "儿童姓名", "母亲（监护人）", "安置人口", "备注"])
    sheet.append([1, "苗思雨", "苗凤英", 3, "新增"])
    sheet.append([2, "项天宇", "祝美华", 4, ""])
    out = io.BytesIO()
    book.save(out)
    got = [(f.type, f.text) for f in scan_file(out.getvalue(), "名单.xlsx", allow=[])]
    assert got == [
        ("name", "苗思雨"),
        ("name", "苗凤英"),
        ("name", "项天宇"),
        ("name", "祝美华"),
    ]


def test_pipe_table_of_a_shuanggongshi_list_names_natural_persons_only():
    text = (
        "| 序号 | 行政相对人名称 | 相对人类别 | 许可内容 |\n| --- | --- | --- | --- |\n"
        "| 1 | 锡林浩特市草原乳业有限公司 | 法人 | 食品生产许可 |\n"
        "| 2 | 乌云其木格 | 自然人 | 特种设备作业人员资格 |\n"
        "| 3 | 巴雅尔 | 个人 | 道路运输从业资格 |\n"
        "| 4 | 红旗嘎查股份经济合作社 | 法人 | 取水许可 |\n"
    )
    assert found(text, {"name"}) == [
        at(text, "name", "乌云其木格"),
        at(text, "name", "巴雅尔"),
    ]


# --- a run of names on a line ----------------------------------------------------------


def test_runs_of_names_separated_by_commas_and_full_width_spaces():
    text = (
        "各组分红户如下：\n"
        "三组（共5户）：喻德厚，喻德明，简桂英，郎春生（户代表），卞小红\n"
        "四组　郦国富　柏玉兰　冷建设　湛秋菊\n"
        "最美家庭：阮志平、顾玉梅家庭（东街）　聂光荣家庭（西街）\n"
    )
    assert found(text, {"name"}) == [
        at(text, "name", "喻德厚"),
        at(text, "name", "喻德明"),
        at(text, "name", "简桂英"),
        at(text, "name", "郎春生"),
        at(text, "name", "卞小红"),
        at(text, "name", "郦国富"),
        at(text, "name", "柏玉兰"),
        at(text, "name", "冷建设"),
        at(text, "name", "湛秋菊"),
        at(text, "name", "阮志平"),
        at(text, "name", "顾玉梅"),
        at(text, "name", "聂光荣"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "途经村庄：张家湾，李家庄，王家坝，赵家沟",  # places
        "村两委班子成员：龙文斌，杨秀明，石光华",  # officials
        "村务监督委员会委员：龙文斌　杨秀明　石光华",
        "参加人员：刘建国，王海燕",  # two names only
        "主持人　王海燕　记录人　刘建国　审核　陈立华",  # roles between names
        "合计，小计，总计",
    ],
)
def test_lines_that_are_no_list_of_private_persons(line):
    assert found(line + "\n", {"name"}) == []


# --- 四至, relatives, role words, co-petitioners ---------------------------------------------


def test_neighbours_named_in_the_boundaries_of_a_plot():
    text = (
        "四至：东至骆长贵宅基地，南至村道，西至邬秀琴家承包地，北至沟渠。\n"
        "四至：东至张家沟，南至耕地，西至水泥路，北至欧阳德华住宅。"
    )
    assert found(text, {"name"}) == [
        at(text, "name", "骆长贵"),
        at(text, "name", "邬秀琴"),
        at(text, "name", "欧阳德华"),
    ]


def test_relatives_and_their_later_mentions():
    text = (
        "共同申请人系其妹詹秀芝（住城关镇）和其弟詹立群（在外务工）。"
        "经查，詹立群未在协议上签字，詹秀芝对此无异议。"
    )
    assert found(text, {"name"}) == [
        at(text, "name", "詹秀芝"),
        at(text, "name", "詹立群"),
        at(text, "name", "詹立群", 30),
        at(text, "name", "詹秀芝", 30),
    ]


def test_role_words_with_a_sign_and_co_petitioners():
    text = (
        "被继承人：阮德昌（已故）；继承人：阮小燕\n"
        "晏秀华：\n  你（及晏秀云、晏建林）于2025年1月5日提出的信访事项已受理。\n"
        "【3】被执行人：滦州市恒通物流有限公司\n"
    )
    assert found(text, {"name"}) == [
        at(text, "name", "阮德昌"),
        at(text, "name", "阮小燕"),
        at(text, "name", "晏秀华"),
        at(text, "name", "晏秀云"),
        at(text, "name", "晏建林"),
    ]


def test_manager_of_an_individual_business_but_not_of_a_company():
    person = "被执行人：城关镇兴隆副食店（个体工商户）\n经营者：蔺志强\n"
    company = "被执行人：滦州恒通物流有限公司\n经营者：蔺志强\n"
    assert found(person, {"name"}) == [at(person, "name", "蔺志强")]
    assert found(company, {"name"}) == []


def test_an_item_opening_with_a_person_and_their_sex():
    idn = rid("15020319680514321")
    text = f"1，乌兰图雅，女，{idn}，出租汽车驾驶员\n2，呼和浩特市某运输公司，男，无\n"
    assert found(text, {"name", "id_card"}) == [
        at(text, "name", "乌兰图雅"),
        at(text, "id_card", idn),
    ]


def test_officials_and_categories_stay_out():
    text = (
        "办案民警：冯志远（警号012345）、郑海涛\n"
        "五、受援人邱美玲，女，66岁，台湾居民（台湾居民来往大陆通行证号码03815264）。\n"
        "希望志愿者和志愿服务组织再接再厉。\n"
        "6．权利人：梅江县恒达商贸有限公司\n"
    )
    got = names(text)
    assert "郑海涛" not in got and "台湾居民" not in got and "和志" not in got
    assert "梅江" not in got
    assert "邱美玲" in got


# --- numbers, addresses, contacts ----------------------------------------------------------


def test_an_id_shaped_file_number_is_not_an_id_but_the_same_under_an_id_label_is():
    number = rid("11010520120315041")
    assert found(f"经调阅项目档案（档案号{number}），", {"id_card"}) == []
    assert found(f"受理编号：{number}", {"id_card"}) == []
    text = f"身份证号码{number}"
    assert found(text, {"id_card"}) == [at(text, "id_card", number)]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("现住丰台区花乡榆树庄园小区6号楼2门301号）", "丰台区花乡榆树庄园小区6号楼2门301号"),
        ("住址：均为滦州市古冶镇柳庄村17号\n", "滦州市古冶镇柳庄村17号"),
    ],
)
def test_addresses_with_a_door_or_shared_by_one_household(text, address):
    assert found(text, {"address"}) == [at(text, "address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "住址均为柳庄村三组",  # a place several households share
        "外嫁女户口仍在本村二组，按章程保留股份。",  # no place named
        "  地址：滦州市新华路8号市政府综合楼5楼512室　邮编：063700",  # an office building
        "  通讯地址：滦州市新华路9号市住房城乡建设委\n",  # the office after its address
    ],
)
def test_places_and_offices_are_no_household_address(text):
    assert found(text, {"address"}) == []


def test_contacts_in_a_csv_expert_list_are_read_in_their_own_row():
    text = (
        "序号,姓名,工作单位,职称,联系电话,电子邮箱\n"
        "1,仇建华,滦州市人民医院,主任医师,13903151234,qjh1970@126.com\n"
        "2,晁丽萍,个人（退休）,高级会计师,0315-7123456,\n"
        "3,缪志刚,滦州职业技术学院,副教授,0315-7654321,mzg_edu@qq.com\n"
        "注：专家库联系人刘敏（市财政局采购科），电话0315-7100001，邮箱czjcgk@163.com；,,,,,\n"
    )
    got = [
        (f.type, f.text)
        for f in scan_text(text, allow=[], expressions=False)
        if f.type in ("mobile", "landline", "email")
    ]
    assert got == [
        ("mobile", "13903151234"),
        ("email", "qjh1970@126.com"),
        # a retired expert's own phone; a lecturer's office phone at the college is not
        ("landline", "0315-7123456"),
        ("email", "mzg_edu@qq.com"),
    ]


def test_aligned_roster_with_a_householder_note_and_a_spouse_column():
    text = (
        "序号  建房户（户主）  配偶        宅基地面积（㎡）\n"
        "1     蓝德旺          雷桂芳      120\n"
        "2     钟秀山          —           100\n"
    )
    assert found(text, {"name"}) == [
        at(text, "name", "蓝德旺"),
        at(text, "name", "雷桂芳"),
        at(text, "name", "钟秀山"),
    ]


def test_one_cell_a_line_with_a_guardian_column():
    text = "序号\n幼儿姓名\n父亲（监护人）\n母亲\n保育费减免（元）\n1\n柯思彤\n柯建明\n管丽红\n600\n2\n符子轩\n符海东\n温小燕\n600\n"
    assert found(text, {"name"}) == [
        at(text, "name", "柯思彤"),
        at(text, "name", "柯建明"),
        at(text, "name", "管丽红"),
        at(text, "name", "符子轩"),
        at(text, "name", "符海东"),
        at(text, "name", "温小燕"),
    ]


def test_a_run_of_names_under_a_heading_of_officials_or_attendees_is_left_alone():
    text = "县委常委班子成员\n任志远　包德明　洪建国　温丽华\n\n出席：任志远，包德明，洪建国\n"
    assert found(text, {"name"}) == []


def test_a_mailbox_in_a_row_of_a_units_contact_list_is_the_units():
    text = (
        "单位名称,联系人,联系电话,电子邮箱\n"
        "滦州市文化馆,邵明辉,13903159876,lzwhg@163.com\n"
        "滦州市图书馆,贾玉清,13903158765,lztsg@163.com\n"
    )
    got = [f.type for f in scan_text(text, allow=[], expressions=False) if f.type == "email"]
    assert got == []


def test_a_total_before_a_category_cell_is_no_person():
    text = "捐赠方\t类别\t金额\n何振东\t个人\t500\n合计\t个人\t500\n"
    assert found(text, {"name"}) == [at(text, "name", "何振东")]


def test_a_name_quoted_after_a_word_for_a_name_and_its_correction():
    text = (
        "更正事项：申请人姓名由“苟秀琼”更正为“芶秀琼”。\n"
        "因开户名与身份证不一致（账户登记为“符德胜”），资金退回。\n"
        "项目名称为“安居家园”，户名为“县财政局”，姓名栏填写“本人”。"
    )
    assert found(text, {"name"}) == [
        at(text, "name", "苟秀琼"),
        at(text, "name", "芶秀琼"),
        at(text, "name", "符德胜"),
    ]


def test_every_heldout_batch_meets_the_issue_targets():
    """docs–docs6 (docs5 and docs6 no longer blind: its layouts are the rules above, tested with
    fixtures of their own); raised to what the rules give, so a regression shows."""
    scorer = heldout()
    for batch in ("docs", "docs2", "docs3", "docs4", "docs5", "docs6"):
        scores = scorer.evaluate(scorer.load(scorer.HERE / batch))
        floors = {"name": (0.98, 0.98), "address": (0.98, 0.98), "*": (0.99, 0.99)}
        if batch == "docs6":  # the issue's bar (tests/test_numbered_lists_and_footers.py)
            floors = {"name": (0.92, 0.98), "address": (0.96, 0.99), "*": (0.99, 0.99)}
        assert_scores(scores, floors, batch)


def test_a_person_with_a_note_in_a_row_without_numbers_does_not_end_the_table():
    text = "序号\t户主\t家庭成员\n一\t饶德元\t饶德元（户主）、晏春花\n二\t付秀珍\t付秀珍（户主）\n"
    assert found(text, {"name"}) == [
        at(text, "name", "饶德元"),
        at(text, "name", "饶德元", text.index("饶德元") + 1),
        at(text, "name", "晏春花"),
        at(text, "name", "付秀珍"),
        at(text, "name", "付秀珍", text.index("付秀珍") + 1),
    ]
