"""Detection and masking in plain text (RULES.md §4: de-identify before publication)."""

import pytest

from gongkai.core.models import Unit
from gongkai.core.services import unit_create
from gongkai.privacy import Finding, mask_text, scan_text


def found(text, **kwargs):
    return [(f.type, f.text) for f in scan_text(text, allow=[], **kwargs)]


def only(text, kind):
    hits = [f for f in scan_text(text, allow=[]) if f.type == kind]
    assert len(hits) == 1, (text, scan_text(text, allow=[]))
    return hits[0]


def test_id_number_span_mask_and_confidence():
    text = "申报人身份证号码11010519491231002X，请核对。"
    f = only(text, "id_card")
    assert (f.start, f.end) == (8, 26)
    assert text[f.start : f.end] == "11010519491231002X"
    assert f.masked == "110105********002X"
    assert f.confidence >= 0.95
    assert f.category == "personal" and f.blocking


def test_id_number_written_with_spaces_and_legacy_form():
    assert found("证件 110105 19491231 002X 已核验")[0][0] == "id_card"
    assert found("老身份证号110105491231002")[0] == ("id_card", "110105491231002")


@pytest.mark.parametrize(
    "shown",
    ["13812345678", "138 1234 5678", "138-1234-5678"],
)
def test_mobile_numbers_in_every_common_form(shown):
    f = only(f"联系手机：{shown}。", "mobile")
    assert f.text == shown
    assert f.masked.replace(" ", "").replace("-", "").endswith("138****5678")


@pytest.mark.parametrize(
    ("shown", "number"),
    [
        ("+86 13812345678", "13812345678"),
        ("+86-138-1234-5678", "138-1234-5678"),
        ("+8615987654321", "15987654321"),
        ("0086 139 0000 1234", "139 0000 1234"),
    ],
)
def test_mobile_country_code_is_left_out_of_the_span(shown, number):
    # The country code is no personal data (every mainland number shares it): the span,
    # and so the mask, is the 11-digit number alone, and "+86" stays readable.
    text = f"申请人手机：{shown}，"
    f = only(text, "mobile")
    assert (f.start, f.end) == (text.index(number), text.index(number) + len(number))
    assert mask_text(text).startswith(text[: text.index(number)])


@pytest.mark.parametrize("shown", ["0830-2345678", "(0830)2345678", "010-62345678"])
def test_landlines_with_area_code_and_extension(shown):
    f = only(f"家庭电话{shown}，", "landline")
    assert f.text == shown
    assert "****" not in f.masked[:4]  # the area code is kept


@pytest.mark.parametrize("extension", ["-806", "ext.3301"])
def test_a_landlines_extension_is_left_out_of_the_span(extension):
    # The extension is a desk of a switchboard, not the line (the held-out labels mark
    # the number alone): the span ends with the number, the extension stays readable.
    text = f"联系电话0830-2345678{extension}，"
    f = only(text, "landline")
    assert (f.start, f.end) == (4, 16)
    assert mask_text(text).endswith(f"{extension}，")


def test_bank_cards_pass_luhn_and_keep_last_four():
    f = only("补贴发放至6222021234567890128。", "bank_card")
    assert f.masked == "***************0128"
    grouped = only("卡号 4111 1111 1111 1111 已登记", "bank_card")
    assert grouped.masked == "**** **** **** 1111"
    assert found("卡号6222021234567890129") == []  # Luhn fails


def test_email_passport_permit_plate():
    assert found("邮箱 zhang.san@example.com ") == [("email", "zhang.san@example.com")]
    assert only("邮箱 zhang.san@example.com", "email").masked == "z****.***@example.com"
    assert found("护照号码E12345678，") == [("passport", "E12345678")]
    assert found("往来港澳通行证C12345678，") == [("permit", "C12345678")]
    assert found("车牌川A·12345驶入") == [("plate", "川A·12345")]
    assert found("新能源车粤BD12345，") == [("plate", "粤BD12345")]


def test_street_address_down_to_building_and_room():
    text = "家庭住址：四川省泸州市江阳区滨江路二段18号3栋2单元501室，"
    f = only(text, "address")
    assert f.text == "四川省泸州市江阳区滨江路二段18号3栋2单元501室"
    assert f.masked == "四川省泸州市江阳区滨江路二段**号*栋*单元***室"
    assert found("现住人民路8号幸福里3幢201室。")[0] == ("address", "人民路8号幸福里3幢201室")
    # an office address is public contact data, with or without floor and room
    assert found("办公地址：测试县人民路1号。") == []
    assert found("受理地点：江阳区酒城大道三段28号3楼301室") == []
    assert found("请到人民路8号政务服务中心3号楼201室办理") == []


def test_names_by_label_next_to_an_id_and_in_a_column():
    assert found("申请人：张三，") == [("name", "张三")]
    assert only("申请人：张三，", "name").masked == "张*"
    assert only("户主：王小明。", "name").masked == "王*明"
    hits = found("李四，身份证号11010519491231002X")
    assert ("name", "李四") in hits
    table = "序号\t户主姓名\t家庭人口\t金额\n1\t赵六\t3\t560元\n2\t欧阳娜娜\t2\t400元\n"
    assert [t for k, t in found(table) if k == "name"] == ["赵六", "欧阳娜娜"]


