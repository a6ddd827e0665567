"""A co-party named after 与 and before a joint act ("与X共同申请", "与X一同继承", "与X联名
提出") (issue 16, docs83): a private person acting with the listed person; a unit or a
role in the same place stays clean."""

from .spans import at, found


def test_co_applicant_in_a_numbered_list():
    text = (
        "1. 韩立秋，女，住石门村2组31号，与贝思远共同申请，第43类商标。\n"
        "2. 祁晓岚，男，住团结村10组69号，与欧阳子涵联名提出，第29类商标。\n"
    )
    got = found(text, ["name"])
    for piece in ("贝思远", "欧阳子涵"):
        assert at(text, "name", piece) in got


def test_co_heirs_in_prose():
    text = "申请人简若楠与卓文涛一同继承该房屋，现申请办理转移登记。\n"
    assert at(text, "name", "卓文涛") in found(text, ["name"])


def test_units_and_roles_after_yu_stay_clean():
    text = "该合作社与村委会共同申报，由县农业局与乡政府共同办理，与对方共同签订协议。\n"
    values = {text[s:e] for _k, s, e in found(text, ["name"])}
    assert not values & {"村委会", "乡政府", "对方"}
