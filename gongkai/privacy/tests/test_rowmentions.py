"""A row's person named again in its cell of prose (rowmentions), and a law firm's lawyer
keyed as a case's handler in an export (counselkeys)."""

import json

from .spans import found

ROWS = (
    "序号\t类型\t原代表\t原代表身份证号\t新代表\t说明\t电话\n"
    "1\t继承\t柯长顺\t230102195303025818\t聂秋菊\t原代表病故，由聂秋菊继承，其子放弃\t13945081234\n"
    "2\t变更\t房德胜\t230102195911203313\t卜晓燕\t协商一致，由卜晓燕任代表\t15845003377\n"
)


def test_a_rows_person_in_its_prose_cell():
    got = found(ROWS, ["name"])
    for name in ("聂秋菊", "卜晓燕"):
        first = ROWS.index(name)
        second = ROWS.index(name, first + len(name))
        assert ("name", first, first + len(name)) in got, name
        assert ("name", second, second + len(name)) in got, name


def test_a_row_without_prose_adds_nothing():
    text = "序号\t姓名\t备注\n1\t聂秋菊\t聂秋菊户\n"
    got = found(text, ["name"])
    assert ("name", 9, 12) not in got


def _record(**fields):
    return json.dumps(fields, ensure_ascii=False)


def test_a_firms_lawyer_keyed_as_handler():
    lines = [
        _record(
            ajbh="A-301",
            sqrxm="聂秋菊",
            lxdh="13945081234",
            zpjg="北岭正大律师事务所",
            cbrxm="于秀云",
            cbrsj="18141087362",
            cbryx="yxy1988@163.com",
            jbr="房德胜",
        ),
        _record(
            ajbh="A-302",
            sqrxm="柯长顺",
            lxdh="15845003377",
            zpjg="北岭恒信律师事务所",
            cbrxm="卜晓燕",
            cbrsj="13645071122",
            cbryx="",
            jbr="房德胜",
        ),
    ]
    text = "\n".join(lines) + "\n"
    got = {text[s:e] for _k, s, e in found(text, ["name"])}
    assert {"于秀云", "卜晓燕"} <= got
    assert "房德胜" not in got  # the organ's clerk: no contacts of their own


def test_an_organs_handler_with_its_office_line_stays_in_office():
    text = (
        _record(
            ajbh="B-1",
            sqrxm="聂秋菊",
            sjhm="13945081234",
            dlrdw="北岭正大律师事务所",
            cbrxm="卜晓燕",
            cbrdh="0451-86223344",
        )
        + "\n"
    )
    got = {text[s:e] for _k, s, e in found(text, ["name"])}
    assert "卜晓燕" not in got
