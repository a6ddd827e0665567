"""A bare 联系人 column left of the row's provider is the row's person's contact, its landline
theirs (agentphones, privfix22d); a 联系人 right of the unit it speaks for, and a coach's
column, stay the unit's."""

from .spans import at, found

_HEAD_PERSON_FIRST = "序号,服务对象,身份证号,联系人,联系人电话,承接机构,护理员\n"
_HEAD_UNIT_FIRST = "序号,服务对象,身份证号,承接机构,联系人,联系人电话,护理员\n"


def test_contact_before_the_provider_keeps_the_landline():
    text = (
        _HEAD_PERSON_FIRST
        + "1,鲁秀芝,320102193812042617,鲁国兴,0553-4817265,某区某镇卫生院医养结合中心,严丽华\n"
    )
    assert found(text, {"landline"}) == [at(text, "landline", "0553-4817265")]


def test_contact_after_the_unit_is_the_units():
    text = (
        _HEAD_UNIT_FIRST
        + "1,鲁秀芝,320102193812042617,某区某镇卫生院医养结合中心,鲁国兴,0553-4817265,严丽华\n"
    )
    assert found(text, {"landline"}) == []


def test_coach_column_after_the_person_still_the_units():
    text = "序号,姓名,教练员,教练员电话,代表单位\n1,鲁秀芝,鲁国兴,0553-4817265,某县体育运动学校\n"
    assert found(text, {"landline"}) == []
