"""现居 / 定居 / 寄居 before a street's house number name a person's home as 现住 does."""

import pytest

from .spans import at, found


@pytest.mark.parametrize("cue", ["现居", "定居", "寄居", "现住"])
@pytest.mark.parametrize(
    "place", ["泉州市丰泽区东海街道津淮街66号之二", "丰泽区刺桐路120号", "宫后村后厝18号"]
)
def test_a_home_after_lives_now(cue, place):
    text = f"　　5. 苏明哲户，{cue}{place}，被征承包地1.2亩；"
    assert at(text, "address", place) in found(text, ["address"])


def test_a_units_seat_is_not_a_home():
    text = "县自然资源局现位于丰泽区刺桐路120号政务服务中心三楼。"
    assert found(text, ["address"]) == []
