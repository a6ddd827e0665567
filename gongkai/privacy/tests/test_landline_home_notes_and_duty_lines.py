"""A home's note after a landline keeps it a person's; an on-duty line (值守电话) and a
department's or a federation's name before a colon make it a unit's (landlineowner,
phoneowner; issue 16)."""

import pytest

from .spans import at, found

HOME_NOTED = [
    # a contact line under the letter's own sign-off, the number noted as a home's
    (
        "某县财政局\n2026年3月2日\n\n送达地址：某县城关镇人民路12号3单元201室\n"
        "联系电话：0577 66123408（住宅），15753851234\n",
        "0577 66123408",
    ),
    ("电话：(0736)7021148（家）\n", "(0736)7021148"),
    ("联系方式：0816-2265519 (家中座机)；电子邮箱：无\n", "0816-2265519"),
    ("　　联系电话：0773-2750831（宅电）\n", "0773-2750831"),
]


@pytest.mark.parametrize(("text", "number"), HOME_NOTED)
def test_a_landline_noted_as_a_homes_is_a_finding(text, number):
    assert at(text, "landline", number) in found(text, ["landline"])


def test_a_work_note_after_the_number_leaves_it_a_units():
    text = "送达地址：某县城关镇人民路12号\n联系电话：0577-66123409（单位）\n"
    assert found(text, ["landline"]) == []


UNITS = [
    "附：县地质灾害应急值守电话 0870-5122118，县自然资源局公开邮箱 zrj@example.gov.cn。",
    "防汛值守电话：（0736）7021149\n",
    "县妇联家庭和儿童工作部：0739-6822318　　县文明办：(0739)6810028\n",
    "市总工会法律援助部：0816-2285191\n",
    "联系方式　县残联：0773-2216657\n",
]


@pytest.mark.parametrize("text", UNITS)
def test_on_duty_lines_and_departments_before_a_colon_are_no_findings(text):
    assert found(text, ["landline"]) == []


def test_a_persons_label_ending_in_a_department_word_is_no_unit():
    # 内部 names no unit without a colon after it; the number is the applicant's
    text = "申请人张晓红称其在内部 0773-2216658 联系不上，特来信反映。"
    assert at(text, "landline", "0773-2216658") in found(text, ["landline"])
