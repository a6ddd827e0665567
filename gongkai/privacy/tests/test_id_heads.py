"""An ID with a wrong check character under an identity column of any layout (idheads,
privfix22d): a column aligned with spaces, a 社会保障号码 column of a tab table (the social
security number is the ID by law), a 社会保障号码 label; a number of the same shape under
another number's head (受理编号, 社会保障卡号) stays nothing."""

from .spans import at, found

_BAD = "320102193812042610"  # (valid would end in 7)
_BAD2 = "410302194506175323"  # (valid would end in 0)
_GOOD = "35020319500911127X"


def _aligned(head="公民身份号码"):
    return (
        "入住机构护理补贴发放名册\n"
        "────────────────────────────────────────\n"
        f"序号  姓名      性别  {head}          户籍地址\n"
        "────────────────────────────────────────\n"
        f" 1    江秋兰    女    {_GOOD}        某区某街道滨江路12号\n"
        f" 2    韦德全    男    {_BAD}        某区某镇新街14号\n"
    )


def test_aligned_identity_column_keeps_a_mistyped_id():
    text = _aligned()
    assert at(text, "id_card", _BAD) in found(text, {"id_card"})


def test_aligned_other_number_column_leaves_it():
    text = _aligned(head="受理编号    ")
    assert at(text, "id_card", _BAD) not in found(text, {"id_card"})


def _tab(head="社会保障号码"):
    return f"序号\t姓名\t{head}\t失能等级\n1\t江秋兰\t{_GOOD}\t重度\n2\t韦德全\t{_BAD2}\t中度\n"


def test_social_security_number_column_is_the_id():
    text = _tab()
    assert at(text, "id_card", _BAD2) in found(text, {"id_card"})


def test_social_security_card_column_is_not():
    text = _tab(head="社会保障卡号")
    assert at(text, "id_card", _BAD2) not in found(text, {"id_card"})


def test_social_security_number_label():
    text = f"参保人：韦德全，社会保障号码：{_BAD}，评估等级重度失能。"
    assert found(text, {"id_card"}) == [at(text, "id_card", _BAD)]
