"""Whose landline by the part of a person's record it stands in (``recordparts``, issue 16):
a unit's or an office's line in a person's record against the person's own home line, in
every layout. The fixtures are invented."""

from gongkai.privacy.recordparts import record_part_phones
from gongkai.privacy.tests.spans import at, found, rid

_ID1 = rid("43052419800312101")
_ID2 = rid("43052419751120202")
_ID3 = rid("43052419920605303")


def _kept(text, *numbers):
    got = found(text, ["landline"])
    return [n for n in numbers if at(text, "landline", n) in got]


# --- exports ------------------------------------------------------------------------------


def test_jsonl_pinyin_sibling_key_of_a_registration_point():
    text = (
        f'{{"bh": "A2031", "xm": "邹振国", "sfzh": "{_ID1}", "jtdh": "0734-8812045", '
        f'"slzd": "松柏乡受理点", "slzddh": "0734-8870312", "rq": "2023-04-02"}}\n'
        f'{{"bh": "A2032", "xm": "龙翠萍", "sfzh": "{_ID2}", "jtdh": "", '
        f'"slzd": "城关服务中心", "slzddh": "0734-8870999", "rq": "2023-04-03"}}\n'
    )
    assert _kept(text, "0734-8812045", "0734-8870312", "0734-8870999") == ["0734-8812045"]


def test_jsonl_station_phone_after_the_handler():
    text = (
        f'{{"xm": "卢建平", "sfzh": "{_ID1}", "lxr": "卢小燕", "lxrdh": "0734-8822107", '
        f'"jbr": "游志刚", "zhdh": "0734-8851102"}}\n'
        f'{{"xm": "庞玉兰", "sfzh": "{_ID2}", "lxr": "庞大海", "lxrdh": "13873412345", '
        f'"jbr": "游志刚", "zhdh": "0734-8851993"}}\n'
    )
    assert _kept(text, "0734-8822107", "0734-8851102", "0734-8851993") == ["0734-8822107"]


def test_a_reporters_export_keeps_the_phone_after_its_first_name_field():
    # jbr is the record's subject here (举报人): nothing stands before it
    text = '{"jbr": "蒙秀琴", "lxdh": "0734-8833021", "nr": "楼道堆放杂物"}\n'
    assert _kept(text, "0734-8833021") == ["0734-8833021"]


def test_jsonl_a_persons_datum_after_the_staff_keeps_the_phone():
    text = f'{{"xm": "樊立新", "jbr": "何美娟", "sfzh": "{_ID1}", "gddh": "0734-8844556"}}\n'
    assert _kept(text, "0734-8844556") == ["0734-8844556"]


def test_json_chinese_keys_sibling_and_handler():
    text = (
        f'{{"姓名": "谭桂芳", "身份证号": "{_ID1}", "家庭电话": "0734-8861207", '
        f'"受理点": "西渡镇便民服务站", "受理点电话": "0734-8860011"}}\n'
        f'{{"姓名": "谢宏亮", "身份证号": "{_ID2}", "家庭电话": "0734-8861888", '
        f'"经办人": "邓丽", "联系电话": "0734-8860022"}}\n'
    )
    kept = _kept(text, "0734-8861207", "0734-8860011", "0734-8861888", "0734-8860022")
    assert kept == ["0734-8861207", "0734-8861888"]


def test_xml_elements_one_a_line_station_after_the_clerk():
    text = (
        "<records>\n  <record>\n    <xm>钟秋生</xm>\n"
        f"    <sfzh>{_ID1}</sfzh>\n    <zzdh>0734-8873340</zzdh>\n"
        "    <djz>河洲畜牧兽医站</djz>\n    <djzdh>0734-8875501</djzdh>\n"
        "  </record>\n</records>\n"
    )
    assert _kept(text, "0734-8873340", "0734-8875501") == ["0734-8873340"]


def test_xml_attributes_handler_then_point_phone():
    text = (
        f'<row xm="黎晓东" sfzh="{_ID1}" jtdh="0734-8891203" slr="江红梅" '
        'dddh="0734-8890001" />\n'
        f'<row xm="祝美华" sfzh="{_ID2}" jtdh="0734-8891777" slr="江红梅" '
        'dddh="0734-8890002" />\n'
    )
    kept = _kept(text, "0734-8891203", "0734-8890001", "0734-8891777", "0734-8890002")
    assert kept == ["0734-8891203", "0734-8891777"]


def test_a_sibling_holding_an_address_is_no_unit():
    text = f'{{"xm": "房立军", "sfzh": "{_ID1}", "zz": "东阳渡镇石门村", "zzdh": "0734-8812999"}}\n'
    assert _kept(text, "0734-8812999") == ["0734-8812999"]


# --- tables: the holder's cell qualified as acting in office ---------------------------------


def test_tsv_a_bringer_in_office_against_a_citizen():
    text = (
        "序号\t姓名\t性别\t送达人\t送达人电话\n"
        "1\t彭国华\t男\t柳晓军（城东派出所民警）\t0734-8234501\n"
        "2\t黄淑贞\t女\t韦永福（群众）\t0734-8234777\n"
        "3\t莫家乐\t男\t卜思雨（社区网格员）\t0734-8234502\n"
    )
    kept = _kept(text, "0734-8234501", "0734-8234777", "0734-8234502")
    assert kept == ["0734-8234777"]


