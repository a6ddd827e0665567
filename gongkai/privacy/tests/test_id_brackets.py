"""A party named right after a role word and right before a bracket with their valid
resident ID is a name, and its later mentions of three characters or more are too
(idbrackets, privfix24a)."""

from .spans import at, found


def test_sender_before_the_id_bracket_and_later_mentions():
    text = (
        "经查，网点收寄员未按规定验视，为寄件人司马德彪（410102197808153218，住某县某镇）"
        "收寄含锂电池的快件。\n当事人称寄件人司马德彪系老顾客。\n"
    )
    got = found(text, {"name"})
    assert at(text, "name", "司马德彪") in got
    assert at(text, "name", "司马德彪", text.index("当事人称")) in got


def test_lessee_with_an_id_label_in_the_bracket():
    text = "本局查明，承租人牛德顺（身份证号：410102196502281239）于2024年3月起拖欠租金。\n"
    assert at(text, "name", "牛德顺") in found(text, {"name"})


def test_words_before_the_bracket_are_no_name():
    text = "快件面单上的寄件人栏空白，仅有收寄员代填（410102197808153218）的号码。\n"
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert not got & {"代填", "员代填"}
