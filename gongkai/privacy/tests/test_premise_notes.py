"""An address noted right after as a business's premises (…号（经营场所）) is the business's;
one with no note or a home's note stays a home (privfix26c, premisenotes)."""

from .spans import at, found


def test_an_address_noted_as_premises_is_dropped():
    text = (
        "被检查人：个体工商户汪德明（身份证号码：510824197805163217，联系电话：13908251467），"
        "通讯地址：苍溪县陵江镇北门街44号（经营场所），"
        "住址：苍溪县陵江镇红军路17号2单元302室。\n"
    )
    got = found(text, {"address"})
    assert at(text, "address", "苍溪县陵江镇北门街44号") not in got
    assert at(text, "address", "苍溪县陵江镇红军路17号2单元302室") in got


def test_a_note_of_a_home_keeps_it():
    text = (
        "当事人：汪德明，身份证号码：510824197805163217，联系电话：13908251467，"
        "住址：苍溪县陵江镇北门街44号（户籍地）。\n"
    )
    assert at(text, "address", "苍溪县陵江镇北门街44号") in found(text, {"address"})
