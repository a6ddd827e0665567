"""A party after its label without a colon: a transliterated name whole up to the sign
after it, a two-character name when the party's particulars follow (住…, 男/女)."""

from .spans import found, missing_names

PARTIES = (
    "（一）申请人热依拉·买买提，住江川市北湖区松林路20号。\n"
    "（二）被申请人阿卜杜·热合曼（个体户），电子送达邮箱略。\n"
    "（三）申请人努尔兰·别克\n"
    "（四）申请人伍月，住南岭县白沙镇前进村3组2号。\n"
    "（五）被申请人夏至，女，1990年6月出生。\n"
)


def test_dotted_names_whole():
    assert not missing_names(PARTIES, "热依拉·买买提", "阿卜杜·热合曼", "努尔兰·别克")


def test_two_character_party_with_particulars():
    assert not missing_names(PARTIES, "伍月", "夏至")


def test_words_after_the_label_stay_clean():
    text = (
        "申请人应当，住所地不明的，公告送达。\n"
        "申请人陈述，住院期间未发工资。\n"
        "申请人可以，住宿费自理。\n"
    )
    assert found(text, ["name"]) == []


def test_administrator_as_addressee_is_no_person():
    text = (
        "邮寄申报地址同上，收件人：林海置业管理人，邮编415000。\n"
        "材料寄送收件人：程远物流管理人\n"
        "收件人：钱江置业清算组\n"
        "收件人：谭振国，电话略。\n"
    )
    got = found(text, ["name"])
    assert got == [("name", text.index("谭振国"), text.index("谭振国") + 3)]
