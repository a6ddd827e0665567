"""A bare village group is a place, whatever cue stands before it (README: the address
rule): "户籍在某村3组", "现住某镇某村5组" are no addresses; a house number after the group
makes the home one."""

from .spans import found


def test_a_village_group_after_a_residence_cue_is_a_place():
    for text in (
        "经核实，申请人户籍一直在青石县柏树镇龙井村3组，婚后随夫居住。",
        "当事人户口登记在桃源乡杨家坪村七组，现外出务工。",
        "该户住石桥镇白果村5组，家庭人口4人。",
    ):
        assert found(text, ["address"]) == [], text


def test_a_house_number_after_the_group_is_an_address():
    text = "该户现住石桥镇白果村5组26号，家庭人口4人。"
    piece = "石桥镇白果村5组26号"
    s = text.index(piece)
    assert ("address", s, s + len(piece)) in found(text, ["address"])