def test_aligned_rows_a_receiver_in_office_with_the_committee_cell():
    text = (
        "序号  姓名      接收人              关系    接收人电话\n"
        "1     田志明    田春花              女儿    0734-8612301\n"
        "2     覃小军    吴德旺（村主任）    村委会  0734-8612999\n"
    )
    assert _kept(text, "0734-8612301", "0734-8612999") == ["0734-8612301"]


def test_quoted_csv_a_unit_opening_the_numbers_cell():
    text = (
        '"编号","姓名","身份证号","家庭电话","承办单位及电话"\n'
        f'"01","钱立波","{_ID1}","0734-8401122","衡南县公安局刑侦大队 0734-8409001"\n'
        f'"02","孔小梅","{_ID2}","0734-8401133","衡南县公安局云集派出所 0734-8409002"\n'
    )
    kept = _kept(text, "0734-8401122", "0734-8409001", "0734-8401133", "0734-8409002")
    assert kept == ["0734-8401122", "0734-8401133"]


def test_pipe_row_with_a_home_cell_and_a_unit_cell():
    text = (
        "| 户主 | 住宅电话 | 所属村委及电话 |\n|---|---|---|\n"
        "| 曾凡林 | 0734-8502231 | 茶市村村委会 0734-8509900 |\n"
    )
    assert _kept(text, "0734-8502231", "0734-8509900") == ["0734-8502231"]


# --- key-value and prose -----------------------------------------------------------------------


def test_key_value_officer_contact_against_home_line():
    text = (
        "姓名：潘秀英\n家庭电话：0734-8711230\n联系人：欧阳军（司法所所长），电话：0734-8719001\n"
    )
    assert _kept(text, "0734-8711230", "0734-8719001") == ["0734-8711230"]


def test_prose_notice_sending_the_addressee_to_a_units_hall():
    text = (
        f"吕明华（公民身份号码：{_ID1}）：\n    您户位于幸福路12号的燃气费已欠缴三个月，我公司已电话联系您预留的"
        "0734-8333120未果。\n    如有异议，可携带本人身份证件到公司营业厅（衡南县解放路88号）核对，电话：0734-8330001。\n"
    )
    assert _kept(text, "0734-8333120", "0734-8330001") == ["0734-8333120"]


def test_prose_a_visit_with_a_private_person_before_the_number_is_left_by_this_pass():
    text = f"村民吴春来（身份证号{_ID3}）于3月2日到县医保中心窗口办理，电话：0734-8330456。\n"
    s = text.index(_ID3)
    p = text.index("0734-8330456")
    cands = [(s, s + 18, "id_card", 0.9), (p, p + 12, "landline", 0.85)]
    # the person's ID stands earlier in the sentence: the visit says nothing of the number
    assert record_part_phones(text, cands) == cands


def test_a_directory_with_no_private_data():
    text = (
        "各乡镇便民服务点联系方式\n"
        "松柏镇便民服务中心：松柏镇解放街18号，办公电话0734-8300101，负责人曹立新（主任）\n"
        "衡南县中医医院烧伤门诊：衡南县人民路9号，24小时电话0734-8300999\n"
    )
    assert _kept(text, "0734-8300101", "0734-8300999") == []


def test_a_home_line_keeps_its_owner_in_every_layout():
    text = (
        f'{{"xm": "江海波", "sfzh": "{_ID3}", "jbr": "任飞", "jtdh": "0734-8100231"}}\n'
        "联系人：杨桂英（村主任）家庭电话：0734-8100232\n"
        "1\t邓明\t吴国庆（民警）\t0734-8100233（住宅）\n"
    )
    kept = _kept(text, "0734-8100231", "0734-8100232", "0734-8100233")
    assert kept == ["0734-8100231", "0734-8100232", "0734-8100233"]


def test_a_former_post_is_no_office_now():
    text = "低保户：龚德顺（退休干部）\t0734-8100299\n"
    s = text.index("0734-8100299")
    cands = [(4, 7, "name", 0.9), (s, s + 12, "landline", 0.85)]
    assert record_part_phones(text, cands) == cands


def test_one_number_repeated_across_persons_records_with_different_homes():
    rows = [
        ("卢国庆", "城南路1号", "13900000001"),
        ("赵兰芳", "城北路2号", "13900000002"),
        ("孙小虎", "河西路3号", "13900000003"),
    ]
    text = "姓名\t住址\t手机\t联系电话\n" + "".join(
        f"{n}\t衡南县{a}\t{m}\t0734-8888801\n" for n, a, m in rows
    )
    assert _kept(text, "0734-8888801") == []


def test_a_households_shared_home_line_stays():
    rows = ("卢国庆", "卢小明", "卢丽")
    text = "姓名\t住址\t家庭电话\n" + "".join(f"{n}\t衡南县城南路1号\t0734-8888802\n" for n in rows)
    got = found(text, ["landline"])
    assert at(text, "landline", "0734-8888802") in got
