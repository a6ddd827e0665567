"""Issue 16: a second landline in a role's note in brackets right after an office's
number ("村委会：0746-6237001（村会计 0746-6237002）") is the same office's; after a
person's number a relative's note keeps both private.
"""

from __future__ import annotations

from .spans import at, found


def test_a_role_note_after_an_offices_number():
    text = "四、联系方式\n青石村村委会：0745-6237001（村会计 0745-6237002）\n"
    assert found(text, ("landline",)) == []
    text = "四、联系方式\n镇农经站：0745-6230110（站长 0745-6230111）\n"
    assert found(text, ("landline",)) == []


def test_a_relatives_note_after_a_persons_number():
    text = "申请人：蒙德福，住址：岚山市青石村3组8号，联系电话0745-6231234（其子 0745-6235678）。\n"
    got = found(text, ("landline",))
    assert at(text, "landline", "0745-6231234") in got
    assert at(text, "landline", "0745-6235678") in got
