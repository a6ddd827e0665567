"""Demo data (idempotent): a random-inspection matter with its targets and inspectors, an
announced and drawn inspection with a published result, and normative documents of the
county and two departments with a clean-up campaign whose result list is published."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from gongkai.core.models import Unit, User

MATTER = "养老机构服务质量随机抽查"


def load() -> str:
    from gongkai.registers.models import (
        Dataset,
        GazetteIssue,
        InspectionMatter,
        MajorDecision,
        NegativeItem,
        Power,
        ServiceItem,
        StandardEntry,
    )

    gov = Unit.objects.filter(name="示范县人民政府").first()
    office = User.objects.filter(username="gongkaiban").first()
    if gov is None or office is None:
        return "公开清单：缺少示范县单位，跳过"
    depts = list(Unit.objects.filter(parent=gov).order_by("sort_order", "id")[:3])
    if len(depts) < 2:
        return "公开清单：示范县部门不足，跳过"
    done = []
    if not InspectionMatter.objects.filter(title=MATTER).exists():
        _inspections(office, gov, depts)
        docs = _normative(office, gov, depts)
        done.append(f"随机抽查1次，规范性文件{docs}件及清理一次")
    if not ServiceItem.objects.filter(code=GUIDES[0][1]).exists():
        done.append(f"政务服务事项{_services(office, depts)}项")
    if not Power.objects.filter(code=POWERS[0][0]).exists():
        done.append(f"权责事项{_powers(office, depts[0])}项")
    if not MajorDecision.objects.filter(title=DECISION).exists():
        done.append(_decisions(office, gov))
    if not NegativeItem.objects.filter(title=NEGATIVE[0][0]).exists():
        done.append(_negative(office, depts[0]))
    if not GazetteIssue.objects.filter(unit=gov).exists():
        done.append(_gazette(office, gov))
    if not Dataset.objects.filter(title=DATASET).exists():
        done.append(_datasets(office, depts[0]))
    if not StandardEntry.objects.filter(area="社会救助").exists():
        done.append(_standard(office, depts[0]))
    return "公开清单：" + ("；".join(done) if done else "已存在")


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


GUIDES = [
    ("最低生活保障审核确认", "000000528101", "licensing"),
    ("临时救助申请", "000000528102", "payment"),
    ("特困人员救助供养", "000000528103", "payment"),
]


def _services(office, depts) -> int:
    from gongkai.registers.services import entry_create

    dept = depts[0]
    items = []
    for title, code, kind in GUIDES:
        item = entry_create(actor=office, key="services", data={
            "unit": dept, "title": title, "code": code, "kind": kind,
            "basis": "《社会救助暂行办法》", "conditions": "户籍在本县、家庭收入和财产符合规定的居民",
            "materials": "1. 申请书\n2. 身份证件\n3. 家庭收入和财产情况声明",
            "process": "申请 → 受理 → 审核 → 公示 → 确认", "legal_limit": "30个工作日",
            "promised_limit": "15个工作日", "fees": "不收费",
            "place_time": "县政务服务中心民政窗口，工作日 9:00—17:00", "phones": "咨询 0886-1234567，监督 12345",
        })  # fmt: skip
        items.append(_publish(office, item))
    bundle = entry_create(actor=office, key="bundles", data={
        "unit": dept, "title": "困难群众救助“一件事”",
        "description": "一次申请，同步办理低保、临时救助和特困供养审核。", "items": items,
    })  # fmt: skip
    _publish(office, bundle)
    return len(items)


POWERS = [
    ("MZ-XK-001", "licensing", "养老机构设立许可", "《老年人权益保障法》"),
    ("MZ-CF-001", "penalty", "对擅自设立社会组织的处罚", "《社会团体登记管理条例》第三十五条"),
    ("MZ-JC-001", "inspection", "养老机构服务质量检查", "《养老机构管理办法》第四十条"),
]


def _powers(office, dept) -> int:
    from gongkai.registers.services import (
        entry_create,
        entry_transition,
        entry_update,
        power_edition_publish,
    )

    year = timezone.localdate().year
    powers = []
    for code, kind, title, basis in POWERS[:2]:
        p = entry_create(actor=office, key="powers", data={
            "unit": dept, "title": title, "code": code, "power_type": kind, "basis": basis,
            "responsibilities": "1. 受理责任\n2. 审查责任\n3. 决定责任\n4. 监管责任",
            "accountability": "因不履行或不正确履行行政职责，有下列情形的，依法追究责任。",
        })  # fmt: skip
        powers.append(_publish(office, p))
    power_edition_publish(actor=office, unit=dept, year=year - 1)
    code, kind, title, basis = POWERS[2]
    _publish(office, entry_create(actor=office, key="powers", data={
        "unit": dept, "title": title, "code": code, "power_type": kind, "basis": basis,
        "responsibilities": "检查责任、处置责任", "accountability": "未依法检查的，依法追究责任。",
    }))  # fmt: skip
    first = entry_transition(actor=office, entry=powers[0], action="revise")
    first = entry_update(
        actor=office, entry=first, data={"basis": "《老年人权益保障法》第四十三条"}
    )
    _publish(office, first)
    power_edition_publish(actor=office, unit=dept, year=year)
    return len(POWERS)


DECISION = "示范县城区公共停车收费标准调整"


def _decisions(office, gov) -> str:
    from gongkai.core import plugs
    from gongkai.registers.services import (
        decision_decide,
        decision_link_consultation,
        entry_create,
    )

    today = timezone.localdate()
    d = _publish(office, entry_create(actor=office, key="decisions", data={
        "unit": gov, "title": DECISION, "year": today.year,
        "description": "按照差别化原则调整城区公共停车场收费标准。",
        "expert_review_on": today - dt.timedelta(days=30),
        "risk_assessment_on": today - dt.timedelta(days=25),
        "legality_review_on": today - dt.timedelta(days=15),
        "collective_discussion_on": today - dt.timedelta(days=10),
    }))  # fmt: skip
    _publish(office, entry_create(actor=office, key="decisions", data={
        "unit": gov, "title": "示范县老旧小区改造三年行动方案", "year": today.year,
        "description": "制定老旧小区改造范围、标准和资金安排。",
    }))  # fmt: skip
    source = plugs.search_sources().get("participation.consultation")
    first = next(iter(source.public_ids()), None) if source else None
    if first is None:
        return "重大行政决策2项"
    d = decision_link_consultation(actor=office, decision=d, consultation_id=first)
    decision_decide(
        actor=office, decision=d, decided_on=today - dt.timedelta(days=8),
        doc_number=f"示政发〔{today.year}〕12号",
    )  # fmt: skip
    return "重大行政决策2项"


NEGATIVE = [
    ("最低生活保障对象家庭财产明细", "个人隐私", "《中华人民共和国政府信息公开条例》第十五条"),
    ("救助资金审批内部讨论记录", "过程性信息", "《中华人民共和国政府信息公开条例》第十六条"),
]


def _negative(office, dept) -> str:
    from gongkai.registers.services import entry_create

    for title, category, basis in NEGATIVE:
        _publish(office, entry_create(actor=office, key="negative", data={
            "unit": dept, "title": title, "category": category, "basis": basis,
            "reason": "公开后可能损害第三方合法权益或影响正常决策。",
        }))  # fmt: skip
    return f"负面清单{len(NEGATIVE)}项"


def _gazette(office, gov) -> str:
    from gongkai.registers.services import entry_create

    year = timezone.localdate().year - 1
    _publish(office, entry_create(actor=office, key="gazette", data={
        "unit": gov, "title": f"示范县人民政府公报{year}年第1期", "year": year,
        "period_from": dt.date(year, 1, 1), "period_to": dt.date(year, 12, 31),
        "others": f"示范县人民政府关于表彰{year}年度政务公开工作先进单位的通报｜示政通〔{year}〕5号｜示范县人民政府",
    }))  # fmt: skip
    # this year's issue stays a draft: its contents compile themselves from what the
    # government and its office publish, for the office to settle before publication
    today = timezone.localdate()
    entry_create(actor=office, key="gazette", data={
        "unit": gov, "title": f"示范县人民政府公报{today.year}年第1期", "year": today.year,
        "period_from": dt.date(today.year, 1, 1), "period_to": today,
    })  # fmt: skip
    return "政府公报2期（本年一期为草稿）"


DATASET = "示范县养老机构名录"


def _datasets(office, dept) -> str:
    from gongkai.registers.services import dataset_file_add, entry_create

    ds = entry_create(actor=office, key="datasets", data={
        "unit": dept, "title": DATASET, "topic": "社会保障", "frequency": "quarterly",
        "description": "全县已备案养老机构的名称、地址和床位数。",
        "fields_desc": "名称｜养老机构名称\n地址｜机构地址\n床位｜核定床位数",
        "licence": "无条件开放，使用时注明来源",
    })  # fmt: skip
    data = "名称,地址,床位\n城关镇敬老院,示范县幸福路1号,60\n阳光颐养中心,示范县幸福路2号,120\n"
    dataset_file_add(actor=office, dataset=ds, name="养老机构名录.csv", data=data.encode("utf-8"))
    _publish(office, ds)
    return "开放数据集1个"


STANDARD = [
    ("最低生活保障", "政策文件", "低保相关法律法规和政策文件", "信息形成或变更之日起20个工作日内",
     "all", "proactive", "both"),
    ("最低生活保障", "办理结果", "低保对象名单（隐去身份证号等个人隐私）", "每季度",
     "specific", "proactive", "both"),
    ("临时救助", "申请条件", "临时救助对象范围、申请条件和办理程序", "信息形成或变更之日起20个工作日内",
     "all", "proactive", "county"),
]  # fmt: skip


def _standard(office, dept) -> str:
    from django.apps import apps

    from gongkai.registers.services import entry_create

    node_model = apps.get_model("publishing", "CatalogueNode")
    for parent, title, content, limit, audience, mode, level in STANDARD:
        _publish(office, entry_create(actor=office, key="standard", data={
            "unit": dept, "title": title, "area": "社会救助", "parent_matter": parent,
            "content": content, "basis": "《社会救助暂行办法》《政府信息公开条例》",
            "time_limit": limit, "subject": str(dept), "channels": "政府网站、村（居）务公开栏",
            "audience": audience, "mode": mode, "level": level,
            "node": node_model.objects.filter(name=parent).first(),
        }))  # fmt: skip
    return f"标准目录事项{len(STANDARD)}项"
