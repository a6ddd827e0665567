"""Issue 16 (privfix25a): a plot's side named by the neighbour's house with 宅 alone
("东至柏德顺宅"), as a homestead permit or a building licence writes its four sides: the
holder is a person, 宅 left out of the name.
Near misses: sides of roads, fields and slopes; a place whose name holds 宅 (上宅村, 后宅街)
and a house no person holds (老宅, 民宅); 宅 in a sentence with no plot's sides.
"""

from __future__ import annotations

from .spans import found, names


def test_a_side_held_by_a_neighbours_house():
    text = (
        "申请人：殷德厚，建设位置：某镇某村河湾组，四至：东至柏德顺宅，南至村道，西至自留地，北至山坡。\n"
        '建房户：欧阳春生，"东至溪沟，南至尉迟秀兰宅，西至林地，北至晒场"\n'
    )
    assert found(text, ("name",)) == names(text, "殷德厚", "柏德顺", "欧阳春生", "尉迟秀兰")


def test_sides_of_houses_no_person_holds():
    text = (
        "拟建位置四至：东至老宅，南至民宅，西至上宅村道路，北至后宅街。\n"
        "该宅基地东至村道，南至农田，西至水塘，北至竹林。\n"
        "本村一户多宅问题由村委会清理，宅前屋后保持整洁。\n"
    )
    assert found(text, ("name",)) == []
