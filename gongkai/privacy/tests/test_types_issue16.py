"""Travel documents, markings, labelled mistyped IDs and addresses without a province.

Every test asserts the exact spans found and that the near misses beside them are
left alone (issue 16).
"""

import pytest

from gongkai.privacy import scan_text
from gongkai.privacy.tests.spans import at, found
from gongkai.privacy.validators import id_check_char

# --- travel documents ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("往来港澳通行证号码：C12345678。", "permit", "C12345678"),
        ("往来港澳通行证CA1234567，", "permit", "CA1234567"),
        ("往来台湾通行证号码L87654321，", "permit", "L87654321"),
        ("台胞证号码：05123456，", "permit", "05123456"),
        ("台湾居民来往大陆通行证 12345678 。", "permit", "12345678"),
        ("回乡证号：H12345678，", "permit", "H12345678"),
        ("港澳居民来往内地通行证号码M1234567801。", "permit", "M1234567801"),
        ("外国人永久居留身份证号码：USA110087020101。", "residence", "USA110087020101"),
        ("护照号码：E12345678，", "passport", "E12345678"),
    ],
)
def test_travel_documents(text, kind, value):
    assert found(text) == [at(text, kind, value)]


def test_new_permanent_residence_card_number_with_its_check_character():
    body = "91101019850101123"
    good = body + id_check_char(body)
    text = f"永久居留身份证号码{good}。"
    assert found(text) == [at(text, "residence", good)]
    bad = body + ("0" if good[-1] != "0" else "1")
    assert found(f"永久居留身份证号码{bad}。", kinds={"residence"}) == []


@pytest.mark.parametrize(
    "text",
    [
        "台胞证办理须知：请于2024年5月6日前提交材料。",  # a date, not a number after the label
        "回乡证受理窗口电话12345",
        "本次共办理台胞证1234件",  # a count
    ],
)
def test_document_near_misses(text):
    assert found(text, kinds={"permit", "residence"}) == []


# --- markings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("绝密★\n关于某事项的通知", "绝密★"),
        ("机密★1年\n关于某事项的通知", "机密★1年"),
        ("秘密\n关于某事项的通知", "秘密"),
        ("秘密★6个月\n", "秘密★6个月"),
        ("绝密★启用前\n2025年招录考试试题", "绝密★启用前"),
        ("内部\n会议纪要", "内部"),
        ("【内部资料】\n", "内部资料"),
    ],
)
def test_secrecy_markings_in_printed_forms(text, piece):
    assert found(text) == [at(text, "secrecy", piece)]


def test_internal_header_with_keep_safe():
    text = "内部资料 注意保存\n2024年工作要点"
    assert found(text) == [at(text, "secrecy", "内部资料"), at(text, "secrecy", "注意保存")]


def test_the_not_for_disclosure_stamp():
    text = "关于调整某项补助标准的通知\n（此件不予公开）\n各乡镇人民政府："
    f = scan_text(text, allow=[])
    assert [(x.type, x.start, x.end) for x in f] == [at(text, "nondisclosure", "（此件不予公开）")]
    assert f[0].blocking and f[0].category == "secrecy" and f[0].label == "不予公开标注"


@pytest.mark.parametrize(
    "text",
    [
        "依法保守国家秘密，对涉及商业秘密的信息不予公开。",
        "（此件公开发布）",
        "完善内部控制制度，加强内部审计。",
        "注意保存好票据原件。是否公开：主动公开",
    ],
)
def test_marking_near_misses(text):
    assert found(text) == []


# --- ID-shaped numbers with a wrong check character ------------------------------------

WRONG = "110105194912310021"  # the valid one ends in X


@pytest.mark.parametrize("label", ["身份证号：", "公民身份号码", "证件号码 "])
def test_mistyped_id_is_masked_under_an_id_label(label):
    text = f"{label}{WRONG}，"
    f = scan_text(text, allow=[])
    assert [(x.type, x.start, x.end) for x in f] == [at(text, "id_card", WRONG)]
    assert f[0].masked == "110105********0021"


@pytest.mark.parametrize("label", ["受理编号：", "档案编号", "证书编号 "])
def test_id_shaped_number_under_another_label_is_left_alone(label):
    assert found(f"{label}{WRONG}，") == []


# --- addresses without a province -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("住址：大山坪街道幸福社区3组12号。", "大山坪街道幸福社区3组12号"),
        ("家住滨江路18号阳光小区3栋2单元501室，", "滨江路18号阳光小区3栋2单元501室"),
        ("现住红星村3组25号，", "红星村3组25号"),
        ("现住址：龙华村3组8号。", "龙华村3组8号"),
        ("住在学府路8号1203室。", "学府路8号1203室"),
        ("家住人民路25号康居花园，", "人民路25号康居花园"),
        ("现住南城街道幸福社区12号。", "南城街道幸福社区12号"),
        ("通讯地址：蓝田街道枫林路3号附1号", "蓝田街道枫林路3号附1号"),
        ("他住在学府路8号。", "学府路8号"),
        ("住址：某某村3组17号附2号", "某某村3组17号附2号"),
    ],
)
def test_addresses_without_province(text, address):
    assert found(text, kinds={"address"}) == [at(text, "address", address)]


@pytest.mark.parametrize(
    "text",
    [
        "红星村3组、长岭村1组共12户纳入低保。",  # bare village groups: places
        "序号\t户主\t村组\n1\t张伟\t红星村3组\n",
        "办公地点：滨江路18号政务服务中心3楼301室。",  # where an office receives the public
        "泸政办发〔2024〕12号",
        "本局位于人民路25号康居花园旁",  # an office beside an estate
        "会议在滨江路18号召开。",  # a street and number without a residence: may be an office
        "住所：泸州市江阳区酒城大道三段28号",  # a company's registered seat
    ],
)
def test_address_near_misses(text):
    assert found(text, kinds={"address"}) == []


# --- officials acting in office ---------------------------------------------------------


def test_officials_in_office_are_not_private_persons():
    text = "签发人：王建华\n联系人：李科长，联系电话：0830-3125678（区民政局）\n"
    assert found(text) == []
