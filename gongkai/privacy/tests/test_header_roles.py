"""Who a column's header says its cells are (headerroles), in every table form: the
office's staff who acted on the record (复查人, 处理人员, 回访人) are left alone, persons of
a kind (投诉农民工, 受访村民, 接待代表, 施工项目经理) are names; spanned HTML cells keep
their columns."""

import pytest

from gongkai.privacy.headerroles import kind_header, staff_header
from gongkai.privacy.markup import scan_html

from .spans import at, found, names

# --- the header's words alone ---------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "复查人",
        "检查人员",
        "入户核查人",
        "处理人姓名",
        "回访人",
        "接待干部",
        "巡查民警",
        "登记人",
        "经手人",
        "包户干部",
        "验收人签字",
        "办理人",
    ],
)
def test_headers_of_the_offices_staff(header):
    assert staff_header(header)


@pytest.mark.parametrize(
    "header",
    [
        "被调查人",
        "受送达人",
        "投诉人",
        "来访人",
        "申请人",
        "登记人姓名",
        "调查员",
        "复查结果",
        "处理意见",
        "回访情况",
        "检查单位",
    ],
)
def test_headers_of_parties_and_of_no_person_are_no_staff(header):
    assert not staff_header(header)


@pytest.mark.parametrize(
    "header",
    [
        "投诉农民工",
        "欠薪职工",
        "受访村民",
        "接待代表",
        "居民代表",
        "施工项目经理",
        "项目经理",
        "被征收户代表",
        "随行家属",
        "参会群众",
    ],
)
def test_headers_of_persons_of_a_kind(header):
    assert kind_header(header)


@pytest.mark.parametrize(
    "header",
    [
        "单位代表",
        "企业员工数",
        "法定代表",
        "村民人数",
        "居民意见",
        "群众满意度",
        "代表单位",
        "用户编号",
    ],
)
def test_headers_of_units_counts_and_opinions_are_no_persons(header):
    assert not kind_header(header)


# --- persons of a kind, every table form ------------------------------------------------------

ROWS = [
    ("1", "城东安置房", "苗红英", "欧阳建平", "8600"),
    ("2", "城东安置房", "苗红英", "雷桂香", "5200"),
    ("3", "二中宿舍楼", "钱德胜", "沈玉梅", "7300"),
]


def _delimited(sep, header=("序号", "项目名称", "施工项目经理", "欠薪职工", "金额（元）")):
    lines = [sep.join(header)] + [sep.join(r) for r in ROWS]
    return "欠薪处理结果如下：\n" + "\n".join(lines) + "\n经办单位：县人社局\n"


@pytest.mark.parametrize("sep", ["\t", " | ", ",", "｜"])
def test_persons_of_a_kind_in_delimited_tables(sep):
    text = _delimited(sep)
    got = found(text, ["name"])
    for person in names(text, "苗红英", "欧阳建平", "苗红英", "雷桂香", "钱德胜", "沈玉梅"):
        assert person in got
    assert at(text, "name", "城东安置房") not in got


def test_persons_of_a_kind_in_a_table_flattened_one_cell_a_line():
    header = ("序号", "来访日期", "受访村民", "反映问题", "接待代表", "处理情况")
    rows = [
        ("1", "2026-03-02", "韩立秋", "宅基地纠纷", "孔繁荣", "当场答复"),
        ("2", "2026-03-09", "苏美玲", "低保复核", "孔繁荣", "转民政办"),
        ("3", "2026-03-16", "卫东海", "道路积水", "柏秀珍", "转交通局"),
    ]
    text = "代表联络站接待登记\n" + "\n".join(header + sum(rows, ())) + "\n"
    got = found(text, ["name"])
    for person in ("韩立秋", "苏美玲", "卫东海", "柏秀珍"):
        assert at(text, "name", person) in got
    assert at(text, "name", "孔繁荣", text.index("韩立秋")) in got
    assert at(text, "name", "宅基地纠纷") not in got


# --- the office's staff, every table form -----------------------------------------------------


