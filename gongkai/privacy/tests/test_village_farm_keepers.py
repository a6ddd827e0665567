"""Keepers in trade names led by a village and in farms' or diners' names, and the 举报人 of
an XML export under ``jbr`` (privfix18c).

- A village, a neighbourhood or a group may be the last place word of an individual
  business's trade name (某镇某村X养猪场): the keeper follows it.
- A farm's or a diner's trade (养X, 奶牛, 火锅, 麻将 …) is a word of trade after the keeper.
- A keeper of two characters named nowhere else is kept when the text names another
  business by a sure keeper (three characters), its surname common and no brand word's
  opening (金龙, 富民 stay plain).
- ``<JBR>`` beside ``<ZJHM>`` with no other person's key: the reporter, not a clerk.
"""

import pytest

from .spans import found, heldout

# a petition register: the farms complained of, named by village and keeper
FARMS = """序号\t信访人\t联系电话\t被反映对象\t办理结果
1\t⟦name:晏秀珍⟧\t⟦mobile:13905371120⟧\t东河镇柳湾村⟦name:卢德旺⟧养猪场\t已办结
2\t⟦name:甘永平⟧\t⟦mobile:15805374431⟧\t东河镇前屯村⟦name:韩涛⟧肉牛养殖场\t已办结
3\t⟦name:温国华⟧\t⟦mobile:18705379902⟧\t西坡乡后沟村⟦none:富民⟧养鸡场\t已办结
4\t⟦name:罗春兰⟧\t⟦mobile:13605378813⟧\t西坡乡某村合作社养殖场\t已办结
"""

# a hotline's export: diners by county and keeper
DINERS = """"工单号","来电人","被投诉对象"
"A01","⟦name:石桂英⟧","青川县⟦name:秦大勇⟧火锅店"
"A02","⟦name:郝文杰⟧","青川县⟦name:邹磊⟧麻将馆"
"A03","⟦name:施红梅⟧","青川县⟦none:金龙⟧火锅店"
"""

# two-character keepers with no sure keeper in the text: left alone
ALONE = """"工单号","来电人","被投诉对象"
"B01","⟦name:石桂英⟧","青川县⟦none:邹磊⟧麻将馆"
"""

REPORTS = """<?xml version="1.0" encoding="UTF-8"?>
<Export>
  <Record>
    <JBR>⟦name:上官丽萍⟧</JBR>
    <ZJLX>居民身份证</ZJLX>
    <ZJHM>⟦id_card:370784198803154420⟧</ZJHM>
    <JTZZ>某县某镇某村</JTZZ>
    <SPR>⟦none:冯振东⟧</SPR>
  </Record>
  <Record>
    <JBR>⟦name:鲁建设⟧</JBR>
    <ZJLX>居民身份证</ZJLX>
    <ZJHM>⟦id_card:370784196512302218⟧</ZJHM>
    <JTZZ>某县某镇某村</JTZZ>
    <SPR>⟦none:冯振东⟧</SPR>
  </Record>
</Export>
"""

# a clerk's jbr beside a person's own name key: the clerk's
CLERK = """<?xml version="1.0" encoding="UTF-8"?>
<Export>
  <Record>
    <XM>⟦name:尤春梅⟧</XM>
    <ZJHM>⟦id_card:370784198803154420⟧</ZJHM>
    <JBR>⟦none:冯振东⟧</JBR>
  </Record>
  <Record>
    <XM>⟦name:龚国平⟧</XM>
    <ZJHM>⟦id_card:370784196512302218⟧</ZJHM>
    <JBR>⟦none:冯振东⟧</JBR>
  </Record>
</Export>
"""


@pytest.mark.parametrize(
    ("name", "marked"),
    [("f.tsv", FARMS), ("d.csv", DINERS), ("a.csv", ALONE), ("r.xml", REPORTS), ("c.xml", CLERK)],
)
def test_village_farm_keepers_and_reporters(name, marked):
    doc = heldout().parse(name, marked)
    got = found(doc.text, ["name", "id_card"])
    want = sorted((k, s, e) for s, e, k in doc.labels if k in ("name", "id_card"))
    assert sorted(got) == want