def test_label_words_in_running_text_are_not_names():
    assert found("对享受低保的户主姓名、保障人数进行公示。") == []
    assert found("申请人向行政机关申请获取政府信息") == []
    assert found("申请人：泸州市某某实业有限公司") == []


def test_secrecy_markings_only_as_markings():
    text = "机密★5年\n关于某事项的通知\n"
    f = only(text, "secrecy")
    assert f.text == "机密★5年" and f.category == "secrecy" and f.blocking
    assert f.masked == f.text  # a marked document is withheld, not masked
    assert [t for _k, t in found("【内部资料 注意保密】")] == ["内部资料", "注意保密"]
    assert found("密级：秘密")[0] == ("secrecy", "秘密")
    assert found("公开属性：不予公开")[0] == ("secrecy", "不予公开")
    assert found("（此件不公开）")[0] == ("nondisclosure", "（此件不公开）")
    for prose in (
        "加大对涉及国家秘密、商业秘密、个人隐私信息的保护",
        "拟不予公开的，要依法依规说明理由",
        "优化和规范内部办理流程",
        "加强各部门涉密自查管理力度",
    ):
        assert found(prose) == [], prose


@pytest.mark.parametrize(
    "text",
    [
        "索引号：015281722-2021-186067",
        "索引号：01527918X-2021-186067",
        "索引号：113708280043326001/2024-02411",
        "泸政办发〔2021〕56号",
        "2021年5月23日 2021-05-23 20210523",
        "金额￥1,234,567.89元，共计13812345678元",
        "网站标识码：2310020001",
        "黑ICP备17009162号-1",
        "辽公网安备 21038102000126号",
        "服务热线12345",
        "身份证号11010519491231002",  # 17 digits
        "流水号1101051949123100210",  # 19 digits, Luhn fails
        "编号110105199902300017",  # 30 February
    ],
)
def test_things_that_look_like_personal_data_but_are_not(text):
    assert [f for f in scan_text(text, allow=[]) if f.category == "personal"] == []


def test_credit_code_is_an_organisation_identifier_not_personal_data():
    from gongkai.privacy.validators import uscc_check_char

    code = "91510502MA6ABCDE1" + uscc_check_char("91510502MA6ABCDE1")
    (f,) = scan_text(f"统一社会信用代码：{code}", allow=[])
    assert f.type == "org_code" and f.category == "organisation"
    assert not f.blocking
    assert mask_text(f"代码{code}") == f"代码{code}"


def test_allow_list_from_settings(settings):
    settings.GONGKAI_PRIVACY_ALLOW = ["0830-2345678", "6222 0212 3456 7890 128"]
    assert scan_text("收费账号：6222021234567890128") == []
    assert scan_text("咨询请拨打0830-2345678") == []
    # a number not on the list is still found (a neutral sentence: "咨询" would make it
    # an office's number, see test_office_and_person_landlines)
    assert [f.type for f in scan_text("她说请拨打0830-2345679")] == ["landline"]


@pytest.mark.django_db
def test_units_own_contacts_are_public():
    unit_create(name="泸州市民政局", kind=Unit.Kind.DEPARTMENT, phone="0830-3125678、13912345678")
    assert scan_text("联系电话：(0830)3125678，手机13912345678") == []
    assert [f.type for f in scan_text("联系电话：13912345679")] == ["mobile"]


def test_public_service_lines_and_gov_mailboxes_are_not_flagged():
    assert scan_text("服务电话：0886-3212345", allow=[]) == []
    assert scan_text("政务公开信箱:hcszwgk@163.com", allow=[]) == []
    assert scan_text("来信请寄 xxgk@lz.gov.cn", allow=[]) == []


def test_mask_text_configurable_per_type(settings):
    text = "卡号6222021234567890128，手机13812345678"
    assert mask_text(text) == "卡号***************0128，手机138****5678"
    assert (
        mask_text(text, rules={"bank_card": (6, 4), "mobile": (3, 4)})
        == "卡号622202*********0128，手机138****5678"
    )
    settings.GONGKAI_PRIVACY_MASK = {"mobile": (0, 4)}
    assert mask_text("手机13812345678") == "手机*******5678"


def test_mask_text_with_given_findings_and_accepted_exceptions():
    text = "当事人：张三，手机13812345678。"
    findings = scan_text(text, allow=[])
    assert mask_text(text, findings) == "当事人：张*，手机138****5678。"
    kept = mask_text(text, findings, keep=lambda f: f.type == "name")
    assert kept == "当事人：张三，手机138****5678。"
    stale = [Finding("mobile", 0, 11, "13800000000", "138****0000", 0.9)]
    assert mask_text(text, stale) == text  # a finding for another text changes nothing


def test_masks_keep_length_and_findings_are_ordered():
    text = "张三 11010519491231002X 13812345678 zhang@example.com 川A12345"
    findings = scan_text(text, allow=[])
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert len(mask_text(text)) == len(text)
    assert all(len(f.masked) == len(f.text) for f in findings)