@pytest.mark.parametrize(
    ("sep", "head"),
    [("\t", "复查人"), (" | ", "回访人员"), (",", "入户核查人"), ("\t", "处理人姓名")],
)
def test_the_offices_staff_column_is_left_alone(sep, head):
    header = ("序号", "户主姓名", "住址", "隐患类型", "联系电话", head)
    rows = [
        ("1", "龚海波", "清河路12号3栋201室", "软管老化", "13907315562", "邹晓辉"),
        ("2", "宁雪梅", "清河路18号1栋502室", "私接三通", "15807316618", "柯文静"),
        ("3", "包国强", "清河路25号", "无熄火保护", "18673106627", "邹晓辉"),
    ]
    text = "燃气隐患整改复查名单\n" + "\n".join(sep.join(r) for r in (header, *rows)) + "\n"
    got = found(text, ["name"])
    for person in names(text, "龚海波", "宁雪梅", "包国强"):
        assert person in got
    for clerk in ("邹晓辉", "柯文静"):
        assert not [g for g in got if text[g[1] : g[2]] == clerk]


def test_the_offices_staff_field_of_a_json_export_is_left_alone():
    text = (
        '{"gdbh": "WY2026001", "tsr": "龚海波", "lxdh": "13907315562", "clr": "邹晓辉"}\n'
        '{"gdbh": "WY2026002", "tsr": "宁雪梅", "lxdh": "15807316618", "hfr": "柯文静"}\n'
    )
    got = found(text, ["name"])
    assert at(text, "name", "龚海波") in got
    assert at(text, "name", "宁雪梅") in got
    for clerk in ("邹晓辉", "柯文静"):
        assert not [g for g in got if text[g[1] : g[2]] == clerk]


# --- HTML: spanned cells keep their columns -----------------------------------------------------


def _found_html(html):
    return [(f.type, html[f.start : f.end]) for f in scan_html(html, allow=[]) if f.type == "name"]


def test_rowspan_cells_before_the_persons_column():
    html = (
        "<table><thead><tr><th>序号</th><th>项目</th><th>施工单位</th><th>项目经理</th>"
        "<th>投诉农民工</th><th>金额</th></tr></thead><tbody>"
        '<tr><td>1</td><td rowspan="3">城东安置房</td><td rowspan="3">宏远建设有限公司</td>'
        '<td rowspan="3">苗红英</td><td>欧阳建平</td><td>8600</td></tr>'
        "<tr><td>2</td><td>雷桂香</td><td>5200</td></tr>"
        "<tr><td>3</td><td>沈玉梅<br>（代领）</td><td>7300</td></tr>"
        "</tbody></table>"
    )
    got = _found_html(html)
    for person in ("苗红英", "欧阳建平", "雷桂香", "沈玉梅"):
        assert ("name", person) in got
    assert ("name", "宏远建设有限公司") not in got


def test_rowspan_in_the_first_column_a_header_on_two_rows_and_th_in_body_rows():
    html = (
        "<table>"
        '<tr><th rowspan="2">村组</th><th colspan="2">受访村民</th><th rowspan="2">复查人</th></tr>'
        "<tr><th>姓名</th><th>联系电话</th></tr>"
        '<tr><th rowspan="2">柳湾村</th><td>韩立秋</td><td>13607251846</td><td>邹晓辉</td></tr>'
        "<tr><td>苏美玲</td><td>15972036418</td><td>邹晓辉</td></tr>"
        "<tr><th>李家湾村</th><td>卫东海</td><td>18673106627</td><td>柯文静</td></tr>"
        "</table>"
    )
    got = _found_html(html)
    for person in ("韩立秋", "苏美玲", "卫东海"):
        assert ("name", person) in got
    assert ("name", "邹晓辉") not in got
    assert ("name", "柯文静") not in got


def test_an_exports_principal_and_flat_fields_and_a_flat_numbered_with_fang():
    text = (
        '{"tsr": "龚海波", "lxdh": "13907315562", "fwdz": "清河县城关镇枫林湾3栋1202房", '
        '"wtr": "宁雪梅", "clr": "邹晓辉"}\n'
        '{"tsr": "包国强", "lxdh": "15807316618", "fwdz": "清河县城关镇枫林湾12栋604房", '
        '"clr": "柯文静"}\n'
    )
    got = found(text)
    for person in ("龚海波", "宁雪梅", "包国强"):
        assert at(text, "name", person) in got
    for flat in ("清河县城关镇枫林湾3栋1202房", "清河县城关镇枫林湾12栋604房"):
        assert at(text, "address", flat) in got
    assert not [g for g in got if text[g[1] : g[2]] in ("邹晓辉", "柯文静")]


def test_a_room_count_is_no_flat():
    text = "序号\t户主姓名\t房屋地址\t户型\n1\t龚海波\t枫林湾小区\t3房2厅\n2\t宁雪梅\t枫林湾小区\t2房\n"
    got = found(text, ["address"])
    assert not [g for g in got if "房" in text[g[1] : g[2]]]
