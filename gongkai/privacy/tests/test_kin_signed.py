"""Issue 16 (privfix27e): a relative signing for a person in a receipt cell ("X（家属）"),
under a column naming no person. Near misses: a committee, a role word before the note.
"""

from __future__ import annotations

from .spans import found, names


def test_a_relative_signing_in_a_receipt_column():
    text = (
        "序号,姓名,身份证号码,告知方式,签收,联系电话\n"
        "1,罗志勇,520525198705102537,电话告知,罗志勇,18712135628\n"
        "2,包桂香,520525199703233589,家属代签,甘露（家属）,13589130501\n"
        "3,邹庆华,520525197902062170,家属代签,伍晓燕（亲属代签）,15709003404\n"
    )
    assert found(text, ("name",)) == names(
        text, "罗志勇", "罗志勇", "包桂香", "甘露", "邹庆华", "伍晓燕"
    )


def test_a_committee_or_a_role_stays():
    text = (
        "序号,姓名,身份证号码,签收\n"
        "1,罗志勇,520525198705102537,村委会（家属）\n"
        "2,包桂香,520525199703233589,本人（家属）\n"
    )
    assert found(text, ("name",)) == names(text, "罗志勇", "包桂香")
