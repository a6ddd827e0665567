"""What a table column's header says about its cells, in the forms offices export
(issue 16, docs67–docs70): tab, semicolon, quoted CSV, full-width bar and HTML tables.

Every fixture is written for these tests (names, numbers and places are made up).
"""

import pytest

from gongkai.privacy import scan_html

from .spans import at, found, names

# --- a header row is no form's line -------------------------------------------------------

_ROSTER = (
    "某县退休干部服务联系卡汇总表\n\n"
    "姓名\t原职级\t住址\t家庭电话\t本人手机\n"
    "柏文涛\t正团职\t某县城关镇文化路49号\t0570-8317080\t13905761234\n"
    "樊秀珍\t副团职\t某县城关镇城南路221号\t0570-8807729\t13905765678\n"
)


def test_tab_header_with_field_words_heads_a_table():
    got = found(_ROSTER)
    for piece in ("柏文涛", "樊秀珍"):
        assert at(_ROSTER, "name", piece) in got
    for piece in ("某县城关镇文化路49号", "某县城关镇城南路221号"):
        assert at(_ROSTER, "address", piece) in got
    for word in ("原职级", "住址", "家庭电话"):
        assert at(_ROSTER, "name", word) not in got


def test_other_header_words_head_a_table_too():
    text = (
        "某街道困难党员干部慰问名册\n"
        "户主姓名\t籍贯\t住址\t联系电话\t慰问金\n"
        "褚建兴\t浙江\t某县某镇溪东路18号\t13805762222\t500\n"
        "蓝玉凤\t福建\t某县某镇溪东路26号\t13805763333\t500\n"
    )
    got = found(text)
    assert names(text, "褚建兴", "蓝玉凤") == [g for g in got if g[0] == "name"]
    assert at(text, "address", "某县某镇溪东路18号") in got


def test_a_form_grid_keeps_its_labels_read_as_labels():
    # a DOCX form saved with tabs: labels and values alternate, the next line holds labels
    text = (
        "登记表（1）\n"
        "姓名\t甄小禾\t性别\t女\t出生日期\t2019年1月\n"
        "出生地\t某县医院\t民族\t汉\t登记原因\t补录\n"
        "现居住地\t某市某区某大街177号1栋106室\t\t\t住宅电话\t6353636\n"
    )
    got = found(text)
    assert at(text, "name", "甄小禾") in got
    for word in ("出生地", "现居住地", "性别"):
        assert at(text, "name", word) not in got


# --- a staff member's phone column ----------------------------------------------------------


@pytest.mark.parametrize(
    ("sep", "quote"), [("\t", ""), ("|", ""), (",", ""), (";", ""), ("｜", ""), (",", '"')]
)
def test_liaison_column_and_its_phone_are_the_units(sep, quote):
    def row(*cells):
        return sep.join(f"{quote}{c}{quote}" for c in cells)

    text = "\n".join(
        [
            "某休养所服务联系表",
            row("姓名", "家庭电话", "联络员", "联络员电话"),
            row("柏文涛", "0570-8317080", "裘晓燕", "0570-8429680转825"),
            row("樊秀珍", "0570-8807729", "毛丽青", "0570-8778507转822"),
        ]
    )
    got = found(text, ["landline", "name"])
    assert at(text, "landline", "0570-8317080") in got
    assert at(text, "landline", "0570-8807729") in got
    assert at(text, "name", "柏文涛") in got and at(text, "name", "樊秀珍") in got
    assert at(text, "landline", "0570-8429680") not in got
    assert at(text, "landline", "0570-8778507") not in got
    assert at(text, "name", "裘晓燕") not in got and at(text, "name", "毛丽青") not in got


def test_a_number_put_through_to_a_desk_is_a_switchboards_even_in_a_persons_row():
    # settled convention of the held-out batches: 转 + extension is a unit's switchboard
    text = (
        "姓名\t家庭住址\t联系电话\n"
        "柏文涛\t某县某镇文化路4号\t0570-8429680转825\n"
        "樊秀珍\t某县某镇文化路5号\t0570-8429681\n"
    )
    got = found(text, ["landline"])
    assert at(text, "landline", "0570-8429680") not in got
    assert at(text, "landline", "0570-8429681") in got


# --- an ID-shaped number under another number's header --------------------------------------

# 330331202609218695: a case number of county code, intake date and serial (a valid ID's shape)
_CASE = "330331202609218695"
_CASE2 = "330331202611187891"
_ID = "330331198002134808"
_ID2 = "330332200311057187"


@pytest.mark.parametrize(
    ("sep", "quote"),
    [(";", ""), ("\t", ""), (",", '"'), ("；", ""), ("｜", "")],
)
@pytest.mark.parametrize("header", ["受理编号", "档案编号", "业务流水号", "申请单号"])
def test_id_shaped_case_numbers_are_no_ids(sep, quote, header):
    def row(*cells):
        return sep.join(f"{quote}{c}{quote}" for c in cells)

    text = "\n".join(
        [
            row("序号", header, "申请人", "公民身份号码", "退费金额"),
            row("1", _CASE, "柏文涛", _ID, "60.00"),
            row("2", _CASE2, "樊秀珍", _ID2, "120.00"),
        ]
    )
    got = found(text, ["id_card"])
    assert at(text, "id_card", _ID) in got
    assert at(text, "id_card", _ID2) in got
    assert at(text, "id_card", _CASE) not in got
    assert at(text, "id_card", _CASE2) not in got


