"""A roster's note naming a row by its number and 户 (issue 16, privfix25b,
``listhouseholds``): ``某村4号户`` is the list's fourth household, no address; a house number
before 户主 and a full address stay addresses."""

from .spans import at, found

NOTE = (
    "备注：1.青石村4号户实际种植人为其子，已核实。2.柳林村11号户户籍迁出，待核。"
    "3.青石村9号户主郑国庆，住址：某县河口镇青石村27号。\n"
)


def test_row_numbers_not_addresses_homes_kept():
    got = found(NOTE, ["address"])
    assert at(NOTE, "address", "青石村4号") not in got
    assert at(NOTE, "address", "柳林村11号") not in got
    assert at(NOTE, "address", "青石村9号") in got
    assert at(NOTE, "address", "某县河口镇青石村27号") in got
