"""A mobile under a desk's header (值班手机, 公务手机) in a table aligned with spaces is the
unit's duty line (aligneddesks, privfix22c); a column of a person's own mobile, or a duty
roster's row naming a private person before the number, keeps it."""

from .spans import at, found

LEADERS = (
    "各镇防汛责任人及值班电话如下：\n\n"
    "镇名　　　　包片领导　　职务　　　　办公电话　　　　值班手机\n"
    "青石镇　　　罗志军　　　镇长　　　　0736-7210331　　13907362201\n"
    "双河镇　　　欧阳红　　　副镇长　　　0736-7230118　　13907362202\n"
)

ASCII = (
    "单位              办公电话          公务手机\n"
    "城关司法所        0736-7211040      18974510021\n"
    "河口司法所        0736-7218832      18974510022\n"
)

OWN = (
    "镇名　　　　包片领导　　职务　　　　本人手机\n"
    "青石镇　　　罗志军　　　镇长　　　　13907362201\n"
)

ROSTER = (
    "日期　　　　　值班人员　　身份证号码　　　　　　值班手机\n"
    "5月1日　　　　黄小梅　　　430626199104123327　　15873012245\n"
)


def test_duty_mobile_column_of_a_leaders_table_is_the_units():
    got = found(LEADERS, ["mobile", "landline"])
    assert at(LEADERS, "mobile", "13907362201") not in got
    assert at(LEADERS, "mobile", "13907362202") not in got


def test_ascii_spaced_official_mobile_column():
    got = found(ASCII, ["mobile"])
    assert at(ASCII, "mobile", "18974510021") not in got
    assert at(ASCII, "mobile", "18974510022") not in got


def test_a_persons_own_mobile_column_is_kept():
    assert at(OWN, "mobile", "13907362201") in found(OWN, ["mobile"])


def test_a_private_persons_row_keeps_the_duty_mobile():
    assert at(ROSTER, "mobile", "15873012245") in found(ROSTER, ["mobile"])
