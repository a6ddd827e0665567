"""Contacts in brackets after a flat's numbered room (``refine._UNIT_BEFORE_BRACKET``):
"现住…3单元601室（联系电话…，电子邮箱…）" are the resident's — a room with its number is
a home, no unit's office. After a unit's room word (…中心办公室) the line stays the
unit's."""

from __future__ import annotations

from .spans import at, found

LETTER = (
    "你在信中反映：你家现住临澧县安福街道望城路18号金桂小区2栋1单元702室（联系电话"
    "13974218835，电子邮箱lzq_ly1985@163.com），要求补发2023年度扶持资金。\n"
)

DECISION = "申请人：覃德清，男，住石门县楚江街道宝峰路9号4栋302室（手机18907361124）。\n"

NEAR = "请到县移民事务中心办公室（联系电话0736-5322107）领取。\n"


def test_contacts_after_a_flats_room_in_a_letter():
    got = found(LETTER, ["mobile", "email"])
    assert at(LETTER, "mobile", "13974218835") in got
    assert at(LETTER, "email", "lzq_ly1985@163.com") in got


def test_a_mobile_after_a_flats_room_in_a_decision():
    got = found(DECISION, ["mobile"])
    assert at(DECISION, "mobile", "18907361124") in got


def test_an_offices_line_after_its_room_word_stays_the_offices():
    got = found(NEAR, ["landline"])
    assert at(NEAR, "landline", "0736-5322107") not in got
