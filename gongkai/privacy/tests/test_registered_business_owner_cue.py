"""个体工商户 before a name is the owner of a registered business, a private person."""

from .spans import found, names


def test_registered_business_owner_in_an_inspection_note():
    text = "检查发现，个体工商户邹春梅经营的小吃店未配置灭火器，责令邹春梅立即整改。\n"
    got = found(text, ["name"])
    assert names(text, "邹春梅")[0] in got


def test_the_word_alone_names_no_one():
    for text in ("个体工商户营业执照已办理。\n", "依照个体工商户登记管理办法规定办理。\n"):
        assert found(text, ["name"]) == [], text
