"""A person with a compound surname named with their home after a cue ("邻居慕容旻家"):
the name is the three characters, 家 is the home; a given name with 家 inside stays whole."""

from .spans import found, names

HOME = "楼下邻居上官敏家（电话80605778）也反映漏水。街道到您家及上官敏家现场查看。"
INSIDE = "邻居欧阳家豪反映夜间施工噪声。"
DOOR = "群众司马德家门口堆放杂物，影响通行。"


def test_compound_surname_before_home_cut_at_jia():
    assert found(HOME, ["name"]) == names(HOME, "上官敏", "上官敏")


def test_given_name_with_jia_inside_whole():
    assert found(INSIDE, ["name"]) == names(INSIDE, "欧阳家豪")


def test_home_before_door_word():
    assert found(DOOR, ["name"]) == names(DOOR, "司马德")
