"""Notaries act in office (officialcolumns, servicestaff; README: 公证员 as 仲裁员).

A notary office's register heads its notary 承办公证员; a register of complaints names
the notary complained of under 被投诉公证员; a note writes the post after a name
("X（公证员）"). None of them is a private person; the parties of the same records are.
"""

import pytest

from .spans import found, heldout

QUOTED = """"受理号","受理日期","公证事项","申请人","联系电话","承办公证员","办理状态"
"(2024)豫洛证字第0211号","2024-04-02","继承","⟦name:鲁桂香⟧","⟦mobile:13937920415⟧","⟦none:闫立新⟧","已出证"
"(2024)豫洛证字第0215号","2024-04-08","委托","⟦name:司马振东⟧","⟦mobile:15896321147⟧","⟦none:闫立新⟧","已出证"
"""

ONE_A_LINE = """登记号
投诉日期
投诉人
被投诉机构
被投诉公证员
处理情况

TS-2024-01
2024-03-11
⟦name:谭福生⟧
某县公证处
⟦none:班志远⟧
已答复

TS-2024-02
2024-05-20
⟦name:覃月娥⟧
某县公证处
⟦none:韦丽萍⟧
已立案
"""

NOTE = """申请人：⟦name:罗满堂⟧，男。备注：核验人：⟦none:龙晓峰⟧（公证员）、⟦none:石美玲⟧（公证员助理）。"""

# a party's note naming a relative keeps the name
KIN_NOTE = """代理人：⟦name:杨秀珍⟧（母亲），联系电话⟦mobile:13807452291⟧。"""


@pytest.mark.parametrize("marked", [QUOTED, ONE_A_LINE, NOTE, KIN_NOTE])
def test_notaries_are_no_private_persons_and_the_parties_are(marked):
    doc = heldout().parse("fixture.txt", marked)
    got = found(doc.text, ["name"])
    assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")
