"""A mass organisation's contacts (侨联, 文联, 台联, 科协) are the unit's, even on a public
mail service; a private person's contacts beside them stay findings."""

from .spans import at, found


def test_contacts_page_of_mass_organisations():
    text = (
        "各单位联系方式\n"
        "  县侨联        电话：0662-3310021      邮箱：yxqiaolian@163.com\n"
        "  县文联        电话：0662-3310045\n"
        "  县科协        电话：0662-3310078      邮箱：yxkx2020@126.com\n"
    )
    got = found(text, ["landline", "email"])
    assert got == []


def test_a_persons_contacts_after_the_unit_stay():
    text = "制表：县台联　　申请人：郑美华，手机13907712345，家庭电话0662-3318899。\n"
    got = found(text, ["landline", "mobile"])
    assert at(text, "mobile", "13907712345") in got
    assert at(text, "landline", "0662-3318899") in got
