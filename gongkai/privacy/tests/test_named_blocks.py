"""An address that runs on into a dormitory's or an estate's name and stops at a building
with no flat ("…368号职工宿舍C栋") names a block of several households, not a home
(buildingsites, privfix22c, after privfix18f); with a flat after it, it is a home."""

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
