"""privfix18a's rules (issue 16, docs237–245): bare village groups, a business's premises
under a merged header, numbered facilities, Taiwan permits after 身份证明名称 and under an
HTML head, a letter writer's own mailbox, units' lines (…委, hours), animals' ear tags."""

from __future__ import annotations

import pytest

from .spans import at, found, rid

# --- a bare village group is a place, also after a residence word ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "三、李德胜，男，身份证号码{id}，住石门县新关镇柳林村4组。",
        "申请人王秀英，户籍地白沙乡东岭村十一组，应领补贴600元。",
        "原登记住址桐溪县永安镇永安村2组，报销金额300元。",
        "现住址：青山镇河口社区3组",
    ],
)
def test_a_bare_village_group_after_a_residence_word_is_a_place(text):
    text = text.format(id=rid("43072319670210986"))
    assert found(text, ["address"]) == []


def test_a_village_groups_house_after_a_residence_word_is_an_address():
    text = "李德胜，住石门县新关镇柳林村4组27号，电话13907361234。"
    assert found(text, ["address"]) == [at(text, "address", "石门县新关镇柳林村4组27号")]


# --- a business's premises under a merged header (groupheads) --------------------------


def _license_table(sep: str, group: str, column: str) -> str:
    rows = [
        ["序号", "许可证号", "经营者信息", "", "", group, "", "核查意见"],
        ["", "", "姓名", "身份证号码", "联系电话", column, "面积（㎡）", ""],
        ["1", "430723118261", "覃玉林", rid("43072319780718926"), "13874261530",
         "石门县新关镇解放路18号", "24", "符合延续条件"],
        ["2", "430723110457", "黄建国", rid("43072319701003191"), "15907368842",
         "石门县新关镇柳林村委会上屋组104号", "55", "符合延续条件"],
    ]  # fmt: skip
    return "石门县零售许可证延续核查汇总表\n" + "\n".join(sep.join(r) for r in rows) + "\n"


@pytest.mark.parametrize("sep", ["\t", "|"])
def test_an_address_under_a_business_premises_group_is_the_businesss(sep):
    text = _license_table(sep, "经营场所", "地址")
    assert found(text, ["address"]) == []
    assert at(text, "name", "覃玉林") in found(text, ["name"])


def test_an_address_under_a_persons_group_or_a_home_header_stays_an_address():
    text = _license_table("\t", "申请人住所", "地址")  # the group names a home
    assert at(text, "address", "石门县新关镇解放路18号") in found(text, ["address"])
    text = _license_table("\t", "经营场所", "家庭住址")  # the column names a home
    assert at(text, "address", "石门县新关镇解放路18号") in found(text, ["address"])


# --- a numbered facility is no house (facilitynumbers) ---------------------------------


def test_a_numbered_facility_after_a_village_is_no_address():
    text = (
        "经查，你村牛王庙2号台区变压器容量为100千伏安；李庄村5号机井已修复，"
        "幸福村12号公变已增容，前进村3号泵站运行正常。"
    )
    assert found(text, ["address"]) == []


def test_a_house_number_before_a_building_or_in_a_residence_stays():
    text = "申请人住前进村3号，其子住幸福村12号楼2单元301室。"
    assert found(text, ["address"]) == [
        at(text, "address", "前进村3号"),
        at(text, "address", "幸福村12号楼2单元301室"),
    ]


# --- Taiwan permits (taiwanpermits, taiwancolumns) -------------------------------------


def test_a_taiwan_permit_after_a_records_identity_document_label():
    text = (
        "车主姓名：林雅婷\n国籍（地区）：中国台湾\n身份证明名称：台湾居民来往大陆通行证\n"
        "身份证明号码：05218837\n联系电话：13067484695\n"
    )
    assert found(text, ["permit"]) == [at(text, "permit", "05218837")]


def test_an_eight_digit_number_after_another_documents_name_is_no_permit():
    text = "身份证明名称：居民户口簿\n身份证明号码：05218837\n"
    assert found(text, ["permit"]) == []


def test_a_taiwan_residents_permit_in_a_column_of_hk_permits_under_an_html_head():
    text = (
        "\t序号\t举报人\t证件号码\t奖励金额（元）\t\n"
        "\t\t\t\t核定\t\n"
        "\n"
        "\t1\t黎文斌\tH51040735\t1000\t\n"
        "\t2\t廖俊杰\t76866482\t800\t\n"
        "\n"
        "\t合计\t\t\t1800\t\n"
        "注：序号2举报人为台湾居民。\n"
    )
    assert found(text, ["permit"]) == [
        at(text, "permit", "H51040735"),
        at(text, "permit", "76866482"),
    ]


