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


# a report's export: jbrxm shown a private person's by a home in one record is the
# reporter in every record, also where the home is empty; cbr stays the office's
EXPORT = "\n".join(
    [
        '{"bh": "1", "jbrxm": "⟦name:甘德贵⟧", "jbrdh": "⟦mobile:13908741120⟧", '
        '"jbrdz": "⟦address:某县某乡某村委会下村38号⟧", "cbr": "⟦none:龙兴明⟧"}',
        '{"bh": "2", "jbrxm": "⟦name:欧阳青山⟧", "jbrdh": "⟦mobile:15908742231⟧", '
        '"jbrdz": "", "cbr": "⟦none:龙兴明⟧"}',
        '{"bh": "3", "jbrxm": "⟦name:戚秀兰⟧", "jbrdh": "", "jbrdz": "", "cbr": "⟦none:龙兴明⟧"}',
    ]
)

# a clerk's jbrxm in an export where no record gives jbr a home or an ID
CLERKS = "\n".join(
    [
        '{"bh": "1", "xm": "⟦name:甘德贵⟧", "sfzh": "⟦id_card:370784198803154420⟧", '
        '"jbrxm": "⟦none:龙兴明⟧"}',
        '{"bh": "2", "xm": "⟦name:戚秀兰⟧", "sfzh": "⟦id_card:370784196512302218⟧", '
        '"jbrxm": "⟦none:龙兴明⟧"}',
        '{"bh": "3", "xm": "⟦name:潘小燕⟧", "sfzh": "", "jbrxm": "⟦none:龙兴明⟧"}',
    ]
)

# recruited talents (引进人才) beside their employers and spouses, aligned
TALENTS = """序号  引进人才  引进单位                    配偶姓名  性别
1     ⟦name:蒋雨丽⟧    某省某新能源材料有限公司    ⟦name:贺辉博⟧    男
2     ⟦name:蒲勇⟧      某县人民医院                ⟦name:戴玲⟧      女
3     ⟦name:卢思娜⟧    某高新区管委会              ⟦name:贾伟健⟧    男
"""


@pytest.mark.parametrize(
    ("name", "marked"), [("e.jsonl", EXPORT), ("k.jsonl", CLERKS), ("t.txt", TALENTS)]
)
def test_reporters_over_records_and_talents(name, marked):
    doc = heldout().parse(name, marked)
    got = found(doc.text, ["name"])
    assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")


# 税 (shuì) is a surname of Sichuan; the tax words it opens stay words
TAX = """当事人：某县白沙镇⟦name:税国平⟧竹器加工厂（个体工商户）
经营者：⟦name:税国平⟧　性别：男
联系人：⟦name:税晓梅⟧，电话⟦mobile:13908741120⟧
经查，该户未按期申报，涉及⟦none:税金⟧、⟦none:税源⟧及⟦none:税前⟧扣除事项，由税务部门另行处理。
"""


def test_shui_surname_and_tax_words():
    doc = heldout().parse("t.txt", TAX)
    got = found(doc.text, ["name"])
    assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")


# a keeper of three characters before a word of trade no list knows: not cut to two
THREE = """"工单号","来电人","被投诉对象"
"C01","⟦name:石桂英⟧","汶河县石埠镇⟦name:秦大勇⟧火锅店"
"C02","⟦name:郝文杰⟧","汶河县石埠镇逄春花古玩店"
"""


def test_three_characters_not_cut_to_two():
    doc = heldout().parse("c.csv", THREE)
    got = found(doc.text, ["name"])
    spans = {(s, e) for _k, s, e in got}
    k = doc.text.index("逄春花")
    assert (k, k + 2) not in spans
    assert ("name", *next((s, e) for s, e, kind in doc.labels if doc.text[s:e] == "秦大勇")) in got
