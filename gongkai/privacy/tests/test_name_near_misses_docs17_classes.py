"""Near misses that became names, by class: an official named with the office held now
in a note, a kinship label inside a name cell, how a paper was served in a 签收人
column, a preposition glued before a name."""

import pytest

from gongkai.privacy import scan_html

from .spans import found, missing_names


@pytest.mark.parametrize(
    "line",
    [
        "总召集人：钱卫东（县委副书记）、孙丽（副县长）",
        "林长：钱卫东（县长），副林长：孙丽（县委常委、常务副县长）",
        "街长：钱卫东（镇党委书记）；孙丽（镇长）",
        "段长：钱卫东（县水利局局长）、孙丽（县农业农村局副局长）",
    ],
)
def test_officials_with_the_office_they_hold_are_no_persons(line):
    assert found(line, ["name"]) == []


@pytest.mark.parametrize("note", ["原村主任", "退休前任副局长", "曾任村委会主任"])
def test_a_former_office_is_a_private_person(note):
    text = f"申请人：钱卫东（{note}），住本村3组。"
    assert missing_names(text, "钱卫东") == []


@pytest.mark.parametrize("kin", ["长子", "次女", "儿媳", "代领人"])
@pytest.mark.parametrize("wrap", ["<td><p>{a}</p><p>{k}：{b}</p></td>", "{a}<br>{k}:{b}"])
def test_a_kinship_label_in_a_name_cell_is_no_name(kin, wrap):
    cell = wrap.format(a="邹永福", k=kin, b="邹小军")
    text = (
        "<table><tr><th>序号</th><th>户主及家庭成员</th><th>安置面积</th></tr>"
        f"<tr><td>1</td>{cell if cell.startswith('<td>') else '<td>' + cell + '</td>'}"
        "<td>90</td></tr></table>"
    )
    got = {text[f.start : f.end] for f in scan_html(text, allow=[]) if f.type == "name"}
    assert kin not in got
    assert {"邹永福", "邹小军"} <= got


@pytest.mark.parametrize("how", ["电子送达", "拒签", "邮寄送达", "他人代收", "公告送达"])
def test_how_a_paper_was_served_is_no_signer(how):
    rows = [
        ("受送达人", "送达日期", "签收人", "备注"),
        ("卢秋生", "2024.3.1", "卢秋生", ""),
        ("冯巧云", "2024.3.1", "冯巧云", ""),
        ("严德胜", "2024.3.2", how, "留置"),
        ("詹丽萍", "2024.3.2", "詹丽萍", ""),
    ]
    text = "\n".join("　　".join(r) for r in rows) + "\n"
    got = {text[s:e] for _, s, e in found(text, ["name"])}
    assert how not in got
    assert "严德胜" in got


@pytest.mark.parametrize("lead", ["由", "向", "经", "对"])
def test_a_preposition_before_a_name_is_not_its_surname(lead):
    text = f"该养殖场位于河口村，{lead}卢秋生（身份证号码见附件）负责。"
    got = {text[s:e] for _, s, e in found(text, ["name"])}
    assert f"{lead}卢秋生" not in got


def test_a_person_surnamed_you_stays_whole():
    text = "申请人：由建国，住本村5组。"
    assert missing_names(text, "由建国") == []
