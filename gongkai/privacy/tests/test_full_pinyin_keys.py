"""Export keys in full pinyin written as one word after a capital: 紧急 (jinji) before a
contact's phone, 户籍 (huji) before an address (keymeaning)."""

from .spans import at, found

XML = (
    "<Renyuan>\n  <Xingming>谷丰</Xingming>\n"
    "  <Hujidizhi>河西县石门镇东风路41号</Hujidizhi>\n"
    "  <Jinjilianxidianhua>63318842</Jinjilianxidianhua>\n</Renyuan>\n"
)
JSON = '{"xingming": "岳川", "hujidizhi": "河西县城关镇新华街207号", "jinjidianhua": "63398017"}\n'
# a key with no datum's word after 紧急 (紧急事件): no phone
NEAR = "<Tongji>\n  <Jinjishijian>63318842</Jinjishijian>\n</Tongji>\n"


def test_xml_fields():
    assert found(XML, ["landline", "address"]) == [
        at(XML, "address", "河西县石门镇东风路41号"),
        at(XML, "landline", "63318842"),
    ]


def test_json_keys():
    assert found(JSON, ["landline", "address"]) == [
        at(JSON, "address", "河西县城关镇新华街207号"),
        at(JSON, "landline", "63398017"),
    ]


def test_other_keys_left_alone():
    assert found(NEAR, ["landline"]) == []
