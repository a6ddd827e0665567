"""A street named after a government (政府街, 政府西路) is a street, not the government's
premises (``refine._OFFICE_IN``, privfix25d); a room in a government's building stays the office's."""

from gongkai.privacy.tests.spans import at, found


def test_home_on_a_government_street_is_an_address():
    text = (
        "序号,姓名,身份证号,住址\n"
        "1,暴春来,410725198702134418,原阳县师寨镇政府西路27号\n"
        "2,冉秀云,410725199103226025,原阳县葛埠口乡政府街8号2单元301室\n"
    )
    got = found(text)
    assert at(text, "address", "原阳县师寨镇政府西路27号") in got
    assert at(text, "address", "原阳县葛埠口乡政府街8号2单元301室") in got


def test_room_in_a_government_building_stays_the_offices():
    text = "申请人暴春来，住原阳县师寨镇人民路55号县政府综合楼6楼611室。\n"
    got = found(text)
    assert at(text, "address", "原阳县师寨镇人民路55号县政府综合楼6楼611室") not in got
