"""A name right before a contact label without a sign between ("上官明家庭电话…",
"欧阳华联系电话…") ends before the label; a name that ends in 家 or 联 before other
words keeps it."""

from .spans import at, found


def test_name_before_a_label_ends_before_it():
    text = (
        "另：第3号司马光明家庭电话0871-6123456，第5号欧阳秀联系电话13907712345，"
        "如需核实可直接联系本人。"
    )
    got = found(text, ["name"])
    assert at(text, "name", "司马光明") in got
    assert at(text, "name", "欧阳秀") in got
    assert not [g for g in got if text[g[2] - 1] in "家联"]


def test_a_name_ending_in_jia_keeps_it():
    text = "申请人：欧阳振家，联系电话：13907712345。"
    assert at(text, "name", "欧阳振家") in found(text, ["name"])
