"""Demo content (order 45): incidents, press events, new-media accounts, Q&A entries and
hotline orders, dated relative to today (nothing overdue for longer than a few days).

Idempotent: every object is looked up by its title, name or number first.
"""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.utils import timezone

from gongkai.core.models import Unit, User
from gongkai.response import services as svc
from gongkai.response.models import Incident, NewMediaAccount, PressEvent, QAEntry, WorkOrder

OPEN_INCIDENT = "网传城关镇学校周边道路施工影响学生上下学"
CLOSED_INCIDENT = "网传示范县低保资金发放延迟"

QA = [
    (
        "最低生活保障怎么申请？",
        "申请人向户籍所在地乡镇人民政府（街道办事处）提出书面申请，如实提供家庭人口、收入和财产状况，"
        "经入户调查、民主评议和县民政局审核确认后，按月发放保障金。",
    ),
    (
        "高龄津贴的发放标准是多少？",
        "80至89周岁老年人每人每月100元，90至99周岁每人每月200元，100周岁以上每人每月500元，由县民政局按季度发放。",
    ),
    (
        "孩子入学需要准备哪些材料？",
        "户口簿、房产证明或居住证明、预防接种证明。随迁子女另需提供父母一方的居住证。",
    ),
]


def _people():
    office = User.objects.filter(username="gongkaiban").first()
    editor = User.objects.filter(username="minzheng").first()
    reviewer = User.objects.filter(username="minzheng_sh").first()
    return office, editor, reviewer


def _incidents(office, editor, now) -> int:
    made = 0
    if not Incident.objects.filter(title=CLOSED_INCIDENT).exists():
        found = now - dt.timedelta(days=10, hours=3)
        i = svc.incident_register(
            actor=office,
            unit=editor.unit,
            title=CLOSED_INCIDENT,
            level="major",
            found_at=found,
            summary="有网民在微博发帖称本月低保资金未按时到账，转发量较大。",
        )
        for step in i.steps.all():
            svc.step_record(
                actor=office,
                step_id=step.pk,
                done_at=found + dt.timedelta(hours=3 if step.kind == "release" else 20),
                link="https://www.example.gov.cn/xxgk/dibao-shuoming.html",
                note="县民政局发布情况说明" if step.kind == "release" else "县政府新闻办召开发布会",
            )
        svc.incident_close(
            actor=office,
            incident_id=i.pk,
            evaluation="情况说明发布后网上讨论迅速回落，未出现新的负面信息。",
            lessons="资金发放时间调整应提前在政府网站公告。",
        )
        made += 1
    if not Incident.objects.filter(title=OPEN_INCIDENT).exists():
        township = Unit.objects.filter(name="城关镇人民政府").first() or office.unit
        svc.incident_register(
            actor=office,
            unit=township,
            title=OPEN_INCIDENT,
            level="general",
            found_at=now - dt.timedelta(hours=3),
            summary="本地论坛有家长反映施工围挡占用人行道。",
        )
        made += 1
    return made


def _press(office, now) -> int:
    rows = [
        ("press", "示范县低保资金发放情况新闻发布会", now - dt.timedelta(days=9), True),
        (
            "briefing",
            "《示范县城乡居民最低生活保障实施办法》政策吹风会",
            now - dt.timedelta(days=20),
            True,
        ),
        ("interview", "县长在线访谈：优化营商环境", now + dt.timedelta(days=5), False),
    ]
    made = 0
    for kind, title, held_at, publish in rows:
        if PressEvent.objects.filter(title=title).exists():
            continue
        e = svc.press_event_create(
            actor=office,
            unit=office.unit,
            kind=kind,
            title=title,
            held_at=held_at,
            spokesperson="王公开（县政府新闻发言人）",
            speakers="县民政局负责同志",
            transcript=(
                "主持人：各位记者朋友，大家好。今天我们邀请县民政局负责同志介绍有关情况。\n"
                "县民政局负责同志：本县低保资金实行按月发放，本月因银行系统升级推迟两日，现已全部到账。"
            )
            if publish
            else "",
        )
        if publish:
            svc.press_event_publish(actor=office, event_id=e.pk)
        made += 1
    return made


def _accounts(office, editor, today) -> int:
    rows = [
        (office, "wechat", "示范县发布", 2),
        (office, "weibo", "示范县人民政府", 5),
        (editor, "wechat", "示范县民政", 20),
    ]
    made = 0
    for actor, platform, name, idle in rows:
        if NewMediaAccount.objects.filter(name=name).exists():
            continue
        a = svc.account_apply(
            actor=actor,
            unit=actor.unit,
            platform=platform,
            name=name,
            approval="经县政府办公室审核同意开办",
        )
        svc.account_transition(
            actor=office,
            account_id=a.pk,
            action="approve",
            approval="县政务公开办备案",
            last_post_on=today - dt.timedelta(days=idle),
        )
        made += 1
    return made


def _qa(office, editor, reviewer) -> int:
    made = 0
    for n, (question, answer) in enumerate(QA):
        if QAEntry.objects.filter(question=question).exists():
            continue
        entry = svc.qa_create(actor=editor, unit=editor.unit, question=question, answer=answer)
        if n < 2:
            svc.qa_publish(actor=reviewer, entry_id=entry.pk)
        made += 1
    return made


def _orders(office, editor, now) -> int:
    rows = [
        ("12345000001", "社会救助", "咨询低保申请条件和办理地点。", 6, "closed"),
        ("12345000002", "养老服务", "反映小区附近养老服务中心开放时间不固定。", 2, "assigned"),
        ("12345000003", "城市管理", "反映夜间施工噪音扰民。", 0, "received"),
    ]
    made = 0
    for number, category, content, days_ago, state in rows:
        if WorkOrder.objects.filter(number=number).exists():
            continue
        o = svc.order_receive(
            actor=office,
            owner=office.unit,
            number=number,
            received_at=now - dt.timedelta(days=days_ago, hours=1),
            category=category,
            content=content,
            caller="市民",
        )
        if state in ("assigned", "closed"):
            svc.order_assign(actor=office, order_id=o.pk, unit=editor.unit)
        if state == "closed":
            svc.order_answer(actor=editor, order_id=o.pk, answer="已电话告知申请条件和办理窗口。")
            svc.order_close(actor=office, order_id=o.pk, satisfaction="satisfied")
        made += 1
    return made


@transaction.atomic
def load_demo() -> str:
    office, editor, reviewer = _people()
    if not (office and editor and reviewer):
        return "跳过：示范单位和人员尚未载入"
    now = timezone.now()
    counts = (
        _incidents(office, editor, now),
        _press(office, now),
        _accounts(office, editor, timezone.localdate()),
        _qa(office, editor, reviewer),
        _orders(office, editor, now),
    )
    return "回应关切：舆情 {} 条，发布活动 {} 场，新媒体账号 {} 个，政策问答 {} 条，热线工单 {} 件".format(
        *counts
    )
