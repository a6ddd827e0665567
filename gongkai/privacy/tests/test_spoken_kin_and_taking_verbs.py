"""A relative named after a spoken or an in-law's kinship word (兄长, 老公, 老婆, 姐夫 …:
kinprose ``_LONG_KIN``), and a name ending before an audit's verb of taking (冒领, 骗取,
套取: laternames ``WORDS_AFTER``); words holding such a kinship (老公司, 兄长们) name
nobody."""

from .spans import found, names


def test_relatives_after_spoken_kinship_words():
    text = (
        "来电人反映，其堂妹的老公鄢德茂冒领了三年的保洁员工资，来电人的兄长冼志高也可证明"
        "（电话13762418801）。\n"
        "经查，其姐夫蔺国平骗取低保金4,200元。\n"
    )
    assert found(text, ["name"]) == names(text, "鄢德茂", "冼志高", "蔺国平")


def test_near_miss_words_holding_a_kinship():
    text = "来电人称其在老公司干了十年，兄长们都已外出务工，联系电话13762418801。\n"
    assert found(text, ["name"]) == []