def test_digits_in_a_column_without_hk_or_macao_permits_stay_unread():
    text = (
        "\t序号\t举报人\t证件号码\t奖励金额（元）\t\n"
        "\n"
        "\t1\t黎文斌\t76866483\t1000\t\n"
        "注：台湾居民的证件另行登记。\n"
    )
    assert found(text, ["permit"]) == []


# --- a letter writer's own mailbox (mailparties._REPLY_TO_ME) --------------------------


def test_a_writers_mailbox_after_their_own_home_and_phone():
    text = (
        "我现在住鹤城街道凤山东路68号，手机13822671093，不方便接的话可以发邮件到zhuo.lin@126.com。"
    )
    assert found(text, ["email"]) == [at(text, "email", "zhuo.lin@126.com")]


def test_an_offices_inbox_offered_to_readers_stays_unmarked():
    text = "如有疑问，可以发邮件到xfb@hezhou.gov.cn，我办将及时答复。"
    assert found(text, ["email"]) == []


# --- units' landlines: a commission's liaison, a line for other hours ------------------


def test_a_liaisons_line_after_a_commission_is_the_units():
    text = "联络人为柘阳县发展改革委邵明杰（0370-7712290）、县卫健委王芳（0370-7712291）。"
    assert found(text, ["landline"]) == []


def test_an_agents_line_after_wei_tuo_stays_a_persons():
    text = "委托代理人张三（0370-7712290）。"
    assert found(text, ["landline"]) == [at(text, "landline", "0370-7712290")]


def test_a_units_line_for_nights_and_holidays():
    text = "服务电话：0577-67115880；夜间及节假日：0577 67115881；地址：楠川县罗浮大街306号。"
    assert found(text, ["landline"]) == []
    text = "投诉热线：(0736)5324716，节假日值班电话：(0736)5324718。"
    assert found(text, ["landline"]) == []


def test_a_persons_line_for_the_evening_stays_theirs():
    text = "申请人张三，联系电话：0577-67115880；夜间：0577-67115881。"
    assert at(text, "landline", "0577-67115881") in found(text, ["landline"])


# --- an animal's ear tag is no old ID (chipnumbers) ------------------------------------


def test_ear_tags_in_a_column_and_after_a_label_are_no_ids():
    owner = rid("43062219790718926")
    text = (
        "序号\t被保险人\t身份证号码\t耳标号（起）\t头数\n"
        f"1\t覃玉林\t{owner}\t143062270811562\t5\n"
        "2\t黄建国\t430622751103191\t341122690314227\t3\n"
        "说明：死亡牛羊耳标号：352601750623418。\n"
    )
    assert found(text, ["id_card"]) == [
        at(text, "id_card", owner),
        at(text, "id_card", "430622751103191"),  # an old ID under 身份证号码 stays one
    ]


def test_ear_tags_in_a_table_aligned_by_spaces_are_no_ids():
    owner = rid("65232519920422837")
    text = (
        " 序号  被保险人    身份证号码            畜种  耳标号             头数\n"
        f" 1     张有才      {owner}    肉羊  365232580905458    4\n"
    )
    assert found(text, ["id_card"]) == [at(text, "id_card", owner)]


# --- a reporter's home and line under a staff's initials in an export (xmltables) -------


def test_a_reporters_street_home_and_local_line_under_jbr_keys():
    text = (
        '{"gdbh": "12313-QJ-0083", "jbrxm": "邹文", "jbrdh": "5273360", '
        '"jbrdz": "龙潭县龙潭镇振兴街132号", "bjbdx": "振兴街夜市", "cbr": "孔兴明"}\n'
    )
    got = found(text, ["address", "landline"])
    assert got == [
        at(text, "landline", "5273360"),
        at(text, "address", "龙潭县龙潭镇振兴街132号"),
    ]


def test_a_clerks_line_without_a_home_under_the_same_word_stays_unmarked():
    text = '{"gdbh": "A1", "jbrxm": "孔兴明", "jbrdh": "5273361", "blzt": "办理中"}\n'
    assert found(text, ["landline", "address"]) == []


def test_a_reporters_street_home_in_an_xml_record_beside_an_unheld_id():
    text = (
        "<Records>\n  <Record>\n    <JBR>蔡旭</JBR>\n    <ZJLX>居民身份证</ZJLX>\n"
        f"    <ZJHM>{rid('37078419670218969')}</ZJHM>\n"
        "    <JTZZ>白浪县白浪街道府前街300号</JTZZ>\n  </Record>\n</Records>\n"
    )
    assert found(text, ["address"]) == [at(text, "address", "白浪县白浪街道府前街300号")]
