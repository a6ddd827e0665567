"""An address that runs on into a dormitory's or an estate's name and stops at a building
with no flat ("…368号职工宿舍C栋") names a block of several households, not a home
(buildingsites, privfix22c, after privfix18f); with a flat after it, it is a home. An address
followed by an estate's common part (地下二层, 底商) is a works' or a shop's site."""

from .spans import at, found

EXPORT = (
    '{"xm": "阿说拉体", "zjhm": "513431199607213317", "xjzd": "苏州市吴中区木渎镇金山路88号职工宿舍C栋"}\n'
    '{"xm": "马海英", "zjhm": "632123198904153027", "xjzd": "苏州市吴中区木渎镇金山路88号职工宿舍C栋207室"}\n'
)


def test_a_dormitory_block_without_a_flat_is_no_home():
    got = found(EXPORT, ["address"])
    assert at(EXPORT, "address", "苏州市吴中区木渎镇金山路88号") not in got
    assert at(EXPORT, "address", "苏州市吴中区木渎镇金山路88号职工宿舍C栋") not in got


def test_a_flat_in_the_dormitory_is_a_home():
    got = found(EXPORT, ["address"])
    assert at(EXPORT, "address", "苏州市吴中区木渎镇金山路88号职工宿舍C栋207室") in got


WORKS = (
    "工程名称：锦绣华庭人防工程\n"
    "工程地址：七里河区西津西路210号锦绣华庭小区地下二层\n"
    "经营场所：七里河区敦煌路56号丽景花园C区底商7号\n"
    "使用人现住址：七里河区西津西路210号锦绣华庭小区5号楼1单元902室\n"
)


def test_an_estates_common_part_is_no_home():
    got = found(WORKS, ["address"])
    assert not any(
        WORKS[s:e].startswith("七里河区西津西路210号") and "902室" not in WORKS[s:e]
        for _k, s, e in got
    )
    assert not any(WORKS[s:e].startswith("七里河区敦煌路56号") for _k, s, e in got)


def test_a_flat_in_the_estate_is_kept():
    got = found(WORKS, ["address"])
    assert at(WORKS, "address", "七里河区西津西路210号锦绣华庭小区5号楼1单元902室") in got


SHOPFRONT = "当事人：龙晓梅，住址怀化市鹤城区迎丰西路37号。当事人在怀化市鹤城区迎丰西路37号门面内为患者针灸。\n"


def test_a_homes_own_shop_front_without_an_estate_is_left_alone():
    got = found(SHOPFRONT, ["address"])
    second = SHOPFRONT.index("怀化市鹤城区迎丰西路37号门面")
    assert ("address", second, second + len("怀化市鹤城区迎丰西路37号")) in got
