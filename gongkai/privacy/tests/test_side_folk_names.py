"""Folk given names with 老 holding a plot's side (``sidefolk``, privfix25d): found after the
side's word and before the holder's property; 老宅, a road or an old-named field are no names."""

from gongkai.privacy.tests.spans import at, found


def test_folk_names_with_lao_as_sides():
    text = (
        "宅基地申请表\n申请人：蒙秀金\n四至：东至覃老贵房屋，南至村道，西至韦老福宅基地，北至菜地\n"
    )
    got = found(text)
    assert at(text, "name", "覃老贵") in got
    assert at(text, "name", "韦老福") in got


def test_sides_that_are_no_names():
    text = "宅基地申请表\n申请人：蒙秀金\n四至：东至公路，南至老宅房屋，西至河沟，北至村老屋\n"
    got = found(text)
    for word in ("老宅", "村老屋"):
        assert not any(k == "name" and word in text[s:e] for k, s, e in got), word
