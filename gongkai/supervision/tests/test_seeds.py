"""Every seed plan in ../shared/seeds imports into a task table (issue 13).

The seeds are real published plans; the expected figures were read off the documents:
000 has 32 numbered points with an attribution each, 001 has 21 points (（一）… under 一、…),
002 has 17, 003 is a table flattened to one cell per line, 004 names units only in three
points (市营商局牵头) and says nothing of units in the others.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.supervision.planparse import parse_file

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
if not SEEDS.is_dir():
    SEEDS = Path("/work/shared/seeds")

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed documents not available")


def seed(prefix: str):
    return parse_file(next(SEEDS.glob(f"{prefix}_*.txt")))


def find(plan, words: str):
    hits = [t for t in plan.tasks if words in t.task]
    assert hits, f"no task mentions {words!r}"
    return hits[0]


def test_seed_003_flattened_table():
    plan = seed("003")
    assert plan.title == "2018年泰山区政务公开重点工作任务分解表"
    assert plan.issuer == "泰安市泰山区人民政府办公室"
    assert plan.year == 2018
    assert 170 <= len(plan.tasks) <= 200
    poverty = find(plan, "围绕脱贫攻坚推进公开")
    assert poverty.lead_units == ["区扶贫办"]
    assert poverty.partner_units == ["各街道(镇)"]
    assert poverty.category == ["围绕重大部署着力推进公开", "聚焦“三大攻坚任务”做好公开"]
    assert poverty.task.endswith("财政专项扶贫资金分配等情况。")  # the full requirement text
    # the unit cell "区扶贫办牵头,各" + "各街道(镇)配合" broken over two lines
    later = find(plan, "以上内容除依法应当保密的外")
    assert (later.lead_units, later.partner_units) == (["区扶贫办"], ["各街道(镇)"])
    # one unit per line, several lines
    roads = find(plan, "公开并解读道路交通")
    assert roads.lead_units == ["区交通运输局", "区住建局", "区安监局"]
    # two names run together in one line
    housing = find(plan, "重点公开住房保障")
    assert "区住建局" in housing.lead_units and "区房管局" in housing.lead_units
    # a row without its own unit cell shares the merged cell of the row above
    plan_row = find(plan, "山东省乡村振兴战略规划")
    assert plan_row.lead_units == ["区委农工办", "区农业局"]
    # category cells broken into short lines are joined
    assert find(plan, "制定政府会议开放制度").category[-1] == "推进政府会议公开"
    water = find(plan, "每季度向社会公开市区生活饮用水监测结果")
    assert water.deadline_text == "每季度" and water.lead_units == ["区卫计局"]
    # rows whose unit cells are all empty say so
    empty = [t for t in plan.tasks if not t.lead_units]
    assert empty and all("未写明牵头单位" in t.problems[0] for t in empty)
    assert len(empty) < 10


def test_seed_000_prose_with_attributions():
    plan = seed("000")
    assert plan.title == "东安区全面推进政务公开工作实施方案"
    assert plan.year == 2017
    assert len(plan.tasks) == 32
    secret = find(plan, "有关部门要统筹做好各类文件的涉密管理")
    assert secret.no == "（一）5"
    assert secret.lead_units == ["区委保密办"]
    assert secret.partner_units == ["各街道办事处", "区直各部门"]
    assert "责任部门" not in secret.task
    assert secret.category[0].startswith("二、全面推进“五公开”")
    audit = find(plan, "深化审计结果公告")
    assert audit.lead_units == ["区审计局", "区财政局"]
    release = find(plan, "拟制公文时")
    assert release.deadline_text.endswith("3个工作日内")
    media = find(plan, "搭建全区统一的政务新媒体平台")  # an unnumbered paragraph under （二）
    assert media.lead_units == ["区委宣传部"]


def test_seed_001_points_with_broken_brackets():
    plan = seed("001")
    assert plan.title == "2021年泸水市政务公开工作要点"
    assert plan.issuer == "泸水市人民政府办公室"
    assert plan.year == 2021
    assert len(plan.tasks) == 21
    first = plan.tasks[0]
    assert first.no == "（一）" and first.category == ["一、进一步夯实政务公开工作基础"]
    assert first.lead_units == ["政府办公室"]
    assert first.partner_units == ["直有关部门", "各乡(镇)人民政府"]
    assert first.deadline_text == "2021年底前"
    training = plan.tasks[-1]
    assert training.lead_units == ["政府办公室", "司法局"]
    assert "至少" in training.deadline_text


def test_seed_002_square_brackets():
    plan = seed("002")
    assert plan.title == "福州市统计局2017年政务公开工作实施方案"
    assert plan.issuer == "福州市统计局"
    assert plan.year == 2017
    assert len(plan.tasks) == 17
    assert find(plan, "管理公开").lead_units == ["办公室", "综合处", "政法处"]
    key = find(plan, "重点领域信息公开")
    assert (key.lead_units, key.partner_units) == (["相关处室"], ["有关处室"])
    unstated = [t for t in plan.tasks if not t.lead_units]
    assert len(unstated) == 2  # 六、(一)(二) name no unit: nothing invented


def test_seed_004_opening_clause_units():
    plan = seed("004")
    assert plan.issuer == "海城市人民政府办公室"
    assert plan.year == 2019
    assert "加强制度和平台建设" in plan.title
    assert len(plan.tasks) == 10
    online = find(plan, "推进政务服务全流程")
    assert online.lead_units == ["市营商局"]
    assert online.partner_units == ["具有政务服务职责的部门"]
    assert online.deadline_text == "2019年底前"
    assert sum(1 for t in plan.tasks if not t.lead_units) == 7
