"""A name followed by its office's role in brackets (X（人民陪审员）) acts in office, and the
items of its 、-list before it share the note; private roles in brackets keep their persons."""

from .spans import found, names


def test_a_bracketed_role_and_the_list_before_it_in_prose():
    text = (
        "本次评议邀请甄立群、滑晓峰（特邀监督员）及咸秀梅（人民陪审员）列席，"
        "申请人宓长青到场陈述。\n"
    )
    assert found(text, {"name"}) == names(text, "宓长青")


def test_the_bracketed_role_in_a_table_cell_and_a_key_value_line():
    table = "序号\t出席人员\t事项\n1\t濮国栋（书记员）\t记录\n2\t宓长青\t陈述\n"
    assert found(table, {"name"}) == names(table, "宓长青")
    kv = "列席：濮国栋（人民调解员）\n当事人：宓长青，男，1975年生\n"
    assert found(kv, {"name"}) == names(kv, "宓长青")


def test_a_private_role_in_brackets_keeps_its_persons():
    text = "到场人员：甄立群（监护人）、滑晓峰（证人）和咸秀梅（村民代表）。\n"
    assert found(text, {"name"}) == names(text, "甄立群", "滑晓峰", "咸秀梅")


def test_an_item_with_its_own_bracket_keeps_its_note():
    text = "到场人员：甄立群（监护人）、滑晓峰（人民监督员）。\n"
    assert found(text, {"name"}) == names(text, "甄立群")
