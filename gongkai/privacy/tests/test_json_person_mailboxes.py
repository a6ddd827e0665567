"""A mailbox under a mail key of a person's JSON object is the person's, though the
employer's company stands in the same object; a unit's object keeps its own (jsonmail)."""

import json

import pytest

from .spans import at, found


def _record(mail_key, mail, *, who="申请人姓名", extra=None):
    person = {
        "申请编号": "SQ-2026-0107",
        who: "孔月娥",
        "父亲": {"姓名": "孔立新", "手机": "18323683143"},
        "务工单位": "某某县兴达纺织有限公司",
        "审核结果": "符合，统筹安排至实验小学",
        **(extra or {}),
        mail_key: mail,
    }
    return json.dumps({"导出说明": "审核结果", "记录": [person]}, ensure_ascii=False, indent=2)


@pytest.mark.parametrize("key", ["联系邮箱", "电子邮箱", "email", "家长E-mail"])
@pytest.mark.parametrize("mail", ["zhang@sina.com", "1643349439@qq.com", "wangfang1143@163.com"])
def test_a_mailbox_in_a_person_s_object_is_found(key, mail):
    text = _record(key, mail)
    assert at(text, "email", mail) in found(text, {"email"})


def test_an_identity_number_alone_makes_the_object_a_person_s():
    text = _record(
        "联系邮箱", "zhang@sina.com", who="备注", extra={"证件号码": "431232201612196846"}
    )
    assert at(text, "email", "zhang@sina.com") in found(text, {"email"})


def test_a_unit_s_object_with_its_contact_nested_keeps_its_mailbox():
    text = json.dumps(
        {
            "单位名称": "某某县兴达纺织有限公司",
            "联系人": {"姓名": "孔立新", "手机": "18323683143"},
            "联系邮箱": "hr@xingda-fangzhi.com",
        },
        ensure_ascii=False,
        indent=2,
    )
    assert found(text, {"email"}) == []


# -- an ID-shaped receipt number under its label, in text and in JSON --------------------------

_RECEIPT = "320926202608194812"  # (a region, the day the case was taken in, a serial)


@pytest.mark.parametrize(
    "label", ["居住证受理回执号：", "回执编号 ", "收据号码：", '"受理回执号": "', '"票据编号":"']
)
def test_an_id_shaped_receipt_number_is_no_id(label):
    text = f"{label}{_RECEIPT}\n"
    assert found(text, {"id_card"}) == []


def test_the_person_s_id_beside_the_receipt_in_a_json_object_stays_found():
    text = json.dumps(
        {"学生姓名": "罗一诺", "居住证受理回执号": _RECEIPT, "证件号": "431232201612196846"},
        ensure_ascii=False,
        indent=2,
    )
    assert found(text, {"id_card"}) == [at(text, "id_card", "431232201612196846")]
