"""丘 (丘逢甲's surname, common among Hakka families) is a surname; 丘陵 is no person."""

from .spans import at, found


def test_qiu_names_in_a_list_and_after_a_label():
    text = "名单如下：\n1. 丘美玲　女　小学教师资格\n申请人：丘国新\n"
    got = found(text, ["name"])
    assert at(text, "name", "丘美玲") in got
    assert at(text, "name", "丘国新") in got


def test_hills_are_no_person():
    text = "　　该村地处丘陵地带，村民丘陵山地种植茶叶。\n"
    assert [f for f in found(text, ["name"]) if text[f[1] : f[2]].startswith("丘")] == []
