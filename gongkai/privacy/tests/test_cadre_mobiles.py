"""Issue 16, privfix16ia (held-out batches 198–200): a cadre's mobile is the cadre's own
phone. Beside each household a ledger gives the cadre who looks after it and the
cadre's number (帮扶责任人 | 责任人电话); the cadre's name stays unmarked (an official in
office) but a mobile there is a person's phone, while a landline in the same column is
the office's and a unit's duty mobile (值班手机, 专线手机) stays the unit's.
"""

from __future__ import annotations

from .spans import at, found, rid

PHONES = ("mobile", "landline")


def test_a_ledgers_cadre_mobiles_are_found_and_its_office_landline_left():
    text = (
        "安置点\t户主\t身份证号码\t联系电话\t帮扶责任人\t责任人电话\n"
        f"红岩安置区\t冷德福\t{rid('52262419800312101')}\t18985010011\t龙启华\t13765010022\n"
        f"红岩安置区\t石春兰\t{rid('52262419760515202')}\t18985010033\t龙启华\t13765010022\n"
        f"青杠坝安置点\t杨明贵\t{rid('52262419690120303')}\t18985010044\t吴佳\t0855-3621190\n"
    )
    got = found(text, PHONES)
    assert got == [
        at(text, "mobile", "18985010011"),
        at(text, "mobile", "13765010022"),
        at(text, "mobile", "18985010033"),
        at(text, "mobile", "13765010022", text.index("18985010033")),
        at(text, "mobile", "18985010044"),
    ]  # the office's landline 0855-3621190 in the cadre's column is left
    name_spans = [f for f in found(text, ["name"])]
    assert at(text, "name", "龙启华") not in name_spans
    assert at(text, "name", "吴佳") not in name_spans


def test_a_cadre_column_by_its_own_header_keeps_its_mobiles():
    text = (
        "户主\t人口\t包村干部\t包村干部联系电话\n"
        "韦光荣\t5\t覃丽娟（县林业局）\t15007780101\n"
        "蒙桂英\t3\t覃丽娟（县林业局）\t0778-7212345\n"
    )
    assert found(text, PHONES) == [at(text, "mobile", "15007780101")]


def test_a_units_duty_mobile_stays_the_units():
    text = (
        "帮扶责任人\t责任人电话\n"
        "黄志坚\t13607730101\n"
        "说明：镇帮扶工作站值班手机13607739999（单位公务手机），专线手机：13607738888。\n"
    )
    assert found(text, PHONES) == [at(text, "mobile", "13607730101")]
