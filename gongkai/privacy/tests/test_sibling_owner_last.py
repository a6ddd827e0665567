"""A phone keyed by its owner's word (``DuixiangDianhua``, ``duixiang_dh``) in a record whose other
key names that owner last (``BeiJubaoDuixiang`` 被举报对象, ``bts_duixiang``): the unit's line when
that value is a unit's name, kept when it is a person's stall (siblingkeys)."""

from .spans import at, found

XML = (
    "<Daochu>\n  <Jilu>\n    <JubaorenXingming>甘霖</JubaorenXingming>\n"
    "    <LianxiDianhua>13974501234</LianxiDianhua>\n"
    "    <LianxiDizhi>河西县石门乡东风村八组12号</LianxiDizhi>\n"
    "    <BeiJubaoDuixiang>河西县石门乡中心小学食堂</BeiJubaoDuixiang>\n"
    "    <DuixiangFuzeren>岳川</DuixiangFuzeren>\n"
    "    <DuixiangDianhua>0745-3316100</DuixiangDianhua>\n"
    "    <JubaoNeirong>饭菜分量不足</JubaoNeirong>\n  </Jilu>\n</Daochu>\n"
)
JSON = (
    '{"tsr_xm": "岳川", "tsr_dh": "13974509876", "bts_duixiang": "河西县鑫源食品有限公司", '
    '"duixiang_dh": "0745-3316555"}\n'
)
# the object a person's own stall: its landline is the keeper's
NEAR = (
    "<Jilu>\n  <BeiJubaoDuixiang>石门乡谷丰豆腐摊</BeiJubaoDuixiang>\n"
    "  <DuixiangDianhua>0745-3316208</DuixiangDianhua>\n</Jilu>\n"
)


def test_xml_object_unit():
    assert found(XML, ["landline"]) == []


def test_json_object_unit():
    assert found(JSON, ["landline"]) == []


def test_a_stall_keeps_its_landline():
    assert found(NEAR, ["landline"]) == [at(NEAR, "landline", "0745-3316208")]
