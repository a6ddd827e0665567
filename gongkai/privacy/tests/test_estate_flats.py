"""Flats apart from their estate's name in a person's row, and addresses opened by a bare
estate word (estateflats, privfix24a)."""

from .spans import at, found

_HEAD = "序号  被征收人      身份证号                  被征收房屋坐落              补偿方式    安置情况                      联系电话\n"


def test_flat_after_estate_and_space_in_a_persons_row():
    text = _HEAD + (
        " 1    龙德全        520402196804152317        某区某街道和平路12号        产权调换    翠湖安置小区 5号楼903室       13985401127\n"
    )
    got = found(text, {"address"})
    assert at(text, "address", "5号楼903室") in got
    assert not any(text[s:e].startswith("翠湖") for _k, s, e in got)


def test_several_flats_after_one_estate():
    text = _HEAD + (
        " 2    龙德全        520402196804152317        某区某街道和平路14号        产权调换    翠湖家园 3栋2单元501室、5栋1单元302室  13985401128\n"
    )
    got = found(text, {"address"})
    assert at(text, "address", "3栋2单元501室") in got
    assert at(text, "address", "5栋1单元302室") in got


def test_building_without_a_room_and_a_units_row_stay_plain():
    text = (
        "序号  单位名称            办公地点\n"
        " 1    某区征收事务所      翠湖安置小区 5号楼903室\n"
        "征收人：龙德全，13985401129，安置于翠湖安置小区 7号楼\n"
    )
    got = found(text, {"address"})
    assert at(text, "address", "5号楼903室") not in got
    assert not any("7号楼" in text[s:e] for _k, s, e in got)


def test_bare_estate_word_is_cut_from_the_address():
    text = (
        "龙德全：\n本府决定对你户予以产权调换，安置房源为“翠湖湾”安置小区6栋2单元1203室，"
        "面积差价另行结算。\n"
    )
    got = found(text, {"address"})
    assert at(text, "address", "6栋2单元1203室") in got
    assert not any(text[s:e].startswith("安置小区") for _k, s, e in got)
