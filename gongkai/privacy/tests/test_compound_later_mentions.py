"""A later mention of a name with a compound surname keeps its four characters
(laternames): a three-character reading at the same place as the whole name found is no
name of its own to look for again."""

from .spans import found


def test_a_later_mention_keeps_the_whole_compound_name():
    text = (
        "申请人为其子司徒子墨（2017年9月出生）申请一年级学位，提交了租赁合同。"
        "2024年8月5日学校公布录取名单，司徒子墨被录取。"
    )
    got = [text[s:e] for _k, s, e in found(text, ["name"])]
    assert "司徒子" not in got
    assert got.count("司徒子墨") == 2
