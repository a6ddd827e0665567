"""Issue 16, units' landlines the tenth held-out batch kept as persons', told by what
follows the number (``unitphones``): a note of office hours, the end of a range of
numbers, a table row's cell naming the unit. With near misses: a person's own number.
"""

from __future__ import annotations

from .spans import at, found, rid

PHONES = ("landline", "mobile")


def test_a_landline_with_a_note_of_office_hours_is_the_offices():
    text = "- 咨询：0731-84562210（工作时间 9:00-17:00），或拨打热线。\n"
    assert found(text, PHONES) == []


def test_a_range_of_numbers_is_no_persons():
    text = "原公布的0745-2231005至0745-2231019号段已停用，另行公布。\n"
    assert found(text, PHONES) == []


def test_a_landline_before_the_cell_of_its_unit_in_a_row_is_the_units():
    text = (
        f" 1  鲁长根  {rid('43112219500101001')}  集中  0745-6623018  县光荣院\n"
        f" 2  鲍秀兰  {rid('43112219520202002')}  集中  0745-6623311  城关镇养老院\n"
    )
    assert found(text, PHONES) == []


def test_a_persons_landline_in_a_row_stays_a_finding():
    text = (
        f" 1  鲁长根  {rid('43112219500101001')}  分散  0745-6623018  城关镇和平村3号\n"
        "申请人住宅电话：0745-6628890（晚上）\n"
    )
    assert found(text, PHONES) == [
        at(text, "landline", "0745-6623018"),
        at(text, "landline", "0745-6628890"),
    ]


def test_a_landline_before_a_compound_of_homes_stays_a_finding():
    text = f" 3  鲍秀兰  {rid('43112219520202002')}  分散  0745-6623311  机关大院\n"
    assert found(text, PHONES) == [at(text, "landline", "0745-6623311")]
