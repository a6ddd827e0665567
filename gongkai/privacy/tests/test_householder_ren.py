"""户主 before a name of the surname 任 is no 主任 (``officialline``, privfix25d): the
householder's own number is kept; a committee's 主任 before a phone still makes it the office's."""

from gongkai.privacy.tests.spans import at, found


def test_householder_named_ren_keeps_the_mobile():
    text = (
        "备注：5号户主任建华联系电话13785216490，地址某县某镇东关村3组12号；"
        "12号户主任秀兰，手机15137204518。\n"
    )
    got = found(text)
    assert at(text, "mobile", "13785216490") in got
    assert at(text, "mobile", "15137204518") in got


def test_a_director_before_the_phone_stays_the_office():
    text = "联系方式：村委会主任联系电话13785216490，如有异议请于公示期内反映。\n"
    got = found(text)
    assert at(text, "mobile", "13785216490") not in got
