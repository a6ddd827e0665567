"""A name in quotes before a verb of signing (quotedsigners), and a writer's name after 我叫
whose given name is made of word characters (selfnames) — issue 16, docs56's classes."""

from .spans import at, found, names


def test_a_quoted_name_that_signed_or_collected():
    text = (
        "系统显示已于11月9日由“倪立彬”代签，但我家里没有这个人。\n"
        '另一件包裹被"上官晓燕"冒领；快递柜记录为「郝建」取走。\n'
        "签收栏显示‘毛卫敏’签收。\n"
    )
    assert names(text, "倪立彬", "上官晓燕", "郝建", "毛卫敏") == found(text, ["name"])


def test_roles_and_places_in_quotes_are_no_names():
    texts = [
        "系统显示由“门卫”代签，后由“家人”代收。\n",
        "快件显示“本人”签收，实际由“驿站”代收。\n",
        "该件已由“丰巢快递柜”代收，请凭取件码领取。\n",
        "请在“签收人”栏签字，由“经办人”签名。\n",
    ]
    for text in texts:
        assert found(text, ["name"]) == [], text


def test_a_writer_named_after_jiao_and_their_later_mentions():
    text = (
        '发件人："巫若磊" <chen_min23@example.com>\n'
        "你好，我叫巫若磊，住在某县白马湖乡朗州路38号。\n"
        "> 回复：巫若磊您好，您的申诉已受理。\n"
    )
    got = found(text, ["name"])
    assert at(text, "name", "巫若磊", text.index("我叫")) in got
    assert len([s for s in got if text[s[1] : s[2]] == "巫若磊"]) == 3


def test_after_shi_a_role_stays_a_role():
    for text in ("我是本楼业主，反映电梯问题。\n", "我叫不上名字的那位师傅来过。\n"):
        assert found(text, ["name"]) == [], text
