"""An address followed in its field by an inn's, a hotel's or a guest house's name is the
lodging's, where a visitor stayed, not a home (buildingsites, privfix22c); a home's address
with a flat after it is kept."""

from .spans import at, found

FORM = (
    "姓名：马丁·克劳斯　国籍：德国\n"
    "护照号码：C4K7R2M95\n"
    "住宿地点：大理市古城区复兴路312号听风客栈\n"
    "活动期间住宿：大理市下关街道洱河南路8号苍洱大酒店\n"
    "境内联系人：段志英　联系电话：13987241150\n"
    "境内联系人住址：大理市下关街道建设东路66号2栋3单元501室\n"
)

PROSE = "留言：我在大理市喜洲镇周城村北登28号开了一家民宿，想咨询消防检查的标准。\n"


def test_a_lodgings_address_is_not_a_home():
    got = found(FORM, ["address"])
    assert at(FORM, "address", "大理市古城区复兴路312号") not in got
    assert at(FORM, "address", "大理市下关街道洱河南路8号") not in got


def test_a_homes_address_is_kept():
    got = found(FORM, ["address"])
    assert at(FORM, "address", "大理市下关街道建设东路66号2栋3单元501室") in got


def test_the_writers_own_premises_told_in_prose_are_left_to_the_other_passes():
    assert at(PROSE, "address", "大理市喜洲镇周城村北登28号") in found(PROSE, ["address"])
