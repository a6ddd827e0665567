"""Issue 16, privfix16ia (held-out batches 198–200): a flat in a relocation settlement
(…安置点 / …安置区 + building, unit and room) is a household's home, read from the
settlement's name, not only from the building; a home allotted or vacated (分配, 腾退)
starts after the verb; two flats joined by 和 after a room (室) are two addresses.
"""

from __future__ import annotations

from .spans import at, found


def test_a_flat_allotted_in_a_settlement_is_read_from_its_name():
    text = (
        "经查，当事人于2021年5月经摇号分配青松安置点5栋1单元302室，"
        "现责令其于30日内腾退青松安置点5栋1单元302室。"
    )
    first = at(text, "address", "青松安置点5栋1单元302室")
    second = at(text, "address", "青松安置点5栋1单元302室", first[2])
    assert found(text, ["address"]) == [first, second]


def test_a_flat_moved_into_in_a_settlement_area():
    text = "2022年3月该户搬入城南安置区12幢2单元1101室居住。"
    assert found(text, ["address"]) == [at(text, "address", "城南安置区12幢2单元1101室")]


def test_two_flats_joined_by_and_are_two_addresses():
    text = "甲、乙二人分别安置于阳光新城安置点B区3栋2单元501室和阳光新城安置点B区3栋2单元502室。"
    first = at(text, "address", "阳光新城安置点B区3栋2单元501室")
    assert found(text, ["address"]) == [
        first,
        at(text, "address", "阳光新城安置点B区3栋2单元502室", first[2]),
    ]


def test_a_settlement_without_a_flat_is_no_address():
    text = "全县共建成青松安置点、城南安置区2个集中安置点，搬迁群众已全部入住青松安置点。"
    assert found(text, ["address"]) == []
