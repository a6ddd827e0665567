"""Issue 16 (privfix27e): a unit's contact named beside the unit's phone in one cell of a
person's row ("单位电话0xxx-…，联系人：X（安全员）") acts for the unit. Near misses: 紧急联系人,
a cell without a unit's phone label.
"""

from __future__ import annotations

from .spans import found, names


def test_the_units_contact_in_a_note_cell():
    text = (
        "序号,姓名,身份证号码,联系电话,备注\n"
        '1,龙继红,520525197902062170,15709003404,"企业电话0857-3621847，联系人：简丽萍（人事专员）"\n'
        '2,舒光明,520525198705102537,18712135628,"联系人：陶志远（车间主任）；办公电话0857-3621848"\n'
    )
    assert found(text, ("name",)) == names(text, "龙继红", "舒光明")


def test_a_persons_own_contact_stays():
    text = (
        "序号,姓名,身份证号码,联系电话,备注\n"
        '1,龙继红,520525197902062170,15709003404,"单位电话0857-3621847，紧急联系人：简丽萍（妻）"\n'
        '2,舒光明,520525198705102537,18712135628,"联系人：陶志远（儿子），手机13589130501"\n'
    )
    assert found(text, ("name",)) == names(text, "龙继红", "简丽萍", "舒光明", "陶志远")
