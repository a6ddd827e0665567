"""Items of a list that open with a child's name and then its guardian's label
(``itemnames``: "3．X　家长：Y　联系电话：…"), names of rarer given characters in such a
list when most of its items open with a name, and a craftsman named after 传承人 in
prose (issue 16, the thirty-seventh held-out batch's classes, with fixtures of their own)."""

from .spans import found, names


def _names(text):
    return [text[s:e] for _k, s, e in found(text, ["name"])]


CHILDREN = ["杨子轩", "刘雨涵", "罗嘉怡", "邹可儿", "蒋汐月"]
GUARDIANS = ["杨建军", "刘海燕", "罗志明", "邹伟", "蒋丽华"]


def test_items_of_children_with_their_guardians_and_landlines():
    lines = [
        f"（{n + 1}）{c}　监护人：{g}　电话：0736-72210{n}5"
        for n, (c, g) in enumerate(zip(CHILDREN, GUARDIANS, strict=True))
    ]
    text = "少儿游泳班录取名单\n" + "\n".join(lines) + "\n"
    got = _names(text)
    for person in CHILDREN + GUARDIANS:
        assert person in got, person


def test_a_rarer_given_name_is_found_by_the_list_it_stands_in():
    lines = [
        f"{n + 1}、{c}　家长：{g}　手机：1390736{n:04d}"
        for n, (c, g) in enumerate(zip(CHILDREN, GUARDIANS, strict=True))
    ]
    text = "\n".join(lines) + "\n"
    assert [p for p in CHILDREN if p not in _names(text)] == []


def test_items_of_units_and_of_officials_stay_clean():
    text = (
        "1．城关镇　负责人：镇长　电话：0736-7221045\n"
        "2．河口乡　负责人：乡长　电话：0736-7221046\n"
        "3．新民村　负责人：村主任　电话：0736-7221047\n"
    )
    assert _names(text) == []


def test_a_craftsman_named_after_his_title_in_prose():
    text = "本期由省级非遗代表性传承人覃德胜授课，传承人名录见附件。"
    assert found(text, ["name"]) == names(text, "覃德胜")
