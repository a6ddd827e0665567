"""A mobile under a desk's label (值班手机) after an official noted by the post is the unit's,
once the official is settled; after a private person, or noted as the holder's own, it stays a
person's (privfix26c, settleddesks)."""

from .spans import at, found


def test_a_duty_mobile_after_an_official_noted_by_the_post():
    text = (
        "五、联系方式\n"
        "　　县林业和草原局森林防火办：联系人聂文斌（主任），电话0937-5521406；\n"
        "　　县林业和草原局执法大队：联系人焦永红（大队长），值班手机13519370826，"
        "电话0937-5523310转8012；\n"
    )
    assert at(text, "mobile", "13519370826") not in found(text, {"mobile"})


def test_a_persons_own_number_keeps_its_owner():
    text = (
        "　　举报人：焦永红（村民），值班手机13519370826（本人手机），"
        "住址：县城关镇东街12号3单元201室；\n"
    )
    assert at(text, "mobile", "13519370826") in found(text, {"mobile"})
