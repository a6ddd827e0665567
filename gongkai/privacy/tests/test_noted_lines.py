"""A landline whose bracketed note right after it names a desk or a unit (（0xxx-…值班电话）,
（0xxx-…村委会）) is the unit's (notedlines, privfix22c); a note naming a home keeps it."""

from .spans import at, found

RECORD = (
    "受理编号：TS2026-044\n"
    "受理方式：电话（0872-2128830值班电话）\n"
    "投诉人：和丽梅　联系电话：13988512207\n"
)

CELL = (
    "序号,姓名,身份证号码,备注\n"
    '"7","罗志华","532901196805121317","无电话，联系村文书杨德明（0872-5311026村委会）"\n'
)

HOME = "申请人：杨德明，联系电话（0872-5316618住宅）。\n"


def test_a_desks_note_after_the_number():
    got = found(RECORD, ["landline", "mobile"])
    assert at(RECORD, "landline", "0872-2128830") not in got
    assert at(RECORD, "mobile", "13988512207") in got


def test_a_committees_note_after_the_number_in_a_cell():
    assert at(CELL, "landline", "0872-5311026") not in found(CELL, ["landline"])


def test_a_homes_note_keeps_it():
    assert at(HOME, "landline", "0872-5316618") in found(HOME, ["landline"])
