"""A name in minutes or a visit report runs into the verb of what the person said ("村民
代表方秀发言：", "X表示", "X反映"): the name ends before the verb; a three-character name
whose last character is its own (方秀发 with no 言 after it) keeps it."""

from .spans import found, names


def test_names_end_before_the_verb_of_what_they_said():
    text = (
        "参会人员：梁婉姑、洪海、顾凤蕊。\n"
        "村民代表洪海发言：该户情况属实。\n"
        "村民代表樊秀发表意见，同意纳入。\n"
        "群众代表梁婉姑表示无异议；顾凤蕊反映该户长期无人照料。\n"
    )
    assert found(text, ["name"]) == names(
        text, "梁婉姑", "洪海", "顾凤蕊", "洪海", "樊秀", "梁婉姑", "顾凤蕊"
    )


def test_near_miss_a_name_whose_last_character_is_its_own():
    text = "参会人员：梁婉姑、方秀发、顾凤蕊。\n村民代表方秀发同意，无异议。\n"
    assert found(text, ["name"]) == names(text, "梁婉姑", "方秀发", "顾凤蕊", "方秀发")
