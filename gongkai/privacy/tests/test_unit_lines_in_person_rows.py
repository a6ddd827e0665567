"""A unit's landline in a private person's row (issue 16, privfix16gb): the column's head
names a unit's or a desk's line (民兵营电话, 单位电话, 办公电话, 咨询电话), so the number
is the unit's in every row, beside the person's own name, ID, mobile and home line — unless
the table has a column of that head's own whose cell names a person (呼叫人 / 呼叫电话).
Invented cases in CSV, tab, pipe, quoted CSV and HTML layouts; each asserts the exact
landlines found."""

import pytest

from .spans import found, rid

ID1 = rid("51072219900101123")
ID2 = rid("51072219851212456")


def _landlines(text):
    return sorted(text[s:e] for _, s, e in found(text, ["landline"]))


CASES = {
    "csv_unit_column_after_home": (
        "序号,姓名,身份证号,手机,家庭电话,所在民兵营,民兵营电话\n"
        f"1,龚长顺,{ID1},13912345678,0838-6612093,东溪镇民兵营,0838-6655120\n"
        f"2,柏立秋,{ID2},13822334455,,西山乡民兵营,0838-6677031\n",
        ["0838-6612093"],
    ),
    "tab_work_unit_line": (
        "姓名\t性别\t手机号码\t住宅电话\t单位电话\t备注\n"
        "戚雨桐\t女\t15982736451\t0816-2239471\t0816-2285566\t\n"
        "符建业\t男\t13708123344\t\t0816-2299017\t\n",
        ["0816-2239471"],
    ),
    "pipe_office_line": (
        "| 姓名 | 联系手机 | 家庭固话 | 办公电话 |\n"
        "| --- | --- | --- | --- |\n"
        "| 诸葛明远 | 13608172233 | (0817)2264519 | (0817)2221109 |\n",
        ["(0817)2264519"],
    ),
    "quoted_csv_consult_desk": (
        '"户主","身份证","固定电话","乡镇咨询电话"\n'
        f'"蔺德福","{ID1}","0871-6531274","0871-6530012"\n',
        ["0871-6531274"],
    ),
    # the caller's own column beside the number's: the cell says the number is the caller's
    "tab_caller_column_keeps": (
        "单号\t呼救人\t呼救电话\t患者\nA001\t樊秋生\t0736-7451283\t樊小梅\n",
        ["0736-7451283"],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_unit_line_in_person_row(name):
    text, want = CASES[name]
    assert _landlines(text) == sorted(want)


# a row's place or subject gives the number to a unit (``rowplaces``), a caller's cell that is
# only a desk on duty (``ownercells``); the person's own home line and mobile stay theirs
ROW_CASES = {
    "csv_place_cell_is_an_office": (
        "姓名,身份,住址,联系电话,手机\n"
        "仇德旺,家属,东门街道和平路18号,0452-6253307,\n"
        "葛淑兰,调解员,东门街道司法所,0452-6251190,\n"
        "包志军,志愿者,鑫达粮油有限公司,0452-6409911,13845201122\n",
        ["0452-6253307"],
    ),
    "tab_unit_or_home_column": (
        "角色\t姓名\t单位/住址\t电话\n"
        "申请人\t宁海洋\t城关镇北街33号\t(0938)2207719\n"
        "承办人\t陶立\t第二检察部\t0938-5371102\n",
        ["(0938)2207719"],
    ),
    "pipe_company_and_its_representative": (
        "| 序号 | 企业名称 | 到场人员 | 职务 | 联系电话 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | 江州恒昌物流有限公司 | 彭远航 | 法定代表人 | 0558-8176621 |\n"
        "| 2 | 江州百味食品有限责任公司 | 柯巧云 | 店长 | 0558-8931047 |\n",
        [],
    ),
    # a workplace column: the company is where the person works, the number stays theirs
    "tab_workplace_company_keeps": (
        "序号\t姓名\t身份证号\t工作单位\t职务\t联系电话\n"
        f"1\t邝春生\t{ID1}\t江州恒昌物流有限公司\t经理\t0558-8172290\n",
        ["0558-8172290"],
    ),
    # the company after the number is the row's second party, not the number's owner
    "tab_company_after_number_keeps": (
        "序号\t流出方\t身份证号\t住址\t电话\t受让方\t法定代表人\t职务\n"
        f"1\t骆长林\t{ID2}\t东山镇西街9号\t0597-3071856\t闽江木业有限公司\t游宏\t法定代表人\n",
        ["0597-3071856"],
    ),
    "tab_caller_is_a_desk_on_duty": (
        "单号\t呼叫人\t呼叫电话\t病人\n"
        "B01\t值班人员\t0736-5112201\t嵇红英\n"
        "B02\t伍德明\t0736-7452238\t伍小军\n",
        ["0736-7452238"],
    ),
}


@pytest.mark.parametrize("name", sorted(ROW_CASES))
def test_unit_line_by_row_cells(name):
    text, want = ROW_CASES[name]
    assert _landlines(text) == sorted(want)


# a bracket naming the holder's office right before the line's phone label: the office's line
BRACKET_CASES = {
    "tab_footer_counter_of_a_committee": (
        "序号\t业主姓名\t身份证号\t联系电话\n"
        f"1\t骆长林\t{ID1}\t0817-6291345\n"
        "\t计票人：\t葛晓雯（朗池街道青云社区居委会）\t\t联系电话：\t0817-6283377\t\n",
        ["0817-6291345"],
    ),
    "key_value_contact_of_an_office": (
        "联系人：符海燕（城关镇人民政府）　联系电话：0738-6512290\n",
        [],
    ),
    "prose_ascii_bracket": (
        "本次登记由经办人宁丽(东街社区服务站)负责，电话0831-5562231。\n",
        [],
    ),
    # a flat's number in the bracket names no unit: the owner's line stays
    "owner_with_a_flat_keeps": (
        "业主：蒲德全（5栋302室）　联系电话：0817-6279014\n",
        ["0817-6279014"],
    ),
}


@pytest.mark.parametrize("name", sorted(BRACKET_CASES))
def test_unit_line_by_a_bracket_before_the_label(name):
    text, want = BRACKET_CASES[name]
    assert _landlines(text) == sorted(want)


# a line (an export's contact element, a directory's line) giving a government mailbox: the
# office's contacts; a private person's number before it on the line keeps the number
GOV_CASES = {
    "xml_contact_element": (
        "<record><name>县司法局社区矫正科</name>\n"
        "  <lx><dh>0938-2117730</dh><cz>0938-2117731</cz><yx>sqjzk@gsxx.gov.cn</yx></lx>\n"
        "</record>\n",
        [],
    ),
    "directory_line": (
        "3. 城关所　电话（0831）6240017　邮箱 cgs@ybx.gov.cn\n",
        [],
    ),
    "json_contact": (
        '{"dept": "综合科", "tel": "0577-6831924", "mail": "zhk@ou.gov.cn"}\n',
        [],
    ),
    "person_before_keeps": (
        f"申请人：邝秀英，身份证号{ID2}，家庭电话0577-6839120；受理单位邮箱 slk@ou.gov.cn\n",
        ["0577-6839120"],
    ),
}


@pytest.mark.parametrize("name", sorted(GOV_CASES))
def test_unit_line_beside_a_government_mailbox(name):
    text, want = GOV_CASES[name]
    assert _landlines(text) == sorted(want)
