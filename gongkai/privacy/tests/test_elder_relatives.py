"""An elder of the family named after their kinship (岳母, 祖父, 外祖母)."""

from .spans import found, missing_names


def test_elders_named_after_their_kinship():
    text = "　　凤家庭：凤小川照顾岳父阮长庚多年；外祖母欧秀梅已九十岁，祖父戚德厚曾是民办教师。\n"
    assert missing_names(text, "阮长庚", "欧秀梅", "戚德厚") == []


def test_kinship_words_before_other_words_are_no_names():
    text = "　　祖父母健在，岳父家在城关，外祖母家住河口。\n"
    assert found(text, ["name"]) == []