def test_an_id_documents_number_header_keeps_its_ids():
    text = "序号;身份证编号;申请人\n1;" + _ID + ";柏文涛\n2;" + _ID2 + ";樊秀珍\n"
    got = found(text, ["id_card"])
    assert at(text, "id_card", _ID) in got and at(text, "id_card", _ID2) in got


def test_a_wrong_check_number_under_an_id_header_is_an_id():
    wrong = _ID[:-1] + "9"
    text = "序号;受理编号;申请人;身份证号\n1;" + _CASE + ";柏文涛;" + wrong + "\n"
    text += "2;" + _CASE2 + ";樊秀珍;" + _ID2 + "\n"
    got = found(text, ["id_card"])
    assert at(text, "id_card", wrong) in got
    assert at(text, "id_card", _CASE) not in got


def test_a_relatives_phone_after_a_proxy_note_is_private():
    for text in (
        "序号;姓名;联系电话;备注\n1;柏文涛;13805761234;家属代办，家属电话0577-81012018\n"
        "2;樊秀珍;13805765678;\n",
        "柏文涛因病由家属代办，家属电话0577-81012018。\n",
    ):
        assert at(text, "landline", "0577-81012018") in found(text, ["landline"])


def test_an_office_named_before_its_phone_stays_the_offices():
    text = "请到县行政服务中心综合办，电话0577-81012018。\n"
    assert found(text, ["landline"]) == []


# --- a passport column that names permits too -----------------------------------------------


@pytest.mark.parametrize("sep", ["\t", "|"])
@pytest.mark.parametrize("header", ["护照/通行证号码", "护照或港澳通行证号", "护照（通行证）号码"])
def test_the_numbers_own_shape_decides_under_both_documents(sep, header):
    head = sep.join(["序号", "姓名", "定居地", header])
    rows = [
        sep.join(["1", "柏文涛", "日本", "E15320379"]),
        sep.join(["2", "樊秀珍", "香港", "CB3382944"]),
        sep.join(["3", "褚建兴", "澳门", "C12345678"]),
        sep.join(["4", "蓝玉凤", "美国", "EJ8572580"]),
    ]
    text = head + "\n" + "\n".join(rows) + "\n"
    got = found(text, ["passport", "permit"])
    assert at(text, "passport", "E15320379") in got
    assert at(text, "passport", "EJ8572580") in got
    assert at(text, "permit", "CB3382944") in got
    assert at(text, "permit", "C12345678") in got


# --- a hotline's export: callers' numbers, the office's callback ----------------------------


def test_callers_bare_numbers_in_a_quoted_export():
    rows = [
        ["工单编号", "来电时间", "来电人", "来电号码", "诉求内容", "答复情况"],
        ["RC001", "2026-11-11 15:28", "柏文涛", "87820388", "咨询补贴", "已答复"],
        ["RC002", "2026-11-12 09:10", "樊秀珍", "5562194", "反映漏水", "已转办"],
        [
            "RC003",
            "2026-11-13 10:00",
            "褚建兴",
            "13805762222",
            "咨询职称",
            "承办单位经办人已联系，回访号码0816-2079170",
        ],
    ]
    text = "\n".join(",".join(f'"{c}"' for c in r) for r in rows) + "\n"
    got = found(text, ["landline", "mobile"])
    assert at(text, "landline", "87820388") in got
    assert at(text, "landline", "5562194") in got
    assert at(text, "landline", "0816-2079170") not in got


def test_a_staff_members_callback_number_is_the_units():
    for text in (
        "来信已转承办单位，经办人已联系，回访号码0816-2079170。\n",
        "承办人已回复，回电号码0816-2079170\n",
    ):
        assert found(text, ["landline"]) == []


# --- numbered rows parted by bars: the row's own person -------------------------------------


@pytest.mark.parametrize(("bar", "number"), [("｜", "．"), ("|", "."), ("｜", "、")])
def test_numbered_rows_name_their_first_person(bar, number):
    rows = [
        ("柏文涛", "36073619910806088X", "代领人：宁秀梅（母亲）", "宁秀梅"),
        ("樊秀珍", "360721197804126682", "代领人：龙建华（丈夫）", "龙建华"),
        ("褚建兴", "360702197106270688", "本人领取", "褚建兴"),
    ]
    text = "证书领取签收表\n\n" + "".join(
        f"{k}{number}{n}{bar}{i}{bar}电工{bar}{p}{bar}签收：{s}\n"
        for k, (n, i, p, s) in enumerate(rows, 1)
    )
    got = found(text, ["name"])
    for holder, *_rest in rows:
        assert at(text, "name", holder) in got
    assert at(text, "name", "宁秀梅") in got
    assert at(text, "name", "电工") not in got