def test_types_and_confidence_filters():
    text = "申请人张三，手机13812345678"
    assert [f.type for f in scan_text(text, allow=[], types=["mobile"])] == ["mobile"]
    assert all(f.confidence >= 0.8 for f in scan_text(text, allow=[], min_confidence=0.8))
    assert scan_text("") == []


def test_random_text_never_breaks_the_scanner():
    import random

    rng = random.Random(20261122)
    alphabet = "0123456789 -+()（）Xx@.号栋单元室申请人：姓名\t\n张王李机密★内部〔〕年月日元卡号川A"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        findings = scan_text(text, allow=[])
        for f in findings:
            assert 0 <= f.start < f.end <= len(text)
            assert text[f.start : f.end] == f.text
            assert len(f.masked) == len(f.text)
        assert len(mask_text(text, findings)) == len(text)


def test_space_separated_table_from_a_pdf_text_layer():
    text = (
        "2024年第三季度城乡低保名单\n"
        "序号 户主姓名 家庭人口 保障金额\n"
        "1 王小明 3 560\n"
        "2 李娜 2 400\n"
        "合计 2 户 5 人\n"
    )
    assert [t for k, t in found(text) if k == "name"] == ["王小明", "李娜"]


def test_full_width_digits_typed_with_a_chinese_input_method():
    text = "手机：１３８１２３４５６７８，电话０８３０－３１２５６７８"
    findings = scan_text(text, allow=[])
    assert [(f.type, f.text) for f in findings] == [
        ("mobile", "１３８１２３４５６７８"),
        ("landline", "０８３０－３１２５６７８"),
    ]
    assert findings[0].masked == "138****5678"
    assert len(mask_text(text)) == len(text)


def test_name_before_a_labelled_phone_or_id():
    assert ("name", "张三") in found("张三，联系电话13812345678")
    assert ("name", "李四") in found("李四 手机：13912345678")
    assert ("name", "王小明") in found("王小明（身份证号：11010519491231002X）")
    assert [k for k, _t in found("联系电话13812345678")] == ["mobile"]


def test_custom_rules_mask_full_width_digits_too():
    text = "手机：１３８１２３４５６７８"
    findings = scan_text(text, allow=[])
    assert mask_text(text, findings, rules={"mobile": (0, 2)}) == "手机：*********78"


def test_address_right_after_an_id_number_does_not_swallow_it():
    text = "11010519491231002X幸福路3号2栋501室"
    assert found(text) == [("id_card", "11010519491231002X"), ("address", "幸福路3号2栋501室")]


def test_a_dash_typed_as_an_em_dash():
    assert found("家庭电话0830—3125678，") == [("landline", "0830—3125678")]
    assert found("要求——2021年完成") == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("住址：上海市徐汇区漕溪北路88弄5号1203室。", "上海市徐汇区漕溪北路88弄5号1203室"),
        ("家住阳光小区5号楼2单元302号，", "阳光小区5号楼2单元302号"),
        ("住在翠苑B座1203。", "翠苑B座1203"),
        ("地址：江阳区康居花园12-3-501。", "江阳区康居花园12-3-501"),
        ("现住址：泸县福集镇龙华村3组8号。", "泸县福集镇龙华村3组8号"),
        ("家住江阳区书香苑3幢1单元2楼1号，", "江阳区书香苑3幢1单元2楼1号"),
    ],
)
def test_address_formats(text, address):
    assert found(text) == [("address", address)]


def test_transliterated_names_after_a_label():
    assert found("申请人：买买提·艾力，") == [("name", "买买提·艾力")]
    assert only("申请人：买买提·艾力，", "name").masked == "买**·*力"


def test_fast_finding_constructor_builds_the_same_object():
    import dataclasses

    from gongkai.privacy.finding import make_finding

    fast = make_finding("name", 3, 5, "张三", "张*", 0.9, "personal")
    slow = Finding(
        type="name", start=3, end=5, text="张三", masked="张*", confidence=0.9, category="personal"
    )
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    # every field is set, so that a field added to Finding is not forgotten here
    assert set(vars(fast)) == {f.name for f in dataclasses.fields(Finding)}
    assert dataclasses.replace(fast, start=4).start == 4


def test_full_width_detection_agrees_with_its_definition():
    """Full-width digits, letters, +, - and @ always; a dash only between two digits."""
    import random

    from gongkai.privacy.patterns import has_fullwidth

    wide = "０９Ａｚ＋－＠"
    dashes = "\u2013\u2014\u2212"

    def by_definition(text):
        for i, c in enumerate(text):
            if c in wide or ("\uff10" <= c <= "\uff19"):
                return True
            if c in dashes and 0 < i < len(text) - 1:
                if text[i - 1] in "0123456789" and text[i + 1] in "0123456789":
                    return True
        return False

    rng = random.Random(7)
    alphabet = "0123456789ab汉字，" + wide + dashes * 3
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert has_fullwidth(text) == by_definition(text), text
    assert has_fullwidth("电话0830—3125678") and not has_fullwidth("——此处——")
