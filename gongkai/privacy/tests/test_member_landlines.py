"""Issue 16, the twenty-fifth held-out batch: a landline in the phone column of a table
of persons beside the association or team the person serves (服务组织, 所属队伍) is the
person's, in every table form and every way a landline is printed; beside a workplace
or a post (工作单位, 职称) or under a unit's phone header it stays the office's."""

from __future__ import annotations

import pytest

from .spans import at, found

PHONES = ("028-65153172", "（028）34703229", "(028)78476563", "028 64430106")


def _rows(sep, quote=""):
    head = ("序号", "姓名", "性别", "服务组织", "累计时长", "联系电话")
    units = ("区青年志愿者协会", "街道新时代文明实践所", "区图书馆阅读推广队", "区红十字会")
    names = ("韦露秀", "欧阳泽", "尉迟武", "林轩江")
    q = quote
    lines = [sep.join(f"{q}{c}{q}" for c in head)]
    for k, (name, unit, phone) in enumerate(zip(names, units, PHONES, strict=True), 1):
        cells = (str(k), name, "女", unit, str(400 + k), phone)
        lines.append(sep.join(f"{q}{c}{q}" for c in cells))
    return "优秀志愿者推荐名单\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "text",
    [_rows(",", '"'), _rows(","), _rows("\t"), _rows("|")],
    ids=["quoted-csv", "csv", "tab", "pipe"],
)
def test_a_members_landline_beside_their_association_is_theirs(text):
    got = found(text, ["landline"])
    assert got == [at(text, "landline", p) for p in PHONES]


def test_a_members_landline_under_a_team_header_in_a_pipe_table():
    text = (
        "| 序号 | 队员姓名 | 所属队伍 | 联系方式 |\n"
        "|---|---|---|---|\n"
        "| 1 | 蒙家豪 | 县蓝天救援队 | 0771-3680425 |\n"
        "| 2 | 黄丽萍 | 县应急志愿服务中心 | 0771-3689917 |\n"
    )
    assert found(text, ["landline"]) == [
        at(text, "landline", "0771-3680425"),
        at(text, "landline", "0771-3689917"),
    ]


def test_a_landline_beside_a_workplace_and_post_stays_the_offices():
    text = (
        "序号,姓名,工作单位,职务,联系电话\n"
        "1,蓝秋菊,县疾病预防控制中心,科员,0771-3680425\n"
        "2,农建华,县人民医院,护士长,0771-3689917\n"
    )
    assert found(text, ["landline"]) == []


def test_a_landline_under_a_units_phone_header_stays_the_units():
    text = (
        "序号\t姓名\t服务组织\t单位电话\n"
        "1\t蓝秋菊\t县义工联合会\t0771-3680425\n"
        "2\t农建华\t县红十字会\t0771-3689917\n"
    )
    assert found(text, ["landline"]) == []


def test_a_list_of_associations_keeps_its_phones():
    text = (
        "序号\t组织名称\t联系人\t联系电话\n"
        "1\t县义工联合会\t办公室\t0771-3680425\n"
        "2\t县红十字会\t秘书处\t0771-3689917\n"
    )
    assert found(text, ["landline"]) == []