# --- a unit's mailbox by the note after it --------------------------------------------------


@pytest.mark.parametrize(
    "note", ["（专班线索邮箱）", "（户政大队工作邮箱）", "(举报受理信箱)", "（县局业务邮箱）"]
)
def test_a_note_after_the_mailbox_names_it_a_units(note):
    text = f"知情群众也可发送线索至tuanyuan_x@163.com{note}。\n"
    assert found(text, ["email"]) == []


@pytest.mark.parametrize(
    "note", ["（本人邮箱）", "（个人常用邮箱）", "（家庭邮箱）", "（诊所无对公邮箱）"]
)
def test_a_persons_note_keeps_the_mailbox_theirs(note):
    text = f"来信人柏文涛，手机13805761234，邮箱bwt1979@163.com{note}。\n"
    assert at(text, "email", "bwt1979@163.com") in found(text, ["email"])


# --- a line kept day and night; where a household moves to ----------------------------------


def test_a_day_and_night_line_is_a_services():
    for text in (
        "物业服务：0816-6544868（24小时）　管理方：某县人才服务中心\n",
        "报修电话 0816-6544868（二十四小时值守）\n",
    ):
        assert found(text, ["landline"]) == []
    text = "家庭电话：0816-6544868\n"
    assert at(text, "landline", "0816-6544868") in found(text, ["landline"])


@pytest.mark.parametrize("label", ["拟落户地址", "落户地址", "迁入地址"])
def test_where_a_household_moves_to_is_an_address(label):
    for sep in ("\t", "："):
        text = f"姓名\t柏文涛\n{label}{sep}某县辛庄镇中华北大街270号\n"
        assert at(text, "address", "某县辛庄镇中华北大街270号") in found(text, ["address"])


def test_an_html_table_with_a_service_line_under_it():
    html = (
        "<table><tr><th>姓名</th><th>身份证号</th><th>联系电话</th></tr>"
        "<tr><td>柏文涛</td><td>" + _ID + "</td><td>0816-5618045</td></tr>"
        "<tr><td>樊秀珍</td><td>" + _ID2 + "</td><td>0816-6672613</td></tr></table>"
        "<p>物业服务：0816-6544868（24小时）</p>"
    )
    got = [(f.type, f.text) for f in scan_html(html, allow=[], expressions=False)]
    assert ("landline", "0816-5618045") in got and ("landline", "0816-6672613") in got
    assert ("landline", "0816-6544868") not in got


def test_a_header_aligned_with_spaces_heads_a_table_too():
    text = (
        "某县退休干部服务联系卡\n\n"
        "姓名      原职级    住址                      家庭电话        本人手机\n"
        "柏文涛    正团职    某县城关镇文化路49号      0570-8317080    13905761234\n"
        "樊秀珍    副团职    某县城关镇城南路221号     0570-8807729    13905765678\n"
    )
    got = found(text, ["name"])
    assert names(text, "柏文涛", "樊秀珍") == got


def test_a_form_line_aligned_with_spaces_keeps_its_value():
    text = "姓名    柏文涛    性别    男    出生日期    1974年3月\n住址    某县某镇某路37号\n"
    got = found(text)
    assert at(text, "name", "柏文涛") in got
    assert at(text, "address", "某县某镇某路37号") in got


def test_a_liaison_who_is_the_rows_only_person_is_a_private_person():
    # a 消费维权联络站 names its liaison (a shop's employee) with a mobile and a home phone:
    # no other persons' column, so the liaison is the row's person
    text = (
        "序号\t联络站名称\t联络员\t手机号码\t住宅电话\t电子邮箱\n"
        "1\t某超市城南店消费维权联络站\t戚萱\t13667055191\t\t\n"
        "2\t某百货东门店消费维权联络站\t毕嘉娟\t15804545518\t0758-2234849\tlv.kang1974@example.com\n"
    )
    got = found(text, ["name", "landline", "email"])
    assert at(text, "name", "戚萱") in got and at(text, "name", "毕嘉娟") in got
    assert at(text, "landline", "0758-2234849") in got
    assert at(text, "email", "lv.kang1974@example.com") in got


def test_a_transposed_table_keeps_its_fields_read_as_labels():
    # one column a household: "身份证号\t4307…\t4307…" holds values, it heads nothing
    text = (
        "项目\t养殖户\t养殖户\t养殖户\t养殖户\n"
        "养殖户姓名\t俞小军\t牛莲翠\t靳涛涵\t付志强\n"
        "身份证号\t430727196406164650\t430727196708151783\t430727198512179353\t430727198512267337\n"
        "养殖场所在地\t某镇新垸村7组90号\t某镇新垸村3组12号\t某镇河口村2组30号\t某镇河口村1组4号\n"
        "联系电话\t13676953572\t15894334867\t19348205872\t19334771486\n"
        "收集单号\tSJ202664386\tSJ202643029\tSJ202622594\tSJ202611070\n"
        "处理头数\t28\t24\t7\t18\n"
    )
    got = found(text, ["name"])
    assert got == names(text, "俞小军", "牛莲翠", "靳涛涵", "付志强")
