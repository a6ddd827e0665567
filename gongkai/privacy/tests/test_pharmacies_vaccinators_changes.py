"""Keepers inside pharmacies' and clinics' trade names (tradekeepers: 某镇X大药房, X兽医诊所),
the station's vaccinators beside each owner in an immunisation register (officialcolumns:
免疫员, 接种员), and the persons in a table's before and after columns of a change of post
(changedcells: 变更事项 质量负责人 | 变更前 | 变更后), privfix19b after docs258–docs260.

Near misses: a pharmacy's brand of two characters (安泰药店, 仁济大药房), the pharmacy's 大
(某镇惠民大药房), a roster of 防疫员 paid (their own column), an address changed, a company's
法定代表人 changed.
"""

import pytest

from .spans import found, heldout

PHARMACIES = """序号\t药店名称\t经营者\t联系电话\t检查结果
1\t平川县城关镇⟦name:罗金宝⟧大药房\t⟦name:罗金宝⟧\t⟦mobile:13908451276⟧\t合格
2\t平川县河口乡⟦name:贺秀兰⟧药房\t⟦name:贺秀兰⟧\t⟦mobile:13508451390⟧\t合格
3\t平川县城关镇⟦none:安泰⟧药店\t⟦name:隆玉芬⟧\t⟦mobile:15808451124⟧\t限期整改
4\t平川县北关街道惠民大药房\t⟦name:桂永昌⟧\t⟦mobile:18908451067⟧\t合格
5\t平川县河口乡⟦none:仁济⟧大药房\t⟦name:郝淑珍⟧\t⟦mobile:13308451455⟧\t合格
"""

CLINICS = """申请机构名称：平川县⟦name:蒲志远⟧兽医诊所
机构性质：个体工商户
负责人手机：⟦mobile:13907451862⟧
执业兽医：⟦name:蒲志远⟧、⟦name:谭秀英⟧
申请机构名称：平川县⟦name:滕美⟧宠爱动物诊所
负责人手机：⟦mobile:15807451933⟧
执业兽医：⟦name:滕美⟧、⟦name:伍建新⟧
"""

VACCINATED = """ 序号  畜主姓名  联系电话      犬只数  免疫日期    免疫员
 1     ⟦name:栾国富⟧    ⟦mobile:13845120376⟧   1       2024-05-02  ⟦none:邰振江⟧
 2     ⟦name:宫秀云⟧    ⟦mobile:15845120481⟧   2       2024-05-03  ⟦none:邰振江⟧
 3     ⟦name:苑德胜⟧    ⟦mobile:18745120593⟧   1       2024-05-03  ⟦none:冷玉华⟧
"""

VACCINATED_TAB = """序号\t户主姓名\t联系电话\t免疫日期\t接种员
1\t⟦name:栾国富⟧\t⟦mobile:13845120376⟧\t2024-05-02\t⟦none:邰振江⟧
2\t⟦name:宫秀云⟧\t⟦mobile:15845120481⟧\t2024-05-03\t⟦none:冷玉华⟧
"""

CHANGES = """序号\t单位名称\t变更事项\t变更前\t变更后\t受理日期
1\t平川县康宁医药有限公司\t质量负责人\t⟦name:岑晓东⟧\t⟦name:甘丽娜⟧\t2025-03-02
2\t平川县城关镇⟦name:牟红英⟧药店\t企业负责人（经营者）\t⟦name:牟红英⟧\t⟦name:付振国⟧\t2025-03-09
3\t平川县康宁医药有限公司\t企业负责人、质量负责人\t⟦name:钟立军⟧、⟦name:岑晓东⟧\t⟦name:蓝淑华⟧\t2025-03-16
4\t平川县康宁医药有限公司\t经营地址\t平川县城关镇新华路12号\t平川县城关镇新华路30号\t2025-03-23
5\t平川县宏泰药业有限公司\t法定代表人\t蔡永强\t何静怡\t2025-03-30
"""


@pytest.mark.parametrize("marked", [PHARMACIES, CLINICS, VACCINATED, VACCINATED_TAB, CHANGES])
def test_pharmacy_keepers_vaccinators_and_changed_posts(marked):
    doc = heldout().parse("fixture.txt", marked)
    got = found(doc.text, ["name"])
    assert sorted(got) == sorted(("name", s, e) for s, e, k in doc.labels if k == "name")
