"""Issue 16 (privfix27b): a landline given with a person's home in one bracket
("其母X（住某镇某村12号，电话0xxx-…）") is the household's, also in a sentence naming a
unit's staff.
Near misses: a unit's seat in a bracket (地址：…), a bracket of a phone alone after a
unit's name.
"""

from __future__ import annotations

from .spans import at, found


def test_a_relatives_home_and_line():
    text = (
        "二、2024年5月起，马成林未按规定到司法所报到，经买家集司法所工作人员会同其兄马成虎、"
        "其母韩秀英（住和政县买家集镇后寨村12号，电话0930-5512437）寻找，仍下落不明。\n"
    )
    got = found(text, ("landline",))
    assert at(text, "landline", "0930-5512437") in got


def test_a_units_seat_in_a_bracket():
    text = (
        "矫正对象马成林失去联系后，司法所工作人员会同城关镇人民政府（地址：和政县城关镇解放路8号，"
        "电话0930-5512000）多方查找。\n"
    )
    got = found(text, ("landline",))
    assert at(text, "landline", "0930-5512000") not in got
