"""A household named by its head in prose ("据说是许桂兰家", "邹志明家的炭窑") names that person
(``householdnames``); clans, places and words ending in 家 stay clean."""

from .spans import found, names


def test_households_in_a_one_cell_a_line_register():
    text = (
        "举报内容\n有人在后山坟地烧纸，据说是邹志明家\n"
        "举报内容\n林区小路旁堆放枯枝，柯琳家的炭窑仍在冒烟\n"
        "举报内容\n巡查发现在石秋生家门口焚烧垃圾\n"
    )
    assert found(text, ["name"]) == names(text, "邹志明", "柯琳", "石秋生")


def test_a_household_in_a_reply_letter():
    text = "经核实，反映的违建系宁德胜家的杂物间，已责令拆除。"
    assert found(text, ["name"]) == names(text, "宁德胜")


def test_clans_places_words_and_lone_two_sign_names_stay_clean():
    text = (
        "他是专家，按国家政策办理。到李家湾去，那块地是王家的。在张家口住过，到农家乐吃饭。"
        "他说是房东家的。"
    )
    assert found(text, ["name"]) == []
