"""A name read through a verb that no given name ends in ("其母X患…", "X曾任…") ends before
the verb; a name whose third character is a given name's keeps it."""

from .spans import found, names


def test_a_kin_name_read_through_a_verb_ends_before_it():
    text = "申请人家中困难，其母韦秀珍患高血压多年，其父韦德患糖尿病。\n"
    got = found(text, {"name"})
    assert names(text, "韦德")[0] in got
    assert ("name", text.index("韦德"), text.index("韦德") + 3) not in got


def test_a_three_character_name_keeps_its_last_character():
    text = "申请人家中困难，其母韦秀珍长期卧床。\n"
    assert found(text, {"name"}) == names(text, "韦秀珍")
