"""Demo data (idempotent): a random-inspection matter with its targets and inspectors, an
announced and drawn inspection with a published result, and normative documents of the
county and two departments with a clean-up campaign whose result list is published."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from gongkai.core.models import Unit, User

MATTER = "养老机构服务质量随机抽查"


def load() -> str:
    from gongkai.registers.models import InspectionMatter

    if InspectionMatter.objects.filter(title=MATTER).exists():
        return "公开清单：已存在"
    gov = Unit.objects.filter(name="示范县人民政府").first()
    office = User.objects.filter(username="gongkaiban").first()
    if gov is None or office is None:
        return "公开清单：缺少示范县单位，跳过"
    depts = list(Unit.objects.filter(parent=gov).order_by("sort_order", "id")[:3])
    if len(depts) < 2:
        return "公开清单：示范县部门不足，跳过"
    draws = _inspections(office, gov, depts)
    docs = _normative(office, gov, depts)
    return f"公开清单：随机抽查{draws}次，规范性文件{docs}件及清理一次"


def _publish(office, entry):
    from gongkai.registers.services import entry_transition

    entry = entry_transition(actor=office, entry=entry, action="submit")
    return entry_transition(actor=office, entry=entry, action="publish")


def _inspections(office, gov, depts) -> int:
    from gongkai.registers.services import draw_perform, entry_create, result_publish, result_record

    dept = depts[0]
    matter = _publish(office, entry_create(actor=office, key="matters", data={
        "unit": dept, "title": MATTER, "code": "SJ-MZ-001",
        "basis": "《养老机构管理办法》第四十条", "target_kind": "辖区内养老机构",
        "method": "现场检查", "ratio": "每年抽查比例不低于20%",
    }))  # fmt: skip
    targets = []
    for i, name in enumerate(
        ["城关镇敬老院", "阳光颐养中心", "福寿养老院", "康宁护理院", "夕阳红公寓"]
    ):
        t = entry_create(actor=office, key="targets", data={
            "unit": dept, "matter": matter, "title": name, "address": f"示范县幸福路{i + 1}号",
            "related_unit": gov if i == 0 else None,
        })  # fmt: skip
        targets.append(_publish(office, t))
    for i, name in enumerate(["张执法", "李检查", "王监督", "赵公正"]):
        unit = gov if i == 0 else dept
        p = entry_create(actor=office, key="inspectors", data={
            "unit": unit, "title": name, "badge_no": f"5281{i:04d}", "matters": [matter],
            "related_targets": [targets[1]] if i == 1 else [],
        })  # fmt: skip
        _publish(office, p)
    today = timezone.localdate()
    draw = entry_create(actor=office, key="draws", data={
        "unit": dept, "title": f"{today.year}年养老机构服务质量双随机抽查", "matter": matter,
        "k_targets": 2, "m_inspectors": 2,
        "inspect_from": today - dt.timedelta(days=20), "inspect_to": today - dt.timedelta(days=5),
    })  # fmt: skip
    draw = draw_perform(actor=office, draw=_publish(office, draw))
    first = int(draw.result["targets"]["selected"][0])
    r = result_record(
        actor=office, draw=draw, target_id=first, kind="result",
        formed_on=today - dt.timedelta(days=6), outcome="rectify",
        text="消防通道堆放杂物，已责令立即整改。",
    )  # fmt: skip
    result_publish(actor=office, result=r)
    return 1


DOCS = [
    (0, "示范县最低生活保障审核确认办法", "示民规〔{y}〕1号"),
    (0, "示范县临时救助实施细则", "示民规〔{y}〕2号"),
    (1, "示范县义务教育阶段招生入学管理办法", "示教规〔{y}〕1号"),
    (None, "示范县行政规范性文件管理办法", "示政规〔{y}〕1号"),
]


def _normative(office, gov, depts) -> int:
    from gongkai.registers.services import (
        campaign_open,
        entry_create,
        entry_transition,
        line_answer,
    )

    year = timezone.localdate().year - 1
    docs = []
    for i, (d, title, number) in enumerate(DOCS):
        unit = gov if d is None else depts[d]
        written = dt.date(year, 3 + i, 10)
        doc = entry_create(actor=office, key="normative", data={
            "unit": unit, "title": title, "doc_number": number.format(y=year),
            "written_on": written, "legality_reviewed_on": written - dt.timedelta(days=5),
            "filed_on": written + dt.timedelta(days=20), "effective_on": written + dt.timedelta(days=30),
            "summary": f"{title}的适用范围、办理程序和监督管理。",
        })  # fmt: skip
        docs.append(_publish(office, doc))
    campaign = entry_create(actor=office, key="cleanups", data={
        "unit": gov, "title": f"{year + 1}年度行政规范性文件清理", "year": year + 1,
        "scope_units": [gov, *depts[:2]], "answer_by": timezone.localdate(),
        "decided_on": timezone.localdate() - dt.timedelta(days=1),
    })  # fmt: skip
    campaign = campaign_open(actor=office, campaign=campaign)
    for ln in campaign.lines.select_related("document"):
        repeal = ln.document.title == "示范县临时救助实施细则"
        line_answer(
            actor=office, line=ln, decision="repeal" if repeal else "keep",
            reason="上位政策已调整，不再适用" if repeal else "符合现行法律法规，继续有效",
        )  # fmt: skip
    campaign = entry_transition(actor=office, entry=campaign, action="submit")
    entry_transition(actor=office, entry=campaign, action="publish")
    return len(docs)
