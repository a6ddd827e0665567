"""Issue 16 (privfix25a): Dai names without a surname (岩 for a man, 玉 for a woman, one or
two syllables after) in the prose of a Dai township's text (勐…, 傣): found between a
word or sign opening a person and one following a person.
Near misses: 岩石, 玉米 and a village (曼岩村, 岩罕寨); the same shapes in a text of no Dai
place; a name alone in its cell (the table's header decides).
"""

from __future__ import annotations

from .spans import found, names


def test_dai_names_in_a_dai_townships_prose():
    text = (
        "勐腊县勐捧镇矛盾纠纷排查情况\n"
        "1. 申请人与邻居岩光（13988117265）因宅基地界址发生争执，经调解已化解。\n"
        "2. 老人赡养问题，其子女岩庄、玉燕互相推诿，涉及岩叫等两户。\n"
    )
    assert found(text, ("name",)) == names(text, "岩光", "岩庄", "玉燕", "岩叫")


def test_words_and_places_that_open_alike():
    text = (
        "勐腊县勐捧镇曼岩村委会通报：岩石滑坡阻断道路，玉米受灾；岩罕寨组织群众转移。\n"
        "排查人\n岩温\n"
    )
    assert found(text, ("name",)) == []


def test_no_dai_place_no_name():
    text = "申请人与邻居岩光（13988117265）因宅基地界址发生争执，子女岩庄、玉燕互相推诿。\n"
    assert found(text, ("name",)) == []


def test_a_staff_label_before_a_dai_name():
    text = "打印单位：勐海县某服务中心　打印人：玉罕香　打印时间：2025-09-01\n"
    assert found(text, ("name",)) == []
