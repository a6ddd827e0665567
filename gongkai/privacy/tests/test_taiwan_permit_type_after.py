"""A Taiwan permit's number given before its type's key in the same record (the number's
key first, then 证件类型), in key-value text and JSON (taiwanpermits._number_above)."""

import json

import pytest

from .spans import at, found


@pytest.mark.parametrize("number", ["41395713", "0961834701"])
@pytest.mark.parametrize("kind", ["台湾居民来往大陆通行证", "台胞证"])
@pytest.mark.parametrize("sep", ["：", "=", ": "])
def test_a_key_value_record_with_the_type_after_the_number(number, kind, sep):
    text = f"姓名{sep}朱某某\n证件号码{sep}{number}\n手机{sep}15995169974\n证件类型{sep}{kind}\n"
    assert at(text, "permit", number) in found(text, {"permit"})


def test_a_json_object_with_the_type_after_the_number():
    text = json.dumps(
        {
            "父亲": {
                "姓名": "朱某某",
                "证件号": "41395713",
                "手机": "15995169974",
                "证件类型": "台湾居民来往大陆通行证",
            }
        },
        ensure_ascii=False,
        indent=2,
    )
    assert found(text, {"permit"}) == [at(text, "permit", "41395713")]


@pytest.mark.parametrize("kind", ["港澳居民来往内地通行证", "护照", "居民身份证"])
def test_another_document_s_type_leaves_the_eight_digits_alone(kind):
    text = f"证件号：41395713\n手机：15995169974\n证件类型：{kind}\n"
    assert found(text, {"permit"}) == []


def test_a_record_parted_by_a_blank_line_or_another_object_is_not_read():
    text = "编号：41395713\n\n证件类型：台胞证\n"
    assert found(text, {"permit"}) == []
    text = json.dumps(
        [{"证件号": "41395713"}, {"证件类型": "台胞证"}], ensure_ascii=False, indent=2
    )
    assert found(text, {"permit"}) == []
